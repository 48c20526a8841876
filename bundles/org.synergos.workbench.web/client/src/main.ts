// Synergos browser workbench: explorer, diagram tabs (GLSP), property sheet, engines panel.
import 'reflect-metadata';
import '@vscode/codicons/dist/codicon.css';
import '@eclipse-glsp/client/css/glsp-sprotty.css';
import '../css/app.css';

import {
    Action,
    BaseJsonrpcGLSPClient,
    EndProgressAction,
    GLSPClient,
    GLSPWebSocketProvider,
    LayoutOperation,
    RedoAction,
    RequestMarkersAction,
    SaveModelAction,
    SetDirtyStateAction,
    SetMarkersAction,
    StartProgressAction,
    UndoAction,
    UpdateProgressAction
} from '@eclipse-glsp/client';
import { DiagramKind, WorkbenchInfo, workbenchInfo } from './api';
import {
    EngineResultAction,
    SaveConflictAction,
    SavedAction,
    SetPropertiesAction,
    SetPropertyAction,
    SvgExportedAction,
    SynergosActionKinds,
    SynergosErrorAction
} from './diagram/actions';
import { DiagramEditor, EditorListener } from './diagram/editor';
import { FocusPropertiesAction, MenuActionKinds } from './diagram/menu-items';
import { button, clear, el } from './ui/dom';
import { DataPanel } from './ui/data-panel';
import { EnginesPanel } from './ui/engines';
import { Explorer } from './ui/explorer';
import { downloadPng, downloadSvg } from './ui/export';
import { PropertySheet } from './ui/properties';
import { askAfterSaveConflict } from './ui/save-conflict';

type Severity = 'info' | 'error';

class Workbench implements EditorListener {
    private info!: WorkbenchInfo;
    private readonly root: HTMLElement;
    private readonly tabs: HTMLElement;
    private readonly editorsArea: HTMLElement;
    private readonly statusText: HTMLElement;
    private readonly markersText: HTMLElement;
    private readonly explorer: Explorer;
    private readonly properties: PropertySheet;
    private readonly engines: EnginesPanel;
    private readonly data: DataPanel;
    private usedTimer?: ReturnType<typeof setTimeout>;
    private readonly editors: DiagramEditor[] = [];
    private active?: DiagramEditor;
    private clientPromise?: Promise<GLSPClient>;
    private pendingExport?: { editor: DiagramEditor; format: 'svg' | 'png' };
    private readonly runs = new Map<string, DiagramEditor>();
    /** Diagrams whose save-conflict dialog is open (a second Ctrl+S does not stack another one). */
    private readonly askingAfterConflict = new Set<DiagramEditor>();

    constructor(root: HTMLElement) {
        this.root = root;
        this.tabs = el('nav', { className: 'tabs', role: 'tablist', 'aria-label': 'Open diagrams' });
        this.editorsArea = el('div', { className: 'editors' }, el('p', { className: 'hint welcome', text: 'Open a model from the explorer, or create a new one.' }));
        this.statusText = el('span', { className: 'status-text', role: 'status', 'aria-live': 'polite' });
        this.markersText = el('span', { className: 'markers-text' });
        this.explorer = new Explorer({ openModel: path => void this.chooseKindAndOpen(path), status: (m, s) => this.status(m, s) });
        this.properties = new PropertySheet({
            setProperty: action => this.setProperty(action),
            dataFiles: () => this.dataFilesForActiveModel()
        });
        this.data = new DataPanel({ status: (m, s) => this.status(m, s) });
        this.engines = new EnginesPanel({
            run: (engineId, options) => this.runEngine(engineId, options),
            cancel: requestId => this.send({ kind: SynergosActionKinds.cancelEngine, requestId } as Action),
            status: (m, s) => this.status(m, s)
        });
    }

