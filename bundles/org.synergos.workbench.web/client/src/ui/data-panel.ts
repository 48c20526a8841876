// Right column, under the properties: the columns of the open model's data sources (GET /api/data) with
// type, n, missing count, label and a mini-histogram. Columns are dragged onto the diagram: onto a
// construct they become its indicators, onto the canvas a new reflective construct with them
// (synergosAddColumns, one undoable edit). Columns an indicator is bound to already are shown as used.
import { DataColumnInfo, DataSourceInfo, dataColumns } from '../api';
import { button, clear, el } from './dom';

/** The drag payload's media type: `{ source, columns }`. */
export const COLUMNS_MIME = 'application/x-synergos-columns';

export interface DataPanelListener {
    status(message: string, severity?: 'info' | 'error'): void;
}

const SVG = 'http://www.w3.org/2000/svg';

export class DataPanel {
    readonly element: HTMLElement;
    private readonly body: HTMLElement;
    private readonly title: HTMLElement;
    private modelPath?: string;
    private used = new Set<string>();
    private readonly selected = new Set<string>();

    constructor(private readonly listener: DataPanelListener) {
        this.title = el('span', { className: 'data-title', text: 'Data' });
        this.body = el('div', { className: 'data-body' }, el('p', { className: 'hint', text: 'Open a model to see its data columns.' }));
        this.element = el(
            'section',
            { className: 'panel data-panel', 'aria-label': 'Data' },
            el('header', { className: 'panel-header' }, this.title,
                button('Refresh', 'refresh', () => void this.refresh(), { 'data-action': 'refresh-data', className: 'icon-only' })),
            this.body
        );
    }

    /** Shows the data of `modelPath` (nothing for `undefined`). */
    async show(modelPath: string | undefined): Promise<void> {
        if (modelPath !== this.modelPath) {
            this.selected.clear();
        }
        this.modelPath = modelPath;
        await this.refresh();
    }

    async refresh(preview?: { source: string; file: string }): Promise<void> {
        const model = this.modelPath;
        if (!model) {
            clear(this.body);
            this.body.append(el('p', { className: 'hint', text: 'Open a model to see its data columns.' }));
            delete this.element.dataset.model;
            return;
        }
        let sources: DataSourceInfo[];
        try {
            sources = await dataColumns(model, preview?.source, preview?.file);
        } catch (error) {
            if (model === this.modelPath) {
                clear(this.body);
                this.body.append(el('p', { className: 'error', text: `No data for ${model}: ${(error as Error).message}` }));
            }
            return;
        }
        if (model !== this.modelPath) {
            return;
        }
        this.render(sources);
        this.element.dataset.model = model;
    }

    /** Columns bound to an indicator of the diagram: shown greyed as used. */
    markUsed(columns: Set<string>): void {
        this.used = columns;
        this.body.querySelectorAll<HTMLElement>('.data-column').forEach(row => {
            const used = columns.has(row.dataset.column ?? '');
            row.classList.toggle('used', used);
            row.dataset.used = String(used);
        });
    }

    private render(sources: DataSourceInfo[]): void {
        clear(this.body);
        if (sources.length === 0) {
            this.body.append(el('p', { className: 'hint', text: 'The model has no data source: choose its data file in the model\'s properties.' }));
            return;
        }
        for (const source of sources) {
            const header = el('div', { className: 'data-source', 'data-source': source.id, title: source.path },
                el('span', { className: 'data-source-name', text: source.name || source.id }),
                el('span', { className: 'data-source-file', text: `${source.path}${source.rows !== undefined ? ` · ${source.rows} rows` : ''}` }));
            this.body.append(header);
            if (source.error) {
                this.body.append(el('p', { className: 'error data-error', 'data-source': source.id, text: source.error }));
                continue;
            }
            const list = el('ul', { className: 'data-columns', 'data-source': source.id, 'aria-label': `Columns of ${source.name}` });
            for (const column of source.columns ?? []) {
                list.append(this.row(source, column));
            }
            this.body.append(list);
        }
        this.markUsed(this.used);
    }

