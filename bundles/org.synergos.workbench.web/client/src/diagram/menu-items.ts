// The context menu's items: the same operations as the toolbar and the keyboard, for the element under
// the pointer (GLSP's context-menu listener selects it first) or for the canvas.
import {
    Action,
    ClipboardData,
    DeleteElementOperation,
    EditLabelAction,
    EditorContext,
    EditorContextService,
    GModelElement,
    GModelRoot,
    IActionDispatcher,
    IActionHandler,
    IAsyncClipboardService,
    IContextMenuItemProvider,
    LayoutOperation,
    MenuItem,
    PasteOperation,
    Point,
    RequestClipboardDataAction,
    SetClipboardDataAction,
    TYPES,
    isEditableLabel,
    isSelected
} from '@eclipse-glsp/client';
import { inject, injectable } from 'inversify';
import { fitAction } from './actions';

/** Client-only action kinds of the menu (never sent to the server). */
export const MenuActionKinds = {
    copy: 'synergosMenuCopy',
    paste: 'synergosMenuPaste',
    /** handed to the workbench: show the element's properties and put the focus in the sheet */
    focusProperties: 'synergosFocusProperties'
} as const;

export interface MenuCopyAction extends Action {
    kind: typeof MenuActionKinds.copy;
    editorContext: EditorContext;
}

export interface MenuPasteAction extends Action {
    kind: typeof MenuActionKinds.paste;
    editorContext: EditorContext;
}

export interface FocusPropertiesAction extends Action {
    kind: typeof MenuActionKinds.focusProperties;
    elementId: string;
}

/**
 * One clipboard for all diagrams of the page, shared by GLSP's keyboard copy/paste (it stores the data
 * under an id it puts on the system clipboard) and the menu (which pastes the latest data). The data is
 * the server's reference to the copied elements (protocol: "Copy/paste"), so pasting into another
 * model's diagram works too.
 */
class SharedClipboard implements IAsyncClipboardService {
    private id?: string;
    private data?: ClipboardData;

    put(data: ClipboardData, id?: string): void {
        this.id = id;
        this.data = data;
    }

    get(id?: string): ClipboardData | undefined {
        return id === this.id ? this.data : undefined;
    }

    latest(): ClipboardData | undefined {
        return this.data;
    }

    clear(): void {
        this.id = undefined;
        this.data = undefined;
    }
}

export const sharedClipboard = new SharedClipboard();

/** The node or edge a context menu is about: the selected one (labels stand for their owner). */
function subjectOf(root: GModelRoot): GModelElement | undefined {
    for (const element of root.index.all().filter(isSelected)) {
        let candidate: GModelElement | undefined = element;
        while (candidate && !candidate.type.startsWith('node') && !candidate.type.startsWith('edge')) {
            candidate = 'parent' in candidate ? (candidate as { parent?: GModelElement }).parent : undefined;
        }
        if (candidate) {
            return candidate;
        }
    }
    return undefined;
}

function editableLabelOf(element: GModelElement | undefined): GModelElement | undefined {
    if (!element || !('children' in element)) {
        return undefined;
    }
    return (element as { children: GModelElement[] }).children.find(child => child.type !== 'label:overlay' && isEditableLabel(child));
}

@injectable()
export class SynergosMenuItems implements IContextMenuItemProvider {
    @inject(EditorContextService) protected editorContext!: EditorContextService;

    async getItems(root: Readonly<GModelRoot>, _lastMousePosition?: Point): Promise<MenuItem[]> {
        const context = this.editorContext.get();
        const selected = context.selectedElementIds;
        const subject = subjectOf(root as GModelRoot);
        const label = editableLabelOf(subject);
        const editable = !this.editorContext.isReadonly;
        const hasSelection = selected.length > 0;
        const clipboard = sharedClipboard.latest();
        return [
            {
                id: 'rename',
                label: 'Rename',
                group: 'element',
                actions: label ? [EditLabelAction.create(label.id)] : [],
                isEnabled: () => editable && label !== undefined
            },
            {
                id: 'properties',
                label: subject ? 'Properties' : 'Model properties',
                group: 'element',
                actions: [{ kind: MenuActionKinds.focusProperties, elementId: subject?.id ?? 'graph' } as FocusPropertiesAction]
            },
            {
                id: 'delete',
                label: 'Delete',
                group: 'edit',
                actions: [DeleteElementOperation.create(selected)],
                isEnabled: () => editable && hasSelection
            },
            {
                id: 'copy',
                label: 'Copy',
                group: 'edit',
                actions: [{ kind: MenuActionKinds.copy, editorContext: context } as MenuCopyAction],
                isEnabled: () => hasSelection
            },
            {
                id: 'paste',
                label: 'Paste',
                group: 'edit',
                actions: [{ kind: MenuActionKinds.paste, editorContext: context } as MenuPasteAction],
                isEnabled: () => editable && clipboard !== undefined
            },
            { id: 'layout', label: 'Layout', group: 'view', actions: [LayoutOperation.create()], isEnabled: () => editable },
            { id: 'fit', label: 'Fit', group: 'view', actions: [fitAction()] }
        ];
    }
}

/** Copy and Paste from the menu: the same server round trip as GLSP's keyboard copy/paste. */
@injectable()
export class MenuClipboardHandler implements IActionHandler {
    @inject(TYPES.IActionDispatcher) protected dispatcher!: IActionDispatcher;

    handle(action: Action): void {
        if (action.kind === MenuActionKinds.copy) {
            void this.copy((action as MenuCopyAction).editorContext);
        } else if (action.kind === MenuActionKinds.paste) {
            const clipboardData = sharedClipboard.latest();
            if (clipboardData) {
                void this.dispatcher.dispatch(PasteOperation.create({ clipboardData, editorContext: (action as MenuPasteAction).editorContext }));
            }
        }
    }

    private async copy(editorContext: EditorContext): Promise<void> {
        const answer = await this.dispatcher.request<SetClipboardDataAction>(RequestClipboardDataAction.create(editorContext));
        const id = `synergos-menu-${Date.now().toString(36)}`;
        sharedClipboard.put(answer.clipboardData, id);
        // GLSP's Ctrl+V looks the data up by the id on the system clipboard; best effort (the browser may refuse)
        navigator.clipboard?.writeText(JSON.stringify({ clipboardId: id })).catch(() => undefined);
    }
}