    async start(): Promise<void> {
        clear(this.root);
        this.root.classList.remove('loading');
        try {
            this.info = await workbenchInfo();
        } catch (error) {
            this.root.append(el('p', { className: 'error', text: `The workbench server did not answer: ${(error as Error).message}` }));
            return;
        }
        const toolbar = el(
            'header',
            { className: 'toolbar', role: 'toolbar', 'aria-label': 'Diagram' },
            el('span', { className: 'brand', text: 'Synergos' }),
            el('span', { className: 'workspace', title: 'workspace', text: this.info.workspace ?? '' }),
            button('Save', 'save', () => this.send(SaveModelAction.create()), { 'data-action': 'save' }),
            button('Undo', 'discard', () => this.send(UndoAction.create()), { 'data-action': 'undo' }),
            button('Redo', 'redo', () => this.send(RedoAction.create()), { 'data-action': 'redo' }),
            button('Layout', 'type-hierarchy-sub', () => this.send(LayoutOperation.create()), { 'data-action': 'layout' }),
            button('Fit', 'screen-full', () => void this.active?.fit(), { 'data-action': 'fit' }),
            button('Validate', 'pass', () => this.validate(), { 'data-action': 'validate' }),
            button('Clear overlay', 'clear-all', () => this.send({ kind: SynergosActionKinds.clearOverlay } as Action), { 'data-action': 'clear-overlay' }),
            button('Export SVG', 'file-media', () => this.exportDiagram('svg'), { 'data-action': 'export-svg' }),
            button('Export PNG', 'device-camera', () => this.exportDiagram('png'), { 'data-action': 'export-png' })
        );
        const centre = el('section', { className: 'editor-area' }, this.tabs, this.editorsArea);
        this.root.append(
            toolbar,
            el('div', { className: 'workbench-body' }, this.explorer.element, centre,
                el('div', { className: 'side-column' }, this.properties.element, this.data.element)),
            this.engines.element,
            el('footer', { className: 'statusbar' }, this.statusText, this.markersText, el('span', { className: 'version', text: `Synergos ${this.info.version ?? ''}` }))
        );
        document.addEventListener('keydown', event => this.shortcut(event));
        window.addEventListener('beforeunload', event => {
            if (this.editors.some(editor => editor.dirty)) {
                event.preventDefault();
            }
        });
        await Promise.all([this.explorer.refresh(), this.engines.refresh()]);
        this.status('Ready');
    }

    // --- GLSP connection, shared by all diagrams --------------------------------------------

    private glspClient(): Promise<GLSPClient> {
        if (!this.clientPromise) {
            this.clientPromise = new Promise<GLSPClient>((resolve, reject) => {
                const provider = new GLSPWebSocketProvider(this.info.glspUrl);
                let client: BaseJsonrpcGLSPClient | undefined;
                const timer = setTimeout(() => {
                    if (!client) {
                        this.status(`The diagram server at ${this.info.glspUrl} does not answer; is the workbench still running?`, 'error');
                    }
                }, 15000);
                provider
                    .listen({
                        onConnection: connection => {
                            clearTimeout(timer);
                            client = new BaseJsonrpcGLSPClient({ id: 'synergos', connectionProvider: connection });
                            resolve(client);
                        },
                        onReconnect: connection => {
                            // the old client session is gone: a new client, and every open diagram reloaded
                            client = new BaseJsonrpcGLSPClient({ id: 'synergos', connectionProvider: connection });
                            this.clientPromise = Promise.resolve(client);
                            void this.reopenAll();
                        },
                        logger: console
                    })
                    .catch(error => {
                        this.clientPromise = undefined;
                        reject(error);
                    });
            });
        }
        return this.clientPromise;
    }

    // --- tabs -------------------------------------------------------------------------------

    private chooseKindAndOpen(path: string): Promise<void> {
        const kinds = this.info.diagramKinds ?? [];
        if (kinds.length <= 1) {
            return this.open(path, kinds[0] ?? { id: 'sem-path', label: 'SEM path diagram' });
        }
        return new Promise(resolve => {
            const list = el('div', { className: 'kind-list' });
            const dialog = el('dialog', { className: 'kind-dialog', 'aria-label': 'Open diagram' }, el('h2', { text: 'Open as…' }), el('p', { className: 'model-path', text: path }), list);
            const close = (): void => {
                dialog.close();
                dialog.remove();
            };
            for (const kind of kinds) {
                list.append(
                    button(kind.label || kind.id, undefined, () => {
                        close();
                        void this.open(path, kind).then(resolve);
                    }, { 'data-kind': kind.id })
                );
            }
            list.append(button('Cancel', undefined, () => { close(); resolve(); }, { 'data-action': 'cancel' }));
            document.body.append(dialog);
            dialog.showModal();
        });
    }

