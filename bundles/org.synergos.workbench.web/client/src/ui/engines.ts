// Bottom panel: installed engines (GET /api/engines), run on the open model with progress and
// cancel, results as tables (synergosEngineResult).
import { EngineEntry, listEngines } from '../api';
import { EngineResultAction, EngineResultJson, ResultTableJson } from '../diagram/actions';
import { button, clear, el } from './dom';
import { openPluginsDialog } from './plugins';
import { cellText, tableTsv } from './format';

export interface EnginesListener {
    run(engineId: string, options: Record<string, unknown>): string | undefined;
    cancel(requestId: string): void;
    status(message: string, severity?: 'info' | 'error'): void;
}

interface ParameterJson {
    key: string;
    label?: string;
    description?: string;
    type: 'INTEGER' | 'DECIMAL' | 'BOOLEAN' | 'CHOICE' | 'TEXT' | string;
    defaultValue?: string;
    choices?: string[];
    minimum?: number;
    maximum?: number;
}

export class EnginesPanel {
    readonly element: HTMLElement;
    private readonly select: HTMLSelectElement;
    private readonly parameters: HTMLElement;
    private readonly progress: HTMLProgressElement;
    private readonly progressText: HTMLElement;
    private readonly runButton: HTMLButtonElement;
    private readonly cancelButton: HTMLButtonElement;
    private readonly results: HTMLElement;
    private readonly unavailable: HTMLElement;
    private engines: EngineEntry[] = [];
    private running?: string;

    constructor(private readonly listener: EnginesListener) {
        this.select = el('select', { name: 'engine', 'aria-label': 'Engine', 'data-role': 'engine-select' });
        this.select.addEventListener('change', () => this.showParameters());
        this.parameters = el('div', { className: 'engine-parameters' });
        this.progress = el('progress', { max: 1, value: 0, className: 'engine-progress', hidden: true });
        this.progressText = el('span', { className: 'progress-text', role: 'status' });
        this.runButton = button('Run', 'play', () => this.run(), { 'data-action': 'run-engine' });
        this.cancelButton = button('Cancel', 'debug-stop', () => this.cancel(), { 'data-action': 'cancel-engine', disabled: true });
        this.results = el('div', { className: 'engine-results', 'data-role': 'engine-results' });
        this.unavailable = el('div', { className: 'engine-unavailable', 'data-role': 'unavailable-plugins', role: 'alert' });
        this.element = el(
            'section',
            { className: 'panel engines', 'aria-label': 'Engines' },
            el(
                'header',
                { className: 'panel-header' },
                el('span', { text: 'Analyses' }),
                this.select,
                this.runButton,
                this.cancelButton,
                button('Plugins', 'extensions', () => openPluginsDialog(() => setTimeout(() => void this.refresh(), 1500)), {
                    'data-action': 'plugins'
                }),
                this.progress,
                this.progressText
            ),
            this.unavailable,
            this.parameters,
            this.results
        );
    }

    async refresh(): Promise<void> {
        try {
            const listing = await listEngines();
            this.engines = listing.engines;
            clear(this.unavailable);
            for (const plugin of listing.unavailable) {
                this.unavailable.append(
                    el('p', {
                        className: 'plugin-problem',
                        text: `Plugin ${plugin.symbolicName} ${plugin.version} cannot run: ${plugin.problems.join('; ')}`
                    })
                );
            }
        } catch (error) {
            this.listener.status(`Could not list the engines: ${(error as Error).message}`, 'error');
            return;
        }
        const previous = this.select.value;
        clear(this.select);
        for (const engine of this.engines) {
            this.select.append(el('option', { value: engine.id, text: `${engine.name} (${engine.id})` }));
        }
        if (this.engines.some(engine => engine.id === previous)) {
            this.select.value = previous;
        }
        this.showParameters();
    }

    private showParameters(): void {
        clear(this.parameters);
        const engine = this.engines.find(candidate => candidate.id === this.select.value);
        const parameters = (engine?.parameters as ParameterJson[] | undefined) ?? [];
        if (engine?.description) {
            this.parameters.append(el('p', { className: 'engine-description', text: String(engine.description) }));
        }
        for (const parameter of parameters) {
            const id = `engine-param-${parameter.key}`;
            let input: HTMLInputElement | HTMLSelectElement;
            if (parameter.type === 'BOOLEAN') {
                input = el('input', { id, type: 'checkbox', 'data-key': parameter.key, 'data-type': parameter.type });
                (input as HTMLInputElement).checked = parameter.defaultValue === 'true';
            } else if (parameter.type === 'CHOICE') {
                input = el('select', { id, 'data-key': parameter.key, 'data-type': parameter.type });
                for (const choice of parameter.choices ?? []) {
                    input.append(el('option', { value: choice, text: choice }));
                }
                input.value = parameter.defaultValue ?? '';
            } else {
                const numeric = parameter.type === 'INTEGER' || parameter.type === 'DECIMAL';
                input = el('input', {
                    id,
                    type: numeric ? 'number' : 'text',
                    step: parameter.type === 'INTEGER' ? 1 : 'any',
                    'data-key': parameter.key,
                    'data-type': parameter.type,
                    size: 10
                });
                input.value = parameter.defaultValue ?? '';
            }
            input.dataset.default = parameter.defaultValue ?? '';
            this.parameters.append(
                el('label', { className: 'engine-parameter', title: parameter.description ?? '' }, parameter.label ?? parameter.key, input)
            );
        }
    }

