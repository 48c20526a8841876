// Left panel: the workspace's models and data files (GET /api/files), "New model", lavaan import and export.
import { WorkspaceFile, createModel, importLavaan, lavaanExportUrl, listFiles } from '../api';
import { button, clear, el, icon } from './dom';

export interface ExplorerListener {
    openModel(path: string): void;
    status(message: string, severity?: 'info' | 'error'): void;
}

export class Explorer {
    readonly element: HTMLElement;
    private readonly list: HTMLElement;
    files: WorkspaceFile[] = [];

    constructor(private readonly listener: ExplorerListener) {
        this.list = el('ul', { className: 'explorer-list', role: 'tree' });
        this.element = el(
            'section',
            { className: 'panel explorer', 'aria-label': 'Explorer' },
            el(
                'header',
                { className: 'panel-header' },
                el('span', { text: 'Explorer' }),
                button('New model', 'new-file', () => this.newModel(), { 'data-action': 'new-model' }),
                button('Import lavaan', 'cloud-upload', () => this.importLavaan(), { 'data-action': 'import-lavaan', className: 'icon-only' }),
                button('Refresh', 'refresh', () => void this.refresh(), { 'data-action': 'refresh-files', className: 'icon-only' })
            ),
            this.list
        );
    }

    dataFiles(): WorkspaceFile[] {
        return this.files.filter(file => file.kind === 'data');
    }

    async refresh(): Promise<void> {
        try {
            this.files = await listFiles();
        } catch (error) {
            this.listener.status(`Could not list the workspace: ${(error as Error).message}`, 'error');
            return;
        }
        clear(this.list);
        const sorted = [...this.files].sort((a, b) => a.path.localeCompare(b.path));
        for (const file of sorted) {
            const kindIcon = file.kind === 'model' ? 'type-hierarchy' : file.kind === 'data' ? 'table' : 'file';
            const item = el(
                'li',
                { className: `file file-${file.kind}`, role: 'treeitem', 'data-path': file.path, title: file.path, tabindex: 0 },
                icon(kindIcon),
                el('span', { className: 'file-name', text: file.path })
            );
            if (file.kind === 'model') {
                const open = (): void => this.listener.openModel(file.path);
                item.addEventListener('dblclick', open);
                item.addEventListener('keydown', event => {
                    if (event.key === 'Enter') {
                        open();
                    }
                });
                item.append(button('Open', 'go-to-file', open, { className: 'icon-only open-model', 'data-action': 'open-model' }));
                const exportLink = el('a', {
                    href: lavaanExportUrl(file.path),
                    download: '',
                    className: 'icon-link',
                    title: 'Export as lavaan syntax',
                    'aria-label': `Export ${file.path} as lavaan syntax`,
                    'data-action': 'export-lavaan'
                }, icon('cloud-download'));
                item.append(exportLink);
            }
            this.list.append(item);
        }
        if (sorted.length === 0) {
            this.list.append(el('li', { className: 'empty', text: 'The workspace has no files yet.' }));
        }
    }

    private newModel(): void {
        const form = el('form', { className: 'dialog-form' });
        const pathInput = el('input', { name: 'path', required: true, value: 'study/model.synergos', size: 32 });
        const nameInput = el('input', { name: 'name', required: true, value: 'My study', size: 32 });
        const error = el('p', { className: 'error', role: 'alert' });
        form.append(
            el('label', {}, 'File (in the workspace)', pathInput),
            el('label', {}, 'Study name', nameInput),
            error,
            el(
                'div',
                { className: 'dialog-buttons' },
                el('button', { type: 'submit', text: 'Create', 'data-action': 'create-model' }),
                el('button', { type: 'button', text: 'Cancel', 'data-action': 'cancel' })
            )
        );
        const dialog = el('dialog', { className: 'new-model-dialog', 'aria-label': 'New model' }, el('h2', { text: 'New model' }), form);
        document.body.append(dialog);
        const close = (): void => {
            dialog.close();
            dialog.remove();
        };
        form.querySelector('[data-action="cancel"]')?.addEventListener('click', close);
        form.addEventListener('submit', async event => {
            event.preventDefault();
            let path = pathInput.value.trim();
            if (!path.endsWith('.synergos')) {
                path += path.endsWith('/') || path === '' ? 'model.synergos' : '.synergos';
            }
            try {
                const created = await createModel(path, nameInput.value.trim() || path);
                close();
                await this.refresh();
                this.listener.status(`Created ${created}`);
                this.listener.openModel(created);
            } catch (failure) {
                error.textContent = (failure as Error).message;
            }
        });
        dialog.showModal();
        pathInput.focus();
        pathInput.select();
    }

    /** lavaan model syntax from a local file into a new model folder, optionally bound to a workspace CSV file. */
    private importLavaan(): void {
        const form = el('form', { className: 'dialog-form' });
        const fileInput = el('input', { type: 'file', accept: '.lav,.txt,.R', required: true, 'data-role': 'lavaan-file', 'aria-label': 'lavaan syntax file' });
        const folderInput = el('input', { name: 'folder', required: true, value: 'imported', size: 32 });
        const dataSelect = el('select', { name: 'data', 'data-role': 'lavaan-data' }, el('option', { value: '', text: '(none)' }));
        for (const data of this.dataFiles()) {
            dataSelect.append(el('option', { value: data.path, text: data.path }));
        }
        const error = el('p', { className: 'error', role: 'alert' });
        form.append(
            el('label', {}, 'lavaan syntax ', fileInput),
            el('label', {}, 'New model folder (in the workspace)', folderInput),
            el('label', {}, 'Data (configures a cb-sem analysis)', dataSelect),
            error,
            el(
                'div',
                { className: 'dialog-buttons' },
                el('button', { type: 'submit', text: 'Import', 'data-action': 'confirm-import' }),
                el('button', { type: 'button', text: 'Cancel', 'data-action': 'cancel' })
            )
        );
        const dialog = el('dialog', { className: 'import-lavaan-dialog', 'aria-label': 'Import lavaan syntax' }, el('h2', { text: 'Import lavaan syntax' }), form);
        document.body.append(dialog);
        const close = (): void => {
            dialog.close();
            dialog.remove();
        };
        fileInput.addEventListener('change', () => {
            const chosen = fileInput.files?.[0];
            if (chosen) {
                folderInput.value = chosen.name.replace(/\.[^.]*$/, '');
            }
        });
        form.querySelector('[data-action="cancel"]')?.addEventListener('click', close);
        form.addEventListener('submit', async event => {
            event.preventDefault();
            const chosen = fileInput.files?.[0];
            if (!chosen) {
                error.textContent = 'Choose a lavaan syntax file.';
                return;
            }
            try {
                const created = await importLavaan(await chosen.text(), chosen.name, folderInput.value.trim(), dataSelect.value || undefined);
                close();
                await this.refresh();
                this.listener.status(`Imported ${chosen.name} as ${created}`);
                this.listener.openModel(created);
            } catch (failure) {
                error.textContent = (failure as Error).message;
            }
        });
        dialog.showModal();
    }
}
