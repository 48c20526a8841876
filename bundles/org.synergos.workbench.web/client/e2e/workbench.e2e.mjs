#!/usr/bin/env node
// End-to-end test of the browser workbench: starts the assembled distribution's
// `bin/synergos workbench --port 0 --workspace <temp>` and drives the real UI in headless Chromium
// (Debian's /usr/bin/chromium through playwright-core; never a downloaded browser).
//
//   node e2e/workbench.e2e.mjs --dist DIR --examples DIR [--work DIR] [--screenshots DIR] [--screenshots-only]
//
// Scenario: New model → two constructs with two indicators each and a path from the palette →
// properties (codes, data columns, the model's data file) → run pls-sem → β overlay on the path →
// save → reload → the model is still there → the Data panel (columns, counts, histograms, used columns;
// two columns dragged onto a construct become its indicators, saved, undone; one on the canvas a new
// construct, undone) → copy/paste → context menu (Properties, Delete and undo,
// Copy and Paste) → reconnect the path by dragging its end → a save over a file changed on disk (the
// conflict dialog, Overwrite). Then one screenshot per diagram kind of the examples.
// Exit code 0 when every step passed, 1 otherwise (the failing step, a screenshot, the browser console
// and the server log are printed/kept in the work folder).
import { spawn } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium } from 'playwright-core';

const CHROMIUM = process.env.SYNERGOS_CHROMIUM ?? '/usr/bin/chromium';
const CHROMIUM_ARGS = [
    '--headless',
    '--no-sandbox',
    '--disable-gpu',
    '--disable-quic',
    '--no-first-run',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync'
];
const STEP_TIMEOUT = Number(process.env.SYNERGOS_E2E_STEP_TIMEOUT ?? 60000);

function option(name, fallback) {
    const index = process.argv.indexOf(`--${name}`);
    return index >= 0 && process.argv[index + 1] ? process.argv[index + 1] : fallback;
}

const dist = resolve(option('dist', join('..', '..', '..', 'releng', 'org.synergos.distribution', 'target', 'synergos')));
const examples = resolve(option('examples', join('..', '..', '..', 'examples')));
const work = resolve(option('work', mkdtempSync(join(tmpdir(), 'synergos-e2e-'))));
const screenshots = resolve(option('screenshots', join(work, 'screenshots')));
const workspace = join(work, 'workspace');
const profile = join(work, 'chromium-profile');

const started = Date.now();
const log = [];
let server;
let context;
let passed = 0;

function say(message) {
    const line = `[e2e ${((Date.now() - started) / 1000).toFixed(1).padStart(5)} s] ${message}`;
    log.push(line);
    console.log(line);
}

async function step(name, body) {
    const begin = Date.now();
    try {
        const result = await body();
        passed += 1;
        say(`ok: ${name} (${Date.now() - begin} ms)`);
        return result;
    } catch (error) {
        say(`FAILED: ${name}: ${error?.message ?? error}`);
        throw error;
    }
}

function prepareWorkspace() {
    rmSync(workspace, { recursive: true, force: true });
    mkdirSync(workspace, { recursive: true });
    for (const example of ['nqpf-smes', 'implementation-path', 'events', 'sd-synergy']) {
        cpSync(join(examples, example), join(workspace, example), { recursive: true });
    }
    mkdirSync(join(workspace, 'study'), { recursive: true });
    cpSync(join(examples, 'nqpf-smes', 'data.csv'), join(workspace, 'study', 'survey.csv'));
}

function startServer() {
    const launcher = join(dist, 'bin', 'synergos');
    if (!existsSync(launcher)) {
        throw new Error(`no distribution at ${dist} (build it with ./mvnw -B verify)`);
    }
    server = spawn(launcher, ['workbench', '--port', '0', '--workspace', workspace], {
        cwd: work,
        stdio: ['ignore', 'pipe', 'pipe'],
        detached: true
    });
    let output = '';
    const serverLog = [];
    return new Promise((resolvePromise, reject) => {
        const timer = setTimeout(() => reject(new Error(`the workbench printed no URL within 90 s:\n${output}`)), 90000);
        const onData = chunk => {
            const text = chunk.toString();
            output += text;
            serverLog.push(text);
            writeFileSync(join(work, 'workbench.log'), serverLog.join(''));
            const match = output.match(/http:\/\/127\.0\.0\.1:\d+\/\?token=[0-9A-Za-z_-]+/);
            if (match) {
                clearTimeout(timer);
                resolvePromise(match[0]);
            }
        };
        server.stdout.on('data', onData);
        server.stderr.on('data', onData);
        server.on('exit', code => {
            clearTimeout(timer);
            reject(new Error(`the workbench exited with ${code} before printing its URL:\n${output}`));
        });
    });
}

function stopServer() {
    if (server && server.exitCode === null) {
        try {
            process.kill(-server.pid, 'SIGTERM');
        } catch {
            server.kill('SIGTERM');
        }
    }
}

const visible = '.diagram-host:not([hidden])';

async function openModel(page, path, kind) {
    const item = page.locator(`.explorer-list li[data-path="${path}"]`);
    await item.waitFor({ timeout: STEP_TIMEOUT });
    await item.locator('[data-action="open-model"]').click();
    await page.locator(`.kind-dialog button[data-kind="${kind}"]`).click();
    await page.locator(`.diagram-host[data-model="${path}"][data-diagram-type="${kind}"][data-loaded="true"]`).waitFor({ timeout: STEP_TIMEOUT });
    await page.locator(`${visible} g.synergos-node, ${visible} svg`).first().waitFor({ timeout: STEP_TIMEOUT });
}