    async open(path: string, kind: DiagramKind): Promise<void> {
        const existing = this.editors.find(editor => editor.modelPath === path && editor.diagramType === kind.id);
        if (existing) {
            this.activate(existing);
            return;
        }
        const editor = new DiagramEditor(path, kind.id, kind.label, () => this.glspClient(), this);
        this.editors.push(editor);
        this.editorsArea.querySelector('.welcome')?.remove();
        this.editorsArea.append(editor.element);
        this.renderTabs();
        this.activate(editor);
        this.status(`Opening ${path} (${kind.label})…`);
        try {
            await editor.open();
            this.status(`Opened ${path} (${kind.label})`);
            editor.element.dataset.loaded = 'true';
            if (this.active === editor) {
                this.requestProperties(editor, 'graph');
                this.data.markUsed(editor.boundColumns());
            }
        } catch (error) {
            this.status(`Could not open ${path}: ${(error as Error).message}`, 'error');
        }
    }

    private async reopenAll(): Promise<void> {
        this.status('The connection to the diagram server was lost and re-established; the open diagrams were reloaded from their files.', 'error');
        const open = [...this.editors];
        const active = this.active;
        for (const editor of open) {
            this.editors.splice(this.editors.indexOf(editor), 1);
            editor.dispose(false);
        }
        this.active = undefined;
        for (const editor of open) {
            await this.open(editor.modelPath, { id: editor.diagramType, label: editor.diagramLabel });
        }
        const again = this.editors.find(e => active && e.modelPath === active.modelPath && e.diagramType === active.diagramType);
        if (again) {
            this.activate(again);
        }
    }

    private activate(editor: DiagramEditor): void {
        this.active = editor;
        for (const candidate of this.editors) {
            candidate.element.hidden = candidate !== editor;
        }
        this.renderTabs();
        this.properties.clear();
        void this.data.show(editor.modelPath).then(() => this.data.markUsed(editor.boundColumns()));
        if (editor.element.dataset.loaded === 'true') {
            this.requestProperties(editor, editor.selectedElementId());
        }
    }

    private close(editor: DiagramEditor): void {
        if (editor.dirty && !window.confirm(`${editor.modelPath} has unsaved changes. Close anyway?`)) {
            return;
        }
        const index = this.editors.indexOf(editor);
        this.editors.splice(index, 1);
        editor.dispose();
        if (this.active === editor) {
            this.active = undefined;
            const next = this.editors[Math.min(index, this.editors.length - 1)];
            if (next) {
                this.activate(next);
            } else {
                this.properties.clear();
                void this.data.show(undefined);
            }
        }
        this.renderTabs();
    }

    private renderTabs(): void {
        clear(this.tabs);
        for (const editor of this.editors) {
            // folder and file: the examples' models are all called model.synergos
            const name = editor.modelPath.split('/').slice(-2).join('/');
            const tab = el(
                'div',
                {
                    className: `tab${editor === this.active ? ' active' : ''}${editor.dirty ? ' dirty' : ''}`,
                    role: 'tab',
                    'aria-selected': editor === this.active ? 'true' : 'false',
                    title: `${editor.modelPath} — ${editor.diagramLabel}`,
                    'data-model': editor.modelPath,
                    'data-kind': editor.diagramType
                },
                el('span', { className: 'tab-title', text: `${editor.dirty ? '● ' : ''}${name} · ${editor.diagramLabel}` })
            );
            tab.addEventListener('click', () => this.activate(editor));
            tab.append(
                button('Close', 'close', () => this.close(editor), { className: 'icon-only tab-close', 'data-action': 'close-tab' })
            );
            this.tabs.append(tab);
        }
    }

    // --- actions to the active diagram -------------------------------------------------------

