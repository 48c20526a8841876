// The tool palette's own column beside the canvas. GLSP puts its palette inside the diagram's base div,
// floating over the canvas corner where it hides elements; the dock moves it next to the canvas and can
// collapse it to a narrow strip. The canvas (the base div) then never lies under the palette, so Fit,
// which fits into the base div's bounds, leaves the palette out by itself.
import { Action, Bounds, InitializeCanvasBoundsAction } from '@eclipse-glsp/client';
import { el, icon } from '../ui/dom';

export class PaletteDock {
    readonly element: HTMLElement;
    private readonly body: HTMLElement;
    private readonly toggle: HTMLButtonElement;
    private readonly mutations: MutationObserver;
    private readonly resizes: ResizeObserver;

    private observedBase?: HTMLElement;

    /**
     * `host` holds the base div and the dock; `dispatch` tells the diagram its canvas' new bounds when the
     * dock or the window changes size.
     */
    constructor(private readonly host: HTMLElement, dispatch: (action: Action) => void) {
        this.toggle = el('button', { type: 'button', className: 'icon-only palette-toggle', 'data-action': 'toggle-palette' });
        this.toggle.addEventListener('click', () => this.setCollapsed(!this.collapsed));
        this.body = el('div', { className: 'palette-dock-body' });
        this.element = el('aside', { className: 'palette-dock', 'aria-label': 'Tool palette' }, this.toggle, this.body);
        this.setCollapsed(false);

        this.mutations = new MutationObserver(() => this.follow());
        // sprotty only re-reads the canvas bounds on window resize; the dock changes them without one
        this.resizes = new ResizeObserver(entries => {
            const rect = entries[entries.length - 1].target.getBoundingClientRect();
            if (rect.width > 0 && rect.height > 0) {
                const bounds: Bounds = { x: rect.left + window.scrollX, y: rect.top + window.scrollY, width: rect.width, height: rect.height };
                dispatch(InitializeCanvasBoundsAction.create(bounds));
            }
        });
        this.follow();
    }

    get collapsed(): boolean {
        return this.element.classList.contains('collapsed');
    }

    setCollapsed(collapsed: boolean): void {
        this.element.classList.toggle('collapsed', collapsed);
        const label = collapsed ? 'Show palette' : 'Hide palette';
        this.toggle.replaceChildren(icon(collapsed ? 'tools' : 'chevron-right'), el('span', { className: 'label', text: label }));
        this.toggle.title = label;
        this.toggle.setAttribute('aria-expanded', String(!collapsed));
    }

    /**
     * sprotty's first render replaces the base div by its own element (same id), so the observers follow
     * whichever base div the host holds now; GLSP inserts its palette into that div.
     */
    private follow(): void {
        const base = this.host.querySelector<HTMLElement>(':scope > .diagram-base');
        if (base && base !== this.observedBase) {
            this.mutations.disconnect();
            this.mutations.observe(this.host, { childList: true });
            this.mutations.observe(base, { childList: true });
            if (this.observedBase) {
                this.resizes.unobserve(this.observedBase);
            }
            this.resizes.observe(base);
            this.observedBase = base;
        }
        // GLSP keeps a reference to its container element, so it may live anywhere in the document
        const palette = base && [...base.children].find(child => child.classList.contains('tool-palette'));
        if (palette) {
            this.body.append(palette);
        }
    }

    dispose(): void {
        this.mutations.disconnect();
        this.resizes.disconnect();
    }
}