async function canvasBox(page) {
    const svg = page.locator(`${visible} svg`).first();
    await svg.waitFor({ timeout: STEP_TIMEOUT });
    const box = await svg.boundingBox();
    if (!box) {
        throw new Error('the diagram canvas has no size');
    }
    return box;
}

async function nodes(page, mapping) {
    return page.locator(`${visible} g.synergos-node[data-mapping="${mapping}"]`);
}

async function waitForCount(locator, count, what) {
    const deadline = Date.now() + STEP_TIMEOUT;
    let current = 0;
    while (Date.now() < deadline) {
        current = await locator.count();
        if (current >= count) {
            return current;
        }
        await new Promise(r => setTimeout(r, 200));
    }
    throw new Error(`expected ${count} ${what}, found ${current}`);
}

async function paletteTool(page, label) {
    const tool = page.locator(`${visible} .tool-button`, { hasText: new RegExp(`^\\s*${label}\\s*$`) }).first();
    await tool.waitFor({ timeout: STEP_TIMEOUT });
    await tool.click();
}

async function clickAt(page, x, y) {
    await page.mouse.move(x - 8, y - 8);
    await page.mouse.move(x, y, { steps: 4 });
    // the creation tools track the pointer through feedback actions: let the last move land first
    await page.waitForTimeout(200);
    await page.mouse.down();
    await page.mouse.up();
}

async function centreOf(locator) {
    const box = await locator.boundingBox();
    if (!box) {
        throw new Error('element not visible');
    }
    return { x: box.x + box.width / 2, y: box.y + box.height / 2 };
}

async function createNode(page, tool, mapping, x, y) {
    const all = await nodes(page, mapping);
    const ids = async () => all.evaluateAll(elements => elements.map(element => element.dataset.elementId));
    const before = await ids();
    await paletteTool(page, tool);
    await clickAt(page, x, y);
    await waitForCount(all, before.length + 1, `${mapping} nodes`);
    const created = (await ids()).find(id => !before.includes(id));
    return page.locator(`${visible} g.synergos-node[data-element-id="${created}"]`);
}

async function select(page, locator) {
    const { x, y } = await centreOf(locator);
    await page.mouse.click(x, y);
}

/** Sets a property in the sheet; `names` are candidates (the first present wins). */
async function setProperty(page, names, value, elementId) {
    const sheet = page.locator('.properties');
    if (elementId) {
        await page.locator(`.properties[data-element-id="${elementId}"]`).waitFor({ timeout: STEP_TIMEOUT });
    }
    await sheet.locator('.property').first().waitFor({ timeout: STEP_TIMEOUT });
    for (const name of names) {
        const row = sheet.locator(`.property[data-property="${name}"]`);
        if ((await row.count()) > 0) {
            const input = row.locator('input, textarea, select').first();
            const tag = await input.evaluate(node => node.tagName.toLowerCase());
            if (tag === 'select') {
                await input.selectOption(String(value));
            } else {
                await input.fill(String(value));
                await input.press('Tab');
            }
            return name;
        }
    }
    const available = await sheet.locator('.property').evaluateAll(rows => rows.map(row => row.dataset.property));
    throw new Error(`none of the properties ${names.join(', ')} is in the sheet (it has: ${available.join(', ')})`);
}

/** Opens the diagram's context menu on `x, y`; resolves to the menu. */
async function contextMenuAt(page, x, y) {
    await page.mouse.click(x, y, { button: 'right' });
    const menu = page.locator('.context-menu');
    await menu.waitFor({ timeout: STEP_TIMEOUT });
    return menu;
}

async function menuItemEnabled(menu, id) {
    return menu.locator(`[data-menu-item="${id}"]`).isEnabled();
}

/** Waits until `locator` matches exactly `count` elements. */
async function waitForExactCount(locator, count, what) {
    const deadline = Date.now() + STEP_TIMEOUT;
    while ((await locator.count()) !== count) {
        if (Date.now() > deadline) {
            throw new Error(`expected ${count} ${what}, found ${await locator.count()}`);
        }
        await new Promise(r => setTimeout(r, 100));
    }
}

/** A free spot of the canvas: the grid point farthest from every node. */
async function freeSpot(page) {
    const box = await canvasBox(page);
    const taken = await page.locator(`${visible} g.synergos-node`).evaluateAll(elements =>
        elements.map(element => {
            const r = element.getBoundingClientRect();
            return { x: r.x, y: r.y, width: r.width, height: r.height };
        })
    );
    let best = { x: box.x + 40, y: box.y + 40, distance: -1 };
    for (let fx = 0.1; fx <= 0.9; fx += 0.1) {
        for (let fy = 0.15; fy <= 0.85; fy += 0.1) {
            const x = box.x + fx * box.width;
            const y = box.y + fy * box.height;
            const distance = Math.min(
                ...taken.map(r => Math.hypot(Math.max(r.x - x, 0, x - r.x - r.width), Math.max(r.y - y, 0, y - r.y - r.height)))
            );
            if (distance > best.distance) {
                best = { x, y, distance };
            }
        }
    }
    return best;
}

/** The middle of an edge's line, in page coordinates. */
async function edgeMidpoint(edge) {
    return edge.locator('path.synergos-edge-line').evaluate(path => {
        const point = path.getPointAtLength(path.getTotalLength() / 2);
        const screen = point.matrixTransform(path.getScreenCTM());
        return { x: screen.x, y: screen.y };
    });
}

async function idOf(locator) {
    return locator.evaluate(node => node.dataset.elementId);
}