    private send(action: Action, editor = this.active): void {
        if (!editor) {
            this.status('Open a diagram first.', 'error');
            return;
        }
        editor.dispatch(action).catch(error => this.status(`${action.kind} failed: ${(error as Error).message}`, 'error'));
    }

    private validate(): void {
        const root = this.active?.root();
        this.send(RequestMarkersAction.create(root ? [root.id] : []));
    }

    private requestProperties(editor: DiagramEditor, elementId: string): void {
        this.send({ kind: SynergosActionKinds.requestProperties, elementId } as Action, editor);
    }

    private setProperty(action: SetPropertyAction): void {
        this.send(action);
        if ((action.name === 'dataFile' || action.name === 'path') && typeof action.value === 'string') {
            // show the chosen file's columns before the model is saved (the first source's file, as the sheet sets it)
            const source = this.data.element.querySelector<HTMLElement>('.data-source')?.dataset.source;
            void this.data.refresh(source ? { source, file: action.value } : undefined);
        }
    }

    /** After an edit, undo or redo: grey the columns the diagram's indicators are bound to. */
    private refreshUsedColumns(editor: DiagramEditor): void {
        if (editor !== this.active) {
            return;
        }
        clearTimeout(this.usedTimer);
        this.usedTimer = setTimeout(() => this.data.markUsed(editor.boundColumns()), 50);
    }

    private runEngine(engineId: string, options: Record<string, unknown>): string | undefined {
        const editor = this.active;
        if (!editor) {
            this.status('Open the model to analyse first.', 'error');
            return undefined;
        }
        const requestId = `run-${Date.now().toString(36)}-${Math.random().toString(36).substring(2, 8)}`;
        this.runs.set(requestId, editor);
        const action: Action & Record<string, unknown> = { kind: SynergosActionKinds.runEngine, requestId, engineId };
        if (Object.keys(options).length > 0) {
            action.options = options;
        }
        this.send(action, editor);
        this.status(`Running ${engineId} on ${editor.modelPath}…`);
        return requestId;
    }

    private exportDiagram(format: 'svg' | 'png'): void {
        if (!this.active) {
            this.status('Open a diagram first.', 'error');
            return;
        }
        this.pendingExport = { editor: this.active, format };
        this.send({ kind: SynergosActionKinds.exportSvg } as Action);
    }

    private dataFilesForActiveModel(): string[] {
        const model = this.active?.modelPath ?? '';
        const folder = model.includes('/') ? model.substring(0, model.lastIndexOf('/') + 1) : '';
        return this.explorer
            .dataFiles()
            .map(file => file.path)
            .filter(path => path.startsWith(folder))
            .map(path => path.substring(folder.length));
    }

    private shortcut(event: KeyboardEvent): void {
        const mod = event.ctrlKey || event.metaKey;
        if (mod && event.key.toLowerCase() === 's') {
            // GLSP's save key listener only sees keys while the diagram has focus
            event.preventDefault();
            if (!(event.target instanceof Element && event.target.closest('.diagram-host'))) {
                this.send(SaveModelAction.create());
            }
        }
    }

    // --- actions from the diagrams -------------------------------------------------------------

    onSelection(editor: DiagramEditor, elementId: string): void {
        if (editor === this.active) {
            this.requestProperties(editor, elementId);
        }
    }

