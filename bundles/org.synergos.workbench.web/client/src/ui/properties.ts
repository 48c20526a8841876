// Right panel: properties of the selected element (synergosSetProperties), edits as
// synergosSetProperty (one undoable command each).
import { PropertyDescriptor, SetPropertiesAction, SetPropertyAction } from '../diagram/actions';
import { clear, el } from './dom';

export interface PropertySheetListener {
    setProperty(action: SetPropertyAction): void;
    dataFiles(): string[];
}

export class PropertySheet {
    readonly element: HTMLElement;
    private readonly body: HTMLElement;
    private readonly title: HTMLElement;
    /** the element whose sheet takes the focus when it arrives (the context menu's Properties) */
    private focusPending?: string;

    constructor(private readonly listener: PropertySheetListener) {
        this.title = el('span', { className: 'property-title', text: 'Properties' });
        this.body = el('div', { className: 'property-body' }, el('p', { className: 'hint', text: 'Select an element of a diagram.' }));
        this.element = el(
            'section',
            { className: 'panel properties', 'aria-label': 'Properties' },
            el('header', { className: 'panel-header' }, this.title),
            this.body
        );
    }

    clear(): void {
        this.title.textContent = 'Properties';
        clear(this.body);
        this.body.append(el('p', { className: 'hint', text: 'Open a diagram and select an element.' }));
        delete this.element.dataset.elementId;
    }

    show(action: SetPropertiesAction): void {
        this.title.textContent = `Properties — ${action.eClass ?? ''}`;
        this.element.dataset.elementId = action.elementId;
        clear(this.body);
        const form = el('form', { className: 'property-form' });
        form.addEventListener('submit', event => event.preventDefault());
        for (const property of action.properties ?? []) {
            form.append(this.row(action.elementId, property));
        }
        if ((action.properties ?? []).length === 0) {
            form.append(el('p', { className: 'hint', text: 'This element has no editable properties.' }));
        }
        this.body.append(form);
        if (this.focusPending === action.elementId) {
            this.focusPending = undefined;
            this.focusFirstField();
        }
    }

    /** Puts the focus into the sheet of `elementId` now if it is shown, and again when a fresh sheet arrives. */
    focusFor(elementId: string): void {
        this.focusPending = elementId;
        if (this.element.dataset.elementId === elementId) {
            this.focusFirstField();
        }
    }

    private focusFirstField(): void {
        const field = this.body.querySelector<HTMLElement>('input:not([disabled]):not([readonly]), select:not([disabled]), textarea:not([disabled]):not([readonly])');
        field?.focus();
    }

    private row(elementId: string, property: PropertyDescriptor): HTMLElement {
        const id = `prop-${property.name}`;
        const commit = (value: SetPropertyAction['value']): void =>
            this.listener.setProperty({ kind: 'synergosSetProperty', elementId, name: property.name, value });
        const editor = this.editor(id, property, commit);
        return el(
            'div',
            { className: `property property-${property.type}`, 'data-property': property.name },
            el('label', { for: id, text: property.label || property.name }),
            editor
        );
    }

    private editor(id: string, property: PropertyDescriptor, commit: (value: SetPropertyAction['value']) => void): HTMLElement {
        const readOnly = property.readOnly === true;
        const value = property.value;
        switch (property.type) {
            case 'boolean': {
                const input = el('input', { id, type: 'checkbox', name: property.name, disabled: readOnly });
                input.checked = value === true || value === 'true';
                input.addEventListener('change', () => commit(input.checked));
                return input;
            }
            case 'enum':
            case 'reference': {
                const select = el('select', { id, name: property.name, disabled: readOnly, multiple: property.many === true });
                const selected = new Set(Array.isArray(value) ? value.map(String) : value === null || value === undefined ? [] : [String(value)]);
                if (!property.many) {
                    select.append(el('option', { value: '', text: '—' }));
                }
                for (const choice of property.choices ?? []) {
                    const option = el('option', { value: choice.value, text: choice.label || choice.value });
                    option.selected = selected.has(choice.value);
                    select.append(option);
                }
                select.addEventListener('change', () => {
                    if (property.many) {
                        commit(Array.from(select.selectedOptions).map(option => option.value));
                    } else {
                        commit(select.value === '' ? null : select.value);
                    }
                });
                return select;
            }
            case 'text':
            case 'string':
            case 'int':
            case 'double':
                if (property.many) {
                    // a list of values: one per line
                    const area = el('textarea', { id, name: property.name, rows: 3, disabled: readOnly, title: 'one value per line' });
                    area.value = Array.isArray(value) ? value.map(String).join('\n') : value === null || value === undefined ? '' : String(value);
                    area.addEventListener('change', () => {
                        const items = area.value.split('\n').map(item => item.trim()).filter(item => item.length > 0);
                        commit(property.type === 'int' || property.type === 'double' ? items.map(Number) : items);
                    });
                    return area;
                }
                return this.singleValueEditor(id, property, commit);
            default:
                return this.singleValueEditor(id, property, commit);
        }
    }

    private singleValueEditor(id: string, property: PropertyDescriptor, commit: (value: SetPropertyAction['value']) => void): HTMLElement {
        const readOnly = property.readOnly === true;
        const value = property.value;
        switch (property.type) {
            case 'text': {
                const area = el('textarea', { id, name: property.name, rows: 3, disabled: readOnly });
                area.value = value === null || value === undefined ? '' : String(value);
                area.addEventListener('change', () => commit(area.value));
                return area;
            }
            case 'int':
            case 'double': {
                const input = el('input', {
                    id,
                    type: 'number',
                    name: property.name,
                    step: property.type === 'int' ? 1 : 'any',
                    disabled: readOnly
                });
                input.value = value === null || value === undefined ? '' : String(value);
                input.addEventListener('change', () => {
                    if (input.value === '') {
                        commit(null);
                        return;
                    }
                    const number = property.type === 'int' ? Number.parseInt(input.value, 10) : Number.parseFloat(input.value);
                    if (Number.isFinite(number)) {
                        commit(number);
                    }
                });
                return input;
            }
            default: {
                const input = el('input', { id, type: 'text', name: property.name, disabled: readOnly, autocomplete: 'off' });
                input.value = value === null || value === undefined ? '' : Array.isArray(value) ? value.join(', ') : String(value);
                if (property.name === 'dataFile' || property.name === 'path') {
                    // the model's data file: a choice among the data files of the model's folder
                    const select = el('select', { id, name: property.name, disabled: readOnly, 'data-role': 'data-file-picker' });
                    const current = value === null || value === undefined ? '' : String(value);
                    const files = this.listener.dataFiles();
                    select.append(el('option', { value: '', text: '— choose a data file (CSV, XLSX) —' }));
                    for (const file of current && !files.includes(current) ? [current, ...files] : files) {
                        const option = el('option', { value: file, text: file });
                        option.selected = file === current;
                        select.append(option);
                    }
                    select.addEventListener('change', () => {
                        if (select.value !== '') {
                            commit(select.value);
                        }
                    });
                    return select;
                }
                if (/path|data|file/i.test(property.name)) {
                    // offer the workspace's data files
                    const listId = `${id}-files`;
                    const list = el('datalist', { id: listId });
                    for (const file of this.listener.dataFiles()) {
                        list.append(el('option', { value: file }));
                    }
                    input.setAttribute('list', listId);
                    const wrapper = el('div', { className: 'with-datalist' }, input, list);
                    input.addEventListener('change', () => commit(input.value));
                    return wrapper;
                }
                input.addEventListener('change', () => commit(input.value));
                return input;
            }
        }
    }
}