async function main() {
    say(`distribution ${dist}; work folder ${work}`);
    prepareWorkspace();
    const url = await step('workbench starts and prints its URL', startServer);
    await step('the printed URL answers', async () => {
        // the URL may be printed a moment before the connector accepts connections
        const deadline = Date.now() + 30000;
        let last;
        while (Date.now() < deadline) {
            try {
                const response = await fetch(url, { redirect: 'manual' });
                if (response.status < 400) {
                    return;
                }
                last = new Error(`HTTP ${response.status}`);
            } catch (error) {
                last = error;
            }
            await new Promise(r => setTimeout(r, 250));
        }
        throw new Error(`${url} does not answer: ${last?.cause?.code ?? last?.message}`);
    });
    context = await chromium.launchPersistentContext(profile, {
        executablePath: CHROMIUM,
        headless: true,
        args: CHROMIUM_ARGS,
        viewport: { width: 1440, height: 900 },
        acceptDownloads: true
    });
    const page = context.pages()[0] ?? (await context.newPage());
    const consoleLines = [];
    page.on('console', message => {
        if (message.type() === 'error' || message.type() === 'warning') {
            consoleLines.push(`${message.type()}: ${message.text()}`);
        }
    });
    page.on('pageerror', error => consoleLines.push(`pageerror: ${error.message}`));
    // the GLSP traffic, for diagnosing a failure (work folder, glsp-frames.log)
    const frames = [];
    const stamp = () => ((Date.now() - started) / 1000).toFixed(2);
    page.on('websocket', socket => {
        frames.push(`${stamp()} open ${socket.url().replace(/token=[^&]+/, 'token=…')}`);
        socket.on('framesent', frame => frames.push(`${stamp()} > ${String(frame.payload).substring(0, 400)}`));
        socket.on('framereceived', frame => frames.push(`${stamp()} < ${String(frame.payload).substring(0, 400)}`));
        socket.on('close', () => frames.push(`${stamp()} closed`));
        socket.on('socketerror', error => frames.push(`${stamp()} error ${error}`));
    });
    process.on('exit', () => writeFileSync(join(work, 'glsp-frames.log'), frames.join('\n') + '\n'));
    try {
        await step('the workbench page loads (explorer, engines)', async () => {
            await page.goto(url);
            await page.locator('.explorer-list li[data-path="nqpf-smes/model.synergos"]').waitFor({ timeout: STEP_TIMEOUT });
            await page.locator('select[data-role="engine-select"] option[value="pls-sem"]').waitFor({ state: 'attached', timeout: STEP_TIMEOUT });
        });

        if (!process.argv.includes('--screenshots-only')) {
            await step('New model creates study/model.synergos and opens its SEM path diagram', async () => {
                await page.locator('[data-action="new-model"]').click();
                await page.locator('.new-model-dialog input[name="path"]').fill('study/model.synergos');
                await page.locator('.new-model-dialog input[name="name"]').fill('E2E study');
                await page.locator('.new-model-dialog [data-action="create-model"]').click();
                await page.locator('.kind-dialog button[data-kind="sem-path"]').click();
                await page.locator('.diagram-host[data-model="study/model.synergos"][data-loaded="true"]').waitFor({ timeout: STEP_TIMEOUT });
                await page.locator(`${visible} .tool-button`).first().waitFor({ timeout: STEP_TIMEOUT });
            });

            const box = await canvasBox(page);
            const constructs = await step('two constructs from the palette', async () => {
                const a = await createNode(page, 'Construct', 'construct', box.x + box.width * 0.3, box.y + box.height * 0.35);
                const b = await createNode(page, 'Construct', 'construct', box.x + box.width * 0.65, box.y + box.height * 0.35);
                return [await idOf(a), await idOf(b)];
            });

            const indicators = await step('two indicators in each construct from the palette', async () => {
                const ids = [];
                for (const constructId of constructs) {
                    // a new indicator is placed where it was dropped: the second goes to a part of the construct
                    // the first does not cover
                    const spots = [
                        [-0.3, 0],
                        [0.25, -0.3]
                    ];
                    for (const [dx, dy] of spots) {
                        const construct = page.locator(`${visible} g.synergos-node[data-element-id="${constructId}"]`);
                        const box = await construct.boundingBox();
                        const x = box.x + box.width / 2 + dx * box.width;
                        const y = box.y + box.height / 2 + dy * box.height;
                        const created = await createNode(page, 'Indicator', 'indicator', x, y);
                        ids.push(await idOf(created));
                    }
                }
                return ids;
            });

            await step('undo and redo the last indicator', async () => {
                const all = page.locator(`${visible} g.synergos-node[data-mapping="indicator"]`);
                await page.locator('[data-action="undo"]').click();
                const deadline = Date.now() + STEP_TIMEOUT;
                while ((await all.count()) !== 3) {
                    if (Date.now() > deadline) {
                        throw new Error(`undo left ${await all.count()} indicators, expected 3`);
                    }
                    await page.waitForTimeout(100);
                }
                await page.locator('[data-action="redo"]').click();
                await waitForCount(all, 4, 'indicators after redo');
            });

            await step('Layout (ELK) arranges the diagram', async () => {
                const indicator = page.locator(`${visible} g.synergos-node[data-element-id="${indicators[0]}"]`);
                const before = await centreOf(indicator);
                await page.locator('[data-action="layout"]').click();
                const deadline = Date.now() + STEP_TIMEOUT;
                for (;;) {
                    const now = await centreOf(indicator);
                    if (Math.abs(now.x - before.x) + Math.abs(now.y - before.y) > 2) {
                        break;
                    }
                    if (Date.now() > deadline) {
                        throw new Error('the layout moved nothing');
                    }
                    await page.waitForTimeout(200);
                }
                await page.locator('[data-action="fit"]').click();
                await page.waitForTimeout(500);
            });

            await step('a hypothesised path between the constructs', async () => {
                const edges = page.locator(`${visible} g.sprotty-edge`);
                const before = await edges.count();
                await paletteTool(page, 'Hypothesised path');
                const source = await centreOf(page.locator(`${visible} g.synergos-node[data-element-id="${constructs[0]}"]`));
                const target = await centreOf(page.locator(`${visible} g.synergos-node[data-element-id="${constructs[1]}"]`));
                await clickAt(page, source.x, source.y);
                await clickAt(page, target.x, target.y);
                await waitForCount(edges, before + 1, 'edges');
            });

            await step('properties and label editing: construct codes, indicator columns, the model\'s data file', async () => {
                const columns = ['NQ1', 'NQ2', 'CIP1', 'CIP2'];
                const codes = ['NQPF', 'CIP'];
                // the first construct's code from the property sheet, the second by editing its label
                await select(page, page.locator(`${visible} g.synergos-node[data-element-id="${constructs[0]}"]`));
                await setProperty(page, ['code'], codes[0], constructs[0]);
                const second = page.locator(`${visible} g.synergos-node[data-element-id="${constructs[1]}"]`);
                const editor = page.locator(`${visible} .label-edit input, ${visible} .label-edit textarea`).first();
                // a model update arriving between the two clicks (the property just set) re-renders the node and
                // swallows the double click: try again a few times before calling it a failure
                for (let attempt = 1; ; attempt++) {
                    const { x, y } = await centreOf(second);
                    await page.mouse.dblclick(x, y);
                    try {
                        await editor.waitFor({ timeout: attempt < 4 ? 5000 : STEP_TIMEOUT });
                        break;
                    } catch (error) {
                        if (attempt >= 4) {
                            throw error;
                        }
                        await page.waitForTimeout(500);
                    }
                }
                await editor.fill(codes[1]);
                await editor.press('Enter');
                await second.locator('text.synergos-label', { hasText: codes[1] }).waitFor({ timeout: STEP_TIMEOUT });
                for (let i = 0; i < indicators.length; i++) {
                    await select(page, page.locator(`${visible} g.synergos-node[data-element-id="${indicators[i]}"]`));
                    await setProperty(page, ['column'], columns[i], indicators[i]);
                    await setProperty(page, ['code'], columns[i], indicators[i]);
                }
                // nothing selected: the model's own properties
                await page.keyboard.press('Escape');
                const empty = await canvasBox(page);
                await page.mouse.click(empty.x + 20, empty.y + empty.height - 20);
                await setProperty(page, ['dataFile', 'dataPath', 'dataSource', 'data', 'dataSourcePath'], 'survey.csv', 'graph');
            });

            await step('run pls-sem: progress, result tables, β overlay on the path', async () => {
                await page.locator('select[data-role="engine-select"]').selectOption('pls-sem');
                await page.locator('[data-action="run-engine"]').click();
                const results = page.locator('.engine-results[data-status]');
                await results.waitFor({ timeout: STEP_TIMEOUT * 3 });
                const status = await results.getAttribute('data-status');
                if (!/^(COMPLETED|SUCCEEDED)$/.test(status ?? '')) {
                    const text = await results.innerText();
                    throw new Error(`pls-sem ended ${status}: ${text.substring(0, 600)}`);
                }
                await page.locator('.engine-results .result-table').first().waitFor({ timeout: STEP_TIMEOUT });
                await page.locator(`${visible} text.synergos-overlay`, { hasText: 'β' }).first().waitFor({ timeout: STEP_TIMEOUT });
                await page.screenshot({ path: join(screenshots, 'e2e-new-model-pls.png') });
            });
            await step('copy a result table as TSV, as Excel and Word paste it', async () => {
                await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(page.url()).origin });
                const figure = page.locator('.engine-results .result-table').first();
                const header = (await figure.locator('thead th').allInnerTexts()).join('\t');
                const firstRow = (await figure.locator('tbody tr').first().locator('td').allInnerTexts()).join('\t');
                const rows = await figure.locator('tbody tr').count();
                await figure.locator('[data-action="copy-table"]').click();
                await figure.locator('[data-action="copy-table"] .label', { hasText: 'Copied' }).waitFor({ timeout: STEP_TIMEOUT });
                const lines = (await page.evaluate(() => navigator.clipboard.readText())).replace(/\n$/, '').split('\n');
                if (lines.length !== rows + 1 || lines[0] !== header || lines[1] !== firstRow) {
                    throw new Error(`clipboard holds ${lines.length} lines for ${rows} rows: ${JSON.stringify(lines.slice(0, 2))}`
                        + ` (expected ${JSON.stringify([header, firstRow])})`);
                }
            });

            await step('export SVG and PNG of the diagram with its overlay', async () => {
                const [svgDownload] = await Promise.all([
                    page.waitForEvent('download', { timeout: STEP_TIMEOUT }),
                    page.locator('[data-action="export-svg"]').click()
                ]);
                const svgFile = join(work, svgDownload.suggestedFilename());
                await svgDownload.saveAs(svgFile);
                const svg = readFileSync(svgFile, 'utf8');
                if (!/<svg[\s>]/.test(svg) || !svg.includes('β')) {
                    throw new Error(`${svgFile} is not an SVG with the β overlay`);
                }
                const [pngDownload] = await Promise.all([
                    page.waitForEvent('download', { timeout: STEP_TIMEOUT }),
                    page.locator('[data-action="export-png"]').click()
                ]);
                const pngFile = join(work, pngDownload.suggestedFilename());
                await pngDownload.saveAs(pngFile);
                const png = readFileSync(pngFile);
                if (png.length < 1000 || png.readUInt32BE(0) !== 0x89504e47) {
                    throw new Error(`${pngFile} is not a PNG (${png.length} bytes)`);
                }
                say(`  exported ${svgDownload.suggestedFilename()} (${svg.length} chars), ${pngDownload.suggestedFilename()} (${png.length} bytes)`);
            });

            await step('save', async () => {
                await page.locator('[data-action="save"]').click();
                await page.locator(`${visible}[data-dirty="false"]`).waitFor({ timeout: STEP_TIMEOUT });
                const saved = readFileSync(join(workspace, 'study', 'model.synergos'), 'utf8');
                for (const code of ['NQPF', 'CIP', 'survey.csv']) {
                    if (!saved.includes(code)) {
                        throw new Error(`the saved model lacks ${code}`);
                    }
                }
            });

            await step('reload: the model is still there', async () => {
                await page.reload();
                await page.locator('.explorer-list li[data-path="study/model.synergos"]').waitFor({ timeout: STEP_TIMEOUT });
                await openModel(page, 'study/model.synergos', 'sem-path');
                await waitForCount(page.locator(`${visible} g.synergos-node[data-mapping="construct"]`), 2, 'constructs after reload');
                await waitForCount(page.locator(`${visible} g.synergos-node[data-mapping="indicator"]`), 4, 'indicators after reload');
                await waitForCount(page.locator(`${visible} g.sprotty-edge`), 5, 'edges after reload');
            });

            await step('the Data panel lists the data file\'s columns with type, n, missing and histograms; bound columns are used', async () => {
                // what the panel should say, counted here from the file itself
                const [header, ...lines] = readFileSync(join(workspace, 'study', 'survey.csv'), 'utf8').trim().split(/\r?\n/);
                const names = header.split(',');
                const panel = page.locator('.data-panel[data-model="study/model.synergos"]');
                await panel.waitFor({ timeout: STEP_TIMEOUT });
                const rows = panel.locator('.data-column');
                await waitForExactCount(rows, names.length, 'data columns');
                for (const name of ['NQ1', 'DT1', 'CIP4']) {
                    const index = names.indexOf(name);
                    const cells = lines.map(line => line.split(',')[index]);
                    const missing = cells.filter(cell => cell === '' || cell === 'NA').length;
                    const row = panel.locator(`.data-column[data-column="${name}"]`);
                    const [type, n, miss] = await Promise.all(['data-type', 'data-n', 'data-missing'].map(a => row.getAttribute(a)));
                    if (type !== 'numeric' || Number(n) !== cells.length - missing || Number(miss) !== missing) {
                        throw new Error(`${name}: panel says ${type}, n = ${n}, ${miss} missing; the file has n = ${cells.length - missing}, ${missing} missing`);
                    }
                    const counts = (await row.locator('svg.column-histogram').getAttribute('data-counts')).split(',').map(Number);
                    if (counts.length !== 10 || counts.reduce((a, b) => a + b, 0) !== cells.length - missing) {
                        throw new Error(`${name}: histogram ${counts} does not hold its ${cells.length - missing} values`);
                    }
                }
                if ((await panel.locator('.data-column[data-column="case_id"]').getAttribute('data-type')) !== 'text') {
                    throw new Error('case_id is not shown as text');
                }
                await panel.locator('.data-column.used[data-column="NQ1"]').waitFor({ timeout: STEP_TIMEOUT });
                if ((await panel.locator('.data-column.used[data-column="DT1"]').count()) !== 0) {
                    throw new Error('DT1 is shown as used, but no indicator is bound to it');
                }
            });

            await step('drag two columns onto a construct: two indicators bound to them, saved; undo removes them', async () => {
                const panel = page.locator('.data-panel');
                const indicatorsNow = page.locator(`${visible} g.synergos-node[data-mapping="indicator"]`);
                await waitForExactCount(indicatorsNow, 4, 'indicators before the drop');
                await panel.locator('.data-column[data-column="DT1"]').click();
                await panel.locator('.data-column[data-column="DT2"]').click({ modifiers: ['Control'] });
                const target = page.locator(`${visible} g.synergos-node[data-mapping="construct"]`, { hasText: 'NQPF' }).first();
                await panel.locator('.data-column[data-column="DT2"]').dragTo(target);
                await waitForExactCount(indicatorsNow, 6, 'indicators after dropping two columns');
                for (const id of ['indicator.DT1', 'indicator.DT2']) {
                    await page.locator(`${visible} g.synergos-node[data-element-id="${id}"]`).waitFor({ timeout: STEP_TIMEOUT });
                    const constructId = await target.getAttribute('data-element-id');
                    await page.locator(`${visible} g.sprotty-edge[data-source-id="${constructId}"][data-target-id="${id}"]`).waitFor({ timeout: STEP_TIMEOUT });
                }
                await panel.locator('.data-column.used[data-column="DT2"]').waitFor({ timeout: STEP_TIMEOUT });
                await page.locator('[data-action="save"]').click();
                await page.locator(`${visible}[data-dirty="false"]`).waitFor({ timeout: STEP_TIMEOUT });
                const file = join(workspace, 'study', 'model.synergos');
                let saved = readFileSync(file, 'utf8');
                for (const column of ['DT1', 'DT2']) {
                    if (!saved.includes(`code="${column}"`) || !saved.includes(`column="${column}"`)) {
                        throw new Error(`the saved model has no indicator ${column} bound to column ${column}`);
                    }
                }
                await page.locator('[data-action="undo"]').click();
                await waitForExactCount(indicatorsNow, 4, 'indicators after undoing the drop');
                await page.locator('.data-panel .data-column[data-column="DT1"]:not(.used)').waitFor({ timeout: STEP_TIMEOUT });
                await page.locator('[data-action="save"]').click();
                await page.locator(`${visible}[data-dirty="false"]`).waitFor({ timeout: STEP_TIMEOUT });
                saved = readFileSync(file, 'utf8');
                if (saved.includes('column="DT1"')) {
                    throw new Error('the undone indicators are still in the saved model');
                }
            });

            await step('drag a column onto the empty canvas: a new reflective construct there with its indicator; undo removes it', async () => {
                const constructsNow = page.locator(`${visible} g.synergos-node[data-mapping="construct"]`);
                await waitForExactCount(constructsNow, 2, 'constructs before the drop');
                const spot = await freeSpot(page);
                await page.locator('.data-panel .data-column[data-column="CIP3"]').dragTo(page.locator(`${visible} svg`).first(), {
                    targetPosition: await page.locator(`${visible} svg`).first().evaluate((svg, p) => {
                        const r = svg.getBoundingClientRect();
                        return { x: p.x - r.x, y: p.y - r.y };
                    }, spot)
                });
                await waitForExactCount(constructsNow, 3, 'constructs after dropping a column on the canvas');
                const indicator = page.locator(`${visible} g.synergos-node[data-element-id="indicator.CIP3"]`);
                await indicator.waitFor({ timeout: STEP_TIMEOUT });
                // the new construct is where the column was dropped (its top left corner at the pointer)
                const ownerId = await page.locator(`${visible} g.sprotty-edge[data-target-id="indicator.CIP3"]`).getAttribute('data-source-id');
                const placed = await page.locator(`${visible} g.synergos-node[data-element-id="${ownerId}"]`).boundingBox();
                if (!placed || Math.hypot(placed.x - spot.x, placed.y - spot.y) > 40) {
                    throw new Error(`the new construct ${ownerId} is at ${JSON.stringify(placed)}, not where the column was dropped (${spot.x}, ${spot.y})`);
                }
                await page.locator('[data-action="undo"]').click();
                await waitForExactCount(constructsNow, 2, 'constructs after undoing the drop');
            });

            await step('copy and paste a construct (Ctrl+C, Ctrl+V), undo the paste', async () => {
                const constructsNow = page.locator(`${visible} g.synergos-node[data-mapping="construct"]`);
                await select(page, constructsNow.first());
                const focused = await page.evaluate(() => document.activeElement?.tagName.toLowerCase());
                if (focused !== 'svg') {
                    await page.locator(`${visible} svg`).first().focus();
                }
                await page.keyboard.press('Control+C');
                const box = await canvasBox(page);
                await page.mouse.move(box.x + box.width * 0.2, box.y + box.height * 0.8);
                await page.keyboard.press('Control+V');
                await waitForCount(constructsNow, 3, 'constructs after paste');
                await page.locator('[data-action="undo"]').click();
                const undoDeadline = Date.now() + STEP_TIMEOUT;
                while ((await constructsNow.count()) !== 2) {
                    if (Date.now() > undoDeadline) {
                        throw new Error('undo did not remove the pasted construct');
                    }
                    await page.waitForTimeout(100);
                }
            });

            await step('context menu: items for a construct and for the canvas, Escape and a click elsewhere close it', async () => {
                const construct = page.locator(`${visible} g.synergos-node[data-mapping="construct"]`).first();
                const { x, y } = await centreOf(construct);
                let menu = await contextMenuAt(page, x, y);
                const items = await menu.locator('[data-menu-item]').evaluateAll(entries => entries.map(entry => entry.dataset.menuItem));
                for (const id of ['rename', 'properties', 'delete', 'copy', 'paste', 'layout', 'fit']) {
                    if (!items.includes(id)) {
                        throw new Error(`the menu lacks ${id} (it has ${items.join(', ')})`);
                    }
                }
                for (const id of ['rename', 'properties', 'delete', 'copy']) {
                    if (!(await menuItemEnabled(menu, id))) {
                        throw new Error(`${id} is disabled on a construct`);
                    }
                }
                await page.keyboard.press('Escape');
                await menu.waitFor({ state: 'detached', timeout: STEP_TIMEOUT });
                const spot = await freeSpot(page);
                menu = await contextMenuAt(page, spot.x, spot.y);
                for (const id of ['delete', 'copy', 'rename']) {
                    if (await menuItemEnabled(menu, id)) {
                        throw new Error(`${id} is enabled on the empty canvas`);
                    }
                }
                // the menu opens at the pointer: click the canvas away from it
                const box = await canvasBox(page);
                await page.mouse.click(box.x + 8, box.y + 8);
                await menu.waitFor({ state: 'detached', timeout: STEP_TIMEOUT });
            });

            await step('context menu: Properties focuses the property sheet', async () => {
                const construct = page.locator(`${visible} g.synergos-node[data-mapping="construct"]`).first();
                const id = await idOf(construct);
                const { x, y } = await centreOf(construct);
                const menu = await contextMenuAt(page, x, y);
                await menu.locator('[data-menu-item="properties"]').click();
                await page.locator(`.properties[data-element-id="${id}"]`).waitFor({ timeout: STEP_TIMEOUT });
                await page.waitForFunction(() => document.activeElement?.closest('.properties') !== null, null, { timeout: STEP_TIMEOUT });
            });

            await step('context menu: Delete a construct, then undo', async () => {
                const all = page.locator(`${visible} g.synergos-node[data-mapping="construct"]`);
                const before = await all.count();
                const construct = all.first();
                const id = await idOf(construct);
                const { x, y } = await centreOf(construct);
                const menu = await contextMenuAt(page, x, y);
                await menu.locator('[data-menu-item="delete"]').click();
                await page.locator(`${visible} g.synergos-node[data-element-id="${id}"]`).waitFor({ state: 'detached', timeout: STEP_TIMEOUT });
                await waitForExactCount(all, before - 1, 'constructs after Delete');
                await page.locator('[data-action="undo"]').click();
                await page.locator(`${visible} g.synergos-node[data-element-id="${id}"]`).waitFor({ timeout: STEP_TIMEOUT });
                await waitForExactCount(all, before, 'constructs after undo');
            });

            const third = await step('context menu: Copy a construct, Paste it on the canvas', async () => {
                const all = page.locator(`${visible} g.synergos-node[data-mapping="construct"]`);
                const before = await all.evaluateAll(elements => elements.map(element => element.dataset.elementId));
                const { x, y } = await centreOf(all.last());
                let menu = await contextMenuAt(page, x, y);
                await menu.locator('[data-menu-item="copy"]').click();
                await menu.waitFor({ state: 'detached', timeout: STEP_TIMEOUT });
                const spot = await freeSpot(page);
                menu = await contextMenuAt(page, spot.x, spot.y);
                await menu.locator('[data-menu-item="paste"]:not([disabled])').click();
                await waitForCount(all, before.length + 1, 'constructs after Paste');
                const now = await all.evaluateAll(elements => elements.map(element => element.dataset.elementId));
                return now.find(id => !before.includes(id));
            });

            await step('reconnect the path to another construct by dragging its end', async () => {
                const path = page.locator(`${visible} g.sprotty-edge[data-mapping="path"]`).first();
                await path.waitFor({ timeout: STEP_TIMEOUT });
                const pathId = await path.getAttribute('data-element-id');
                const oldTarget = await path.getAttribute('data-target-id');
                const edge = page.locator(`${visible} g.sprotty-edge[data-element-id="${pathId}"]`);
                const mid = await edgeMidpoint(edge);
                await page.mouse.click(mid.x, mid.y);
                // selected, the edge shows handles at its ends: take the one at the target
                const handles = edge.locator('.sprotty-routing-handle');
                await waitForCount(handles, 2, 'routing handles on the selected path');
                const targetCentre = await centreOf(page.locator(`${visible} g.synergos-node[data-element-id="${oldTarget}"]`));
                const ends = await handles.evaluateAll(elements => elements.map(element => {
                    const r = element.getBoundingClientRect();
                    return { x: r.x + r.width / 2, y: r.y + r.height / 2 };
                }));
                const end = ends.reduce((a, b) => (Math.hypot(a.x - targetCentre.x, a.y - targetCentre.y) <= Math.hypot(b.x - targetCentre.x, b.y - targetCentre.y) ? a : b));
                const to = await centreOf(page.locator(`${visible} g.synergos-node[data-element-id="${third}"]`));
                await page.mouse.move(end.x, end.y);
                await page.mouse.down();
                await page.mouse.move((end.x + to.x) / 2, (end.y + to.y) / 2, { steps: 5 });
                await page.mouse.move(to.x, to.y, { steps: 5 });
                await page.mouse.up();
                // the server's model update re-renders the path with its new end
                await page.locator(`${visible} g.sprotty-edge[data-element-id="${pathId}"][data-target-id="${third}"]`).waitFor({ timeout: STEP_TIMEOUT });
                // and the model says so: the path's target in a fresh property sheet (the canvas' sheet in between)
                await page.keyboard.press('Escape');
                const box = await canvasBox(page);
                await page.mouse.click(box.x + 8, box.y + 8);
                await page.locator('.properties[data-element-id="graph"]').waitFor({ timeout: STEP_TIMEOUT });
                const moved = await edgeMidpoint(edge);
                await page.mouse.click(moved.x, moved.y);
                const target = page.locator(`.properties[data-element-id="${pathId}"] .property[data-property="target"] select`);
                await target.waitFor({ timeout: STEP_TIMEOUT });
                const value = await target.inputValue();
                if (value !== third) {
                    throw new Error(`the path's target is ${value}, expected ${third}`);
                }
            });

            await step('a save over a file changed on disk is refused with a dialog; Overwrite then saves', async () => {
                const file = join(workspace, 'study', 'model.synergos');
                // another writer (an editor, git pull) changes the file after the diagram loaded it
                const outside = readFileSync(file, 'utf8') + '<!-- changed by another writer -->\n';
                writeFileSync(file, outside);
                await page.locator('[data-action="save"]').click();
                const dialog = page.locator('dialog.save-conflict');
                await dialog.waitFor({ timeout: STEP_TIMEOUT });
                if (readFileSync(file, 'utf8') !== outside) {
                    throw new Error('the conflicting save overwrote the other writer\'s file');
                }
                await dialog.locator('[data-choice="overwrite"]').click();
                await page.locator(`${visible}[data-dirty="false"]`).waitFor({ timeout: STEP_TIMEOUT });
                const saved = readFileSync(file, 'utf8');
                if (saved.includes('changed by another writer') || !saved.includes('NQPF')) {
                    throw new Error('Overwrite did not write the diagram\'s model');
                }
            });
        }

        if (!process.argv.includes('--screenshots-only')) {
            await step('Import lavaan: a .lav file becomes a model bound to a workspace CSV file; its export downloads the syntax', async () => {
                const lav = join(work, 'nqpf-cfa.lav');
                writeFileSync(lav, 'NQPF =~ NQ1 + NQ2 + NQ3\nDT =~ DT1 + DT2 + DT3\nDT ~ NQPF\n');
                await page.locator('[data-action="import-lavaan"]').click();
                const dialog = page.locator('dialog.import-lavaan-dialog');
                await dialog.locator('[data-role="lavaan-file"]').setInputFiles(lav);
                await dialog.locator('input[name="folder"]').fill('imported');
                await dialog.locator('[data-role="lavaan-data"]').selectOption('study/survey.csv');
                await dialog.locator('[data-action="confirm-import"]').click();
                // the imported model opens: its SEM path diagram shows the two constructs
                await page.locator('.kind-dialog button[data-kind="sem-path"]').click();
                await page.locator('.diagram-host[data-model="imported/model.synergos"][data-loaded="true"]').waitFor({ timeout: STEP_TIMEOUT });
                const item = page.locator('.explorer-list li[data-path="imported/model.synergos"]');
                await item.waitFor({ timeout: STEP_TIMEOUT });
                const model = readFileSync(join(workspace, 'imported', 'model.synergos'), 'utf8');
                if (!existsSync(join(workspace, 'imported', 'survey.csv')) || !model.includes('engineId="cb-sem"')) {
                    throw new Error('the imported model has no copied data file or no cb-sem analysis');
                }
                const [download] = await Promise.all([
                    page.waitForEvent('download', { timeout: STEP_TIMEOUT }),
                    item.locator('[data-action="export-lavaan"]').click()
                ]);
                const saved = join(work, 'exported.lav');
                await download.saveAs(saved);
                const syntax = readFileSync(saved, 'utf8');
                if (download.suggestedFilename() !== 'imported.lav' || !/^ *DT ~ NQPF$/m.test(syntax)) {
                    throw new Error(`the export was ${download.suggestedFilename()}: ${syntax}`);
                }
            });
        }

        const shots = [
            ['sem-path', 'nqpf-smes/model.synergos'],
            ['actor-network', 'nqpf-smes/model.synergos'],
            ['causal-map', 'implementation-path/model.synergos'],
            ['implementation-path', 'implementation-path/model.synergos'],
            ['event-timeline', 'events/model.synergos'],
            ['stock-flow', 'sd-synergy/model.synergos']
        ];
        mkdirSync(screenshots, { recursive: true });
        for (const [kind, model] of shots) {
            await step(`screenshot of the ${kind} diagram of ${model}`, async () => {
                await openModel(page, model, kind);
                await page.waitForTimeout(500);
                await page.screenshot({ path: join(screenshots, `${kind}.png`) });
            });
        }
        await step('cancel a long engine run', async () => {
            await openModel(page, 'nqpf-smes/model.synergos', 'sem-path');
            await page.locator('select[data-role="engine-select"]').selectOption('pls-sem');
            await page.locator('#engine-param-bootstrap').fill('100000');
            await page.locator('[data-action="run-engine"]').click();
            await page.locator('[data-action="cancel-engine"]:not([disabled])').waitFor({ timeout: STEP_TIMEOUT });
            await page.waitForTimeout(300);
            await page.locator('[data-action="cancel-engine"]').click();
            const results = page.locator('.engine-results[data-status]');
            await page.locator('.engine-results[data-status="CANCELLED"]').waitFor({ timeout: STEP_TIMEOUT }).catch(async () => {
                throw new Error(`the run ended ${await results.getAttribute('data-status')}, not CANCELLED`);
            });
            await page.locator('#engine-param-bootstrap').fill('5000');
        });

        await step('screenshot of the nqpf-smes PLS-SEM overlay', async () => {
            await openModel(page, 'nqpf-smes/model.synergos', 'sem-path');
            await page.locator('select[data-role="engine-select"]').selectOption('pls-sem');
            await page.locator('[data-action="run-engine"]').click();
            await page.locator(`${visible} text.synergos-overlay`, { hasText: 'β' }).first().waitFor({ timeout: STEP_TIMEOUT * 3 });
            await page.waitForTimeout(300);
            await page.screenshot({ path: join(screenshots, 'sem-path-pls-overlay.png') });
        });
    } catch (error) {
        try {
            await page.screenshot({ path: join(work, 'failure.png') });
            say(`failure screenshot: ${join(work, 'failure.png')}`);
        } catch {
            // the page is gone
        }
        throw error;
    } finally {
        if (consoleLines.length > 0) {
            say(`browser console (${consoleLines.length} errors/warnings):\n  ${consoleLines.slice(0, 40).join('\n  ')}`);
        }
    }
}

let code = 0;
try {
    await main();
    say(`${passed} steps passed in ${((Date.now() - started) / 1000).toFixed(1)} s; screenshots in ${screenshots}`);
} catch (error) {
    code = 1;
    say(`e2e FAILED after ${passed} passed steps; server log: ${join(work, 'workbench.log')}`);
    if (error?.stack) {
        console.error(error.stack);
    }
} finally {
    await context?.close().catch(() => {});
    stopServer();
    writeFileSync(join(work, 'e2e.log'), log.join('\n') + '\n');
}
process.exit(code);