    onAction(editor: DiagramEditor, action: Action): void {
        switch (action.kind) {
            case SynergosActionKinds.setProperties:
                if (editor === this.active) {
                    this.properties.show(action as SetPropertiesAction);
                }
                break;
            case MenuActionKinds.focusProperties: {
                const elementId = (action as FocusPropertiesAction).elementId;
                if (editor === this.active) {
                    this.properties.focusFor(elementId);
                    this.requestProperties(editor, elementId);
                }
                break;
            }
            case SynergosActionKinds.engineResult: {
                const result = action as EngineResultAction;
                this.runs.delete(result.requestId);
                this.engines.showResult(result);
                this.status(`${result.engineId} on ${editor.modelPath}: ${result.status}`, result.status === 'FAILED' ? 'error' : 'info');
                break;
            }
            case SynergosActionKinds.svgExported: {
                const pending = this.pendingExport;
                this.pendingExport = undefined;
                const svg = (action as SvgExportedAction).svg;
                const base = `${(editor.modelPath.split('/').pop() ?? 'diagram').replace(/\.synergos$/, '')}-${editor.diagramType}`;
                if (pending?.format === 'png') {
                    downloadPng(svg, base).then(
                        () => this.status(`Exported ${base}.png`),
                        error => this.status(`PNG export failed: ${(error as Error).message}`, 'error')
                    );
                } else {
                    downloadSvg(svg, base);
                    this.status(`Exported ${base}.svg`);
                }
                break;
            }
            case SynergosActionKinds.error:
                this.status((action as SynergosErrorAction).message, 'error');
                if ([...this.runs.values()].includes(editor)) {
                    // an engine run that could not start reports an error instead of a result
                    this.engines.finished();
                }
                break;
            case SynergosActionKinds.saveConflict: {
                const conflict = action as SaveConflictAction;
                this.status(conflict.message, 'error');
                if (this.askingAfterConflict.has(editor)) {
                    break;
                }
                this.askingAfterConflict.add(editor);
                void askAfterSaveConflict(conflict).then(choice => {
                    this.askingAfterConflict.delete(editor);
                    if (choice && this.editors.includes(editor)) {
                        this.send(choice, editor);
                    }
                });
                break;
            }
            case SynergosActionKinds.saved: {
                const path = (action as SavedAction).path;
                if (path !== editor.modelPath) {
                    editor.movedTo(path);
                    this.renderTabs();
                }
                break;
            }
            case StartProgressAction.KIND: {
                const progress = action as StartProgressAction;
                this.engines.startProgress(progress.progressId, progress.title, progress.message, progress.percentage);
                break;
            }
            case UpdateProgressAction.KIND: {
                const progress = action as UpdateProgressAction;
                this.engines.updateProgress(progress.progressId, progress.message, progress.percentage);
                break;
            }
            case EndProgressAction.KIND: {
                const progress = action as EndProgressAction;
                this.engines.endProgress(progress.progressId, progress.message);
                break;
            }
            case SetDirtyStateAction.KIND:
                this.refreshUsedColumns(editor);
                editor.dirty = (action as SetDirtyStateAction).isDirty;
                editor.element.dataset.dirty = String(editor.dirty);
                this.renderTabs();
                if (!editor.dirty && (action as SetDirtyStateAction).reason === 'save') {
                    this.status(`Saved ${editor.modelPath}`);
                    void this.explorer.refresh();
                    if (editor === this.active) {
                        void this.data.show(editor.modelPath).then(() => this.data.markUsed(editor.boundColumns()));
                    }
                }
                break;
            case SetMarkersAction.KIND:
                this.refreshUsedColumns(editor);
                if (editor === this.active) {
                    const markers = (action as SetMarkersAction).markers ?? [];
                    const errors = markers.filter(marker => marker.kind === 'error').length;
                    const warnings = markers.filter(marker => marker.kind === 'warning').length;
                    this.markersText.textContent = `${errors} error(s), ${warnings} warning(s)`;
                    this.markersText.title = markers.map(marker => `${marker.kind}: ${marker.description}`).join('\n');
                }
                break;
            case 'message': {
                const message = action as Action & { message?: string; severity?: string };
                if (message.message) {
                    this.status(message.message, message.severity === 'ERROR' ? 'error' : 'info');
                }
                break;
            }
            default:
                break;
        }
    }

    status(message: string, severity: Severity = 'info'): void {
        this.statusText.textContent = message;
        this.statusText.className = `status-text status-${severity}`;
        if (severity === 'error') {
            console.warn('[synergos]', message);
        }
    }
}

function boot(): void {
    const root = document.getElementById('synergos-workbench') ?? document.body.appendChild(el('div', { id: 'synergos-workbench' }));
    root.classList.add('workbench');
    const workbench = new Workbench(root);
    void workbench.start();
}

if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', boot);
} else {
    boot();
}
