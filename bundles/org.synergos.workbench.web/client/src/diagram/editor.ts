// One open diagram (a tab): its own GLSP client session and inversify container.
import {
    Action,
    DiagramLoader,
    GLSPActionDispatcher,
    GLSPClient,
    GLSPModelSource,
    GModelElement,
    GModelRoot,
    SelectionService,
    TYPES
} from '@eclipse-glsp/client';
import { Container } from 'inversify';
import { COLUMNS_MIME } from '../ui/data-panel';
import { SynergosActionKinds, fitAction } from './actions';
import { WorkbenchBridge } from './bridge';
import { closeContextMenu } from './context-menu';
import { createSynergosDiagramContainer } from './di.config';
import { PaletteDock } from './palette-dock';

let counter = 0;

export interface EditorListener {
    onAction(editor: DiagramEditor, action: Action): void;
    onSelection(editor: DiagramEditor, elementId: string): void;
}

export class DiagramEditor {
    readonly clientId: string;
    readonly element: HTMLElement;
    private container?: Container;
    private readonly palette: PaletteDock;
    dirty = false;

    constructor(
        private path: string,
        readonly diagramType: string,
        readonly diagramLabel: string,
        private readonly clientProvider: () => Promise<GLSPClient>,
        private readonly listener: EditorListener
    ) {
        counter += 1;
        this.clientId = `synergos-diagram-${counter}`;
        this.element = document.createElement('div');
        this.element.className = 'diagram-host';
        this.element.dataset.model = path;
        this.element.dataset.diagramType = diagramType;
        const base = document.createElement('div');
        base.id = this.clientId;
        base.className = 'diagram-base';
        this.element.append(base);
        this.palette = new PaletteDock(this.element, action => void this.dispatch(action).catch(() => undefined));
        this.element.append(this.palette.element);
        this.acceptColumnDrops(this.element);
    }

    /**
     * Data columns dragged from the data panel: dropped on a construct (or its indicator) they become its
     * indicators, on the canvas a new reflective construct with them (synergosAddColumns, one undoable edit).
     */
    private acceptColumnDrops(host: HTMLElement): void {
        // on the host: sprotty replaces the base div's element when it first renders into it
        // capture phase: sprotty's own drag listeners on the SVG must not see (or swallow) a column drop
        const over = (event: DragEvent): void => {
            if (event.dataTransfer && event.dataTransfer.types.includes(COLUMNS_MIME)) {
                event.preventDefault();
                event.stopPropagation();
                event.dataTransfer.dropEffect = 'copy';
            }
        };
        host.addEventListener('dragenter', over, true);
        host.addEventListener('dragover', over, true);
        host.addEventListener('drop', event => {
            const payload = event.dataTransfer?.getData(COLUMNS_MIME);
            if (!payload) {
                return;
            }
            let drop: { source?: string; columns?: string[] };
            try {
                drop = JSON.parse(payload) as { source?: string; columns?: string[] };
            } catch {
                return;
            }
            event.preventDefault();
            event.stopPropagation();
            const target = document.elementFromPoint(event.clientX, event.clientY)?.closest('g.synergos-node[data-element-id]');
            const action: Action & Record<string, unknown> = {
                kind: SynergosActionKinds.addColumns,
                isOperation: true,
                columns: drop.columns ?? [],
                dataSourceId: drop.source
            };
            if (target) {
                action.containerId = target.getAttribute('data-element-id');
            } else {
                action.location = this.diagramPoint(host, event.clientX, event.clientY);
            }
            void this.dispatch(action).catch(error => console.warn('dropping columns', error));
        }, true);
    }

    /** A point of the page in diagram coordinates (the viewport's scroll and zoom undone). */
    private diagramPoint(host: HTMLElement, clientX: number, clientY: number): { x: number; y: number } {
        const svg = host.querySelector('.sprotty svg, svg.sprotty-graph, svg');
        const box = (svg ?? host).getBoundingClientRect();
        const root = this.root() as (GModelRoot & { scroll?: { x: number; y: number }; zoom?: number }) | undefined;
        const zoom = root?.zoom && root.zoom > 0 ? root.zoom : 1;
        const scroll = root?.scroll ?? { x: 0, y: 0 };
        return { x: Math.round((clientX - box.left) / zoom + scroll.x), y: Math.round((clientY - box.top) / zoom + scroll.y) };
    }

    /** The data columns the diagram's indicators are bound to (`args.column`). */
    boundColumns(): Set<string> {
        const columns = new Set<string>();
        const root = this.root();
        if (!root) {
            return columns;
        }
        for (const element of root.index.all()) {
            const column = (element as GModelElement & { args?: Record<string, unknown> }).args?.column;
            if (typeof column === 'string' && column.length > 0) {
                columns.add(column);
            }
        }
        return columns;
    }

    /** The model file (workspace-relative); a save as changes it. */
    get modelPath(): string {
        return this.path;
    }

    /** After a save as: the server edits `path` from now on (and a reconnect reopens it). */
    movedTo(path: string): void {
        this.path = path;
        this.element.dataset.model = path;
    }

    get key(): string {
        return `${this.modelPath}#${this.diagramType}`;
    }

    /** Connects the diagram; the host element must already be in the document. */
    async open(): Promise<void> {
        const bridge: WorkbenchBridge = { onAction: action => this.listener.onAction(this, action) };
        this.container = createSynergosDiagramContainer(
            {
                clientId: this.clientId,
                diagramType: this.diagramType,
                sourceUri: this.modelPath,
                glspClientProvider: this.clientProvider
            },
            bridge
        );
        await this.container.get(DiagramLoader).load();
        await this.fit();
        const selection = this.container.get<SelectionService>(SelectionService);
        selection.onSelectionChanged(change => {
            const selected = change.selectedElements
                .map(id => change.root.index.getById(id))
                .find(element => element && (element.type.startsWith('node') || element.type.startsWith('edge')));
            this.listener.onSelection(this, selected ? selected.id : 'graph');
        });
    }

    /** Zooms so the whole diagram is visible (never above 100 %). */
    fit(): Promise<void> {
        return this.dispatch(fitAction());
    }

    dispatch(action: Action): Promise<void> {
        if (!this.container) {
            return Promise.reject(new Error('the diagram is not open yet'));
        }
        return this.container.get<GLSPActionDispatcher>(GLSPActionDispatcher).dispatch(action);
    }

    selectedElementId(): string {
        if (!this.container) {
            return 'graph';
        }
        const selection = this.container.get<SelectionService>(SelectionService);
        const selected = selection.getSelectedElements().find(element => element.type.startsWith('node') || element.type.startsWith('edge'));
        return selected ? selected.id : 'graph';
    }

    /** The current graphical model root (for tests and the status bar). */
    root(): GModelRoot | undefined {
        return this.container?.get<SelectionService>(SelectionService).getModelRoot();
    }

    findElement(id: string): GModelElement | undefined {
        return this.root()?.index.getById(id);
    }

    focus(): void {
        const svg = this.element.querySelector('svg');
        if (svg instanceof SVGElement) {
            svg.focus();
        }
    }

    /** Closes the diagram; `sessionAlive` false when the connection is gone (nothing to tell the server). */
    dispose(sessionAlive = true): void {
        closeContextMenu();
        this.palette.dispose();
        try {
            if (sessionAlive) {
                this.container?.get<GLSPModelSource>(TYPES.ModelSource).dispose();
            }
        } catch (error) {
            console.warn('closing diagram', this.clientId, error);
        }
        this.container?.unbindAll();
        this.container = undefined;
        this.element.remove();
    }
}
