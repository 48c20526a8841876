// The diagram's context menu: GLSP's context-menu module (right click → selection → item providers)
// calls this service to show the items. GLSP ships no browser menu of its own (Theia and VS Code bring
// theirs), so this is a small DOM menu: labels are text only, positions go through the CSSOM (the page's
// CSP forbids style attributes), and it closes on Escape, on a click elsewhere and when an item is chosen.
import { Action, Anchor, IActionDispatcher, IContextMenuService, MenuItem, TYPES } from '@eclipse-glsp/client';
import { inject, injectable } from 'inversify';
import { el } from '../ui/dom';

/** The one open menu of the page (opening another, in any diagram, closes it). */
let openMenu: { close: () => void } | undefined;

export function closeContextMenu(): void {
    openMenu?.close();
}

@injectable()
export class ContextMenuService implements IContextMenuService {
    @inject(TYPES.IActionDispatcher) protected dispatcher!: IActionDispatcher;

    show(items: MenuItem[], anchor: Anchor, onHide?: () => void): void {
        closeContextMenu();
        const visible = items.filter(item => item.isVisible?.() ?? true);
        if (visible.length === 0) {
            onHide?.();
            return;
        }
        const menu = el('div', { className: 'context-menu', role: 'menu', 'aria-label': 'Diagram actions', tabindex: -1 });
        const entries: HTMLButtonElement[] = [];
        let group: string | undefined;
        for (const item of sortItems(visible)) {
            if (entries.length > 0 && item.group !== group) {
                menu.append(el('div', { className: 'context-menu-separator', role: 'separator' }));
            }
            group = item.group;
            const enabled = item.isEnabled?.() ?? true;
            const entry = el('button', { type: 'button', role: 'menuitem', className: 'context-menu-item', 'data-menu-item': item.id, disabled: !enabled });
            entry.append(el('span', { className: 'label', text: item.label }));
            entry.addEventListener('click', event => {
                event.preventDefault();
                // the diagram gets the focus back (its keys: Delete, Ctrl+Z…); Properties then takes it
                close(true);
                void this.dispatcher.dispatchAll(actionsOf(item));
            });
            entries.push(entry);
            menu.append(entry);
        }

        const onPointerDown = (event: Event): void => {
            if (!(event.target instanceof Node && menu.contains(event.target))) {
                close();
            }
        };
        const onKey = (event: KeyboardEvent): void => {
            if (event.key === 'Escape') {
                event.preventDefault();
                event.stopPropagation();
                close(true);
            } else if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
                event.preventDefault();
                moveFocus(entries, event.key === 'ArrowDown' ? 1 : -1);
            }
        };
        const onBlur = (): void => close();
        let closed = false;
        const close = (refocus = false): void => {
            if (closed) {
                return;
            }
            closed = true;
            document.removeEventListener('pointerdown', onPointerDown, true);
            document.removeEventListener('keydown', onKey, true);
            window.removeEventListener('blur', onBlur);
            window.removeEventListener('resize', onBlur);
            menu.remove();
            if (openMenu?.close === close) {
                openMenu = undefined;
            }
            if (refocus) {
                onHide?.();
            }
        };
        openMenu = { close };
        // capture phase: the diagram's own listeners must not swallow the click that closes the menu
        document.addEventListener('pointerdown', onPointerDown, true);
        document.addEventListener('keydown', onKey, true);
        window.addEventListener('blur', onBlur);
        window.addEventListener('resize', onBlur);

        document.body.append(menu);
        place(menu, anchor);
        (entries.find(entry => !entry.disabled) ?? menu).focus();
    }
}

function actionsOf(item: MenuItem): Action[] {
    return item.actions ?? [];
}

function sortItems(items: MenuItem[]): MenuItem[] {
    // items keep their providers' order within a group; groups in the order they first appear
    const groups: string[] = [];
    for (const item of items) {
        if (!groups.includes(item.group ?? '')) {
            groups.push(item.group ?? '');
        }
    }
    return [...items].sort((a, b) => groups.indexOf(a.group ?? '') - groups.indexOf(b.group ?? '') || (a.sortString ?? '').localeCompare(b.sortString ?? ''));
}

function moveFocus(entries: HTMLButtonElement[], step: number): void {
    const enabled = entries.filter(entry => !entry.disabled);
    if (enabled.length === 0) {
        return;
    }
    const current = enabled.indexOf(document.activeElement as HTMLButtonElement);
    enabled[(current + step + enabled.length) % enabled.length].focus();
}

/** At the pointer, kept inside the window. */
function place(menu: HTMLElement, anchor: Anchor): void {
    const x = anchor instanceof MouseEvent ? anchor.clientX : anchor.x;
    const y = anchor instanceof MouseEvent ? anchor.clientY : anchor.y;
    const { width, height } = menu.getBoundingClientRect();
    menu.style.left = `${Math.max(0, Math.min(x, window.innerWidth - width - 4))}px`;
    menu.style.top = `${Math.max(0, Math.min(y, window.innerHeight - height - 4))}px`;
}