    private options(): Record<string, unknown> {
        const options: Record<string, unknown> = {};
        this.parameters.querySelectorAll<HTMLInputElement | HTMLSelectElement>('[data-key]').forEach(input => {
            const key = input.dataset.key!;
            const value = input instanceof HTMLInputElement && input.type === 'checkbox' ? String(input.checked) : input.value;
            if (value !== (input.dataset.default ?? '')) {
                const type = input.dataset.type;
                options[key] =
                    type === 'INTEGER' || type === 'DECIMAL' ? Number(value) : type === 'BOOLEAN' ? value === 'true' : value;
            }
        });
        return options;
    }

    private run(): void {
        if (!this.select.value) {
            return;
        }
        const requestId = this.listener.run(this.select.value, this.options());
        if (requestId) {
            this.running = requestId;
            this.runButton.disabled = true;
            this.cancelButton.disabled = false;
            this.progress.hidden = false;
            this.progress.removeAttribute('value');
            this.progressText.textContent = `Running ${this.select.value}…`;
        }
    }

    private cancel(): void {
        if (this.running) {
            this.listener.cancel(this.running);
            this.progressText.textContent = 'Cancelling…';
        }
    }

    startProgress(progressId: string, title: string, message?: string, percentage?: number): void {
        if (progressId !== this.running) {
            // only the progress of this panel's run (model loading etc. report progress too)
            return;
        }
        this.progress.hidden = false;
        this.updateProgress(progressId, message ?? title, percentage);
    }

    updateProgress(progressId: string, message?: string, percentage?: number): void {
        if (progressId !== this.running) {
            // only the progress of this panel's run (model loading etc. report progress too)
            return;
        }
        if (percentage !== undefined && percentage !== null && percentage >= 0) {
            this.progress.max = 100;
            this.progress.value = percentage;
        } else {
            this.progress.removeAttribute('value');
        }
        if (message) {
            this.progressText.textContent = message;
        }
    }

    endProgress(progressId: string, message?: string): void {
        if (progressId !== this.running) {
            // only the progress of this panel's run (model loading etc. report progress too)
            return;
        }
        this.progress.hidden = true;
        if (message) {
            this.progressText.textContent = message;
        }
    }

    /** The run ended (any status) or the diagram closed. */
    finished(): void {
        this.running = undefined;
        this.runButton.disabled = false;
        this.cancelButton.disabled = true;
        this.progress.hidden = true;
    }

    showResult(action: EngineResultAction): void {
        if (this.running && action.requestId !== this.running) {
            return;
        }
        this.finished();
        this.progressText.textContent = `${action.engineId}: ${action.status}`;
        clear(this.results);
        this.results.dataset.status = action.status;
        this.results.dataset.engine = action.engineId;
        this.results.append(el('h3', { className: `result-status status-${action.status.toLowerCase()}`, text: `${action.engineId} — ${action.status}` }));
        const result: EngineResultJson | undefined = action.result;
        if (!result) {
            return;
        }
        const messages = result.messages ?? [];
        if (messages.length > 0) {
            const list = el('ul', { className: 'result-messages' });
            for (const message of messages) {
                const where = [message.location, message.elementId].filter(part => part).join(' · ');
                list.append(
                    el(
                        'li',
                        { className: `message severity-${String(message.severity).toLowerCase()}` },
                        el('strong', { text: `${message.severity}: ` }),
                        message.text,
                        where ? el('span', { className: 'where', text: ` [${where}]` }) : undefined
                    )
                );
            }
            this.results.append(list);
        }
        for (const table of result.tables ?? []) {
            this.results.append(this.table(table));
        }
        const provenance = Object.entries(result.provenance ?? {});
        if (provenance.length > 0) {
            const details = el('details', { className: 'provenance' }, el('summary', { text: 'Provenance' }));
            const list = el('dl');
            for (const [key, value] of provenance) {
                list.append(el('dt', { text: key }), el('dd', { text: value }));
            }
            details.append(list);
            this.results.append(details);
        }
    }

    private table(table: ResultTableJson): HTMLElement {
        const head = el('tr');
        for (const column of table.columns) {
            head.append(el('th', { scope: 'col', text: column.unit ? `${column.label ?? column.id} (${column.unit})` : column.label ?? column.id }));
        }
        const body = el('tbody');
        for (const row of table.rows) {
            const tr = el('tr');
            row.forEach((cell, index) => {
                const column = table.columns[index] ?? { format: 'TEXT' };
                tr.append(el('td', { className: typeof cell === 'number' ? 'number' : 'text', text: cellText(column, cell) }));
            });
            body.append(tr);
        }
        const copy = button('Copy', 'copy', () => void copyTable(table, copy), {
            className: 'copy-table',
            'data-action': 'copy-table',
            title: 'Copy the table as tab-separated text, to paste into Excel or Word'
        });
        const figure = el(
            'figure',
            { className: 'result-table', 'data-table': table.id },
            el('figcaption', { text: table.title ?? table.id }, copy),
            el('table', {}, el('thead', {}, head), body)
        );
        for (const note of table.notes ?? []) {
            figure.append(el('p', { className: 'table-note', text: note }));
        }
        return figure;
    }
}

/** Puts the table on the clipboard as TSV; the button says whether it worked. */
async function copyTable(table: ResultTableJson, source: HTMLButtonElement): Promise<void> {
    const label = source.querySelector('.label');
    try {
        await navigator.clipboard.writeText(tableTsv(table));
        if (label) {
            label.textContent = 'Copied';
        }
    } catch (error) {
        if (label) {
            label.textContent = 'Copy failed';
        }
        source.title = `The clipboard refused the table: ${error instanceof Error ? error.message : String(error)}`;
    }
    setTimeout(() => {
        if (label) {
            label.textContent = 'Copy';
        }
    }, 2000);
}
