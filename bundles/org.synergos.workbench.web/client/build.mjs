// Bundles the workbench client into ../web/ (app.js, app.css, fonts, index.html).
// Run by the Maven build (exec-maven-plugin) with the machine's Node, after `npm ci`.
import { build } from 'esbuild';
import { copyFileSync, mkdirSync, rmSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const out = join(here, '..', 'web');
const started = performance.now();

rmSync(out, { recursive: true, force: true });
mkdirSync(out, { recursive: true });
await build({
    entryPoints: { app: join(here, 'src', 'main.ts') },
    bundle: true,
    outdir: out,
    format: 'iife',
    platform: 'browser',
    target: ['chrome110', 'firefox115', 'safari16'],
    minify: process.env.SYNERGOS_CLIENT_DEV !== '1',
    sourcemap: false,
    legalComments: 'external',
    publicPath: '/app/',
    assetNames: '[name]-[hash]',
    loader: { '.ttf': 'file', '.woff': 'file', '.woff2': 'file', '.svg': 'file' },
    tsconfig: join(here, 'tsconfig.json'),
    logLevel: 'warning'
});
copyFileSync(join(here, 'static', 'index.html'), join(out, 'index.html'));

const size = file => (statSync(join(out, file)).size / 1024).toFixed(0) + ' KiB';
console.log(`client bundled in ${((performance.now() - started) / 1000).toFixed(2)} s: app.js ${size('app.js')}, app.css ${size('app.css')} -> ${out}`);