    private row(source: DataSourceInfo, column: DataColumnInfo): HTMLElement {
        const key = `${source.id}\u0000${column.name}`;
        const summary = column.type === 'numeric'
            ? `n = ${column.n}${column.mean !== undefined ? `, M = ${format(column.mean)}, ${format(column.min)}–${format(column.max)}` : ''}`
            : `n = ${column.n}, ${column.distinct ?? 0} distinct`;
        const row = el(
            'li',
            {
                className: `data-column data-${column.type}${this.selected.has(key) ? ' selected' : ''}`,
                draggable: 'true',
                tabindex: 0,
                'data-column': column.name,
                'data-source': source.id,
                'data-type': column.type,
                'data-missing': column.missing,
                'data-n': column.n,
                title: `${column.name} (${column.type}): ${summary}; ${column.missing} missing. Drag onto a construct to add it as an indicator, onto the canvas for a new construct.`
            },
            el('span', { className: 'column-name', text: column.name }),
            el('span', { className: 'column-type', text: column.type === 'numeric' ? '123' : 'abc', title: column.type }),
            el('span', { className: 'column-missing', title: 'missing', text: column.missing > 0 ? `${column.missing} missing` : '' }),
            el('span', { className: 'column-label', 'data-role': 'label', text: column.label ?? '' }),
            histogram(column) ?? el('span', { className: 'column-summary', text: summary })
        );
        const toggle = (additive: boolean): void => {
            if (!additive) {
                const had = this.selected.has(key) && this.selected.size === 1;
                this.selected.clear();
                this.body.querySelectorAll('.data-column.selected').forEach(other => other.classList.remove('selected'));
                if (had) {
                    return;
                }
            }
            if (this.selected.has(key)) {
                this.selected.delete(key);
                row.classList.remove('selected');
            } else {
                this.selected.add(key);
                row.classList.add('selected');
            }
        };
        row.addEventListener('click', event => toggle(event.ctrlKey || event.metaKey || event.shiftKey));
        row.addEventListener('keydown', event => {
            if (event.key === ' ' || event.key === 'Enter') {
                event.preventDefault();
                toggle(true);
            }
        });
        row.addEventListener('dragstart', event => {
            // the selection of this source when the row is in it, else the row alone
            const columns = this.selected.has(key)
                ? [...this.body.querySelectorAll<HTMLElement>(`.data-column.selected[data-source="${cssEscape(source.id)}"]`)].map(r => r.dataset.column ?? '')
                : [column.name];
            event.dataTransfer?.setData(COLUMNS_MIME, JSON.stringify({ source: source.id, columns }));
            event.dataTransfer?.setData('text/plain', columns.join(', '));
            if (event.dataTransfer) {
                event.dataTransfer.effectAllowed = 'copy';
            }
        });
        return row;
    }
}

function format(value: number | undefined): string {
    if (value === undefined || !Number.isFinite(value)) {
        return '';
    }
    return Math.abs(value) >= 1000 || Number.isInteger(value) ? String(Math.round(value * 100) / 100) : value.toFixed(2);
}

/** An inline SVG of the column's histogram bins (numeric columns). */
function histogram(column: DataColumnInfo): SVGSVGElement | undefined {
    const counts = column.histogram?.counts;
    if (!counts || counts.length === 0) {
        return undefined;
    }
    const width = 60;
    const height = 16;
    const max = Math.max(...counts, 1);
    const svg = document.createElementNS(SVG, 'svg');
    svg.setAttribute('class', 'column-histogram');
    svg.setAttribute('width', String(width));
    svg.setAttribute('height', String(height));
    svg.setAttribute('viewBox', `0 0 ${width} ${height}`);
    svg.setAttribute('role', 'img');
    const edges = column.histogram?.edges ?? [];
    svg.setAttribute('aria-label', `histogram of ${column.name}: ${counts.join(', ')}`);
    svg.dataset.counts = counts.join(',');
    const barWidth = width / counts.length;
    counts.forEach((count, i) => {
        const bar = document.createElementNS(SVG, 'rect');
        const h = count === 0 ? 0 : Math.max(1, (count / max) * height);
        bar.setAttribute('x', String(i * barWidth + 0.5));
        bar.setAttribute('y', String(height - h));
        bar.setAttribute('width', String(Math.max(barWidth - 1, 1)));
        bar.setAttribute('height', String(h));
        const title = document.createElementNS(SVG, 'title');
        title.textContent = `[${format(edges[i])}, ${format(edges[i + 1])}${i === counts.length - 1 ? ']' : ')'}: ${count}`;
        bar.append(title);
        svg.append(bar);
    });
    return svg;
}

function cssEscape(value: string): string {
    return typeof CSS !== 'undefined' && CSS.escape ? CSS.escape(value) : value.replace(/["\\]/g, '\\$&');
}
