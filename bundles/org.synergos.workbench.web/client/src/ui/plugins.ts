// The Plugins dialog: the bundles in plugins/ with state, engines and what they lack; install from a
// file (resolved by the server first) and remove.
import { installPlugin, listPlugins, PluginEntry, removePlugin } from '../api';
import { button, clear, el } from './dom';

export function openPluginsDialog(onChange: () => void): void {
    const list = el('ul', { className: 'plugin-list', 'data-role': 'plugin-list' });
    const error = el('p', { className: 'error', role: 'alert' });
    const fileInput = el('input', { type: 'file', accept: '.jar', 'data-role': 'plugin-file', 'aria-label': 'Plugin JAR' });
    const dialog = el(
        'dialog',
        { className: 'plugins-dialog', 'aria-label': 'Plugins' },
        el('h2', { text: 'Plugins' }),
        list,
        el('label', {}, 'Install from a file ', fileInput),
        error,
        el('div', { className: 'dialog-buttons' }, el('button', { type: 'button', text: 'Close', 'data-action': 'close' }))
    );
    document.body.append(dialog);
    dialog.querySelector('[data-action="close"]')?.addEventListener('click', () => {
        dialog.close();
        dialog.remove();
    });
    const render = (plugins: PluginEntry[]): void => {
        clear(list);
        for (const plugin of plugins) {
            const item = el(
                'li',
                { 'data-bundle': plugin.symbolicName },
                el('span', { className: 'plugin-name', text: `${plugin.symbolicName} ${plugin.version}` }),
                el('span', { className: 'plugin-state', text: ` ${plugin.state}` }),
                el('span', { className: 'plugin-engines', text: plugin.engines.length ? ` — ${plugin.engines.join(', ')}` : '' }),
                button('Remove', 'trash', () => void remove(plugin.symbolicName), { className: 'icon-only', 'data-action': 'remove-plugin' })
            );
            for (const problem of plugin.problems) {
                item.append(el('p', { className: 'plugin-problem', text: `cannot run: ${problem}` }));
            }
            list.append(item);
        }
        if (plugins.length === 0) {
            list.append(el('li', { className: 'empty', text: 'No plugins are installed.' }));
        }
    };
    const refresh = async (): Promise<void> => {
        try {
            render(await listPlugins());
        } catch (failure) {
            error.textContent = (failure as Error).message;
        }
    };
    const remove = async (id: string): Promise<void> => {
        error.textContent = '';
        try {
            await removePlugin(id);
            onChange();
        } catch (failure) {
            error.textContent = (failure as Error).message;
        }
        await refresh();
    };
    fileInput.addEventListener('change', async () => {
        const file = fileInput.files?.[0];
        if (!file) {
            return;
        }
        error.textContent = '';
        try {
            await installPlugin(file);
            onChange();
        } catch (failure) {
            error.textContent = (failure as Error).message;
        }
        fileInput.value = '';
        // File Install starts the bundle within about a second
        setTimeout(() => void refresh(), 1500);
        await refresh();
    });
    dialog.showModal();
    void refresh();
}
