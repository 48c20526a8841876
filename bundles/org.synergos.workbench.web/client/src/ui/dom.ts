// DOM helpers. Text from models, results and the server only ever reaches the page through
// textContent or attribute values, never through innerHTML.

type Attributes = Record<string, string | number | boolean | undefined>;

export function el<K extends keyof HTMLElementTagNameMap>(
    tag: K,
    attributes: Attributes = {},
    ...children: (Node | string | undefined)[]
): HTMLElementTagNameMap[K] {
    const element = document.createElement(tag);
    for (const [name, value] of Object.entries(attributes)) {
        if (value === undefined || value === false) {
            continue;
        }
        if (name === 'text') {
            element.textContent = String(value);
        } else if (name === 'className') {
            element.className = String(value);
        } else {
            element.setAttribute(name, value === true ? '' : String(value));
        }
    }
    for (const child of children) {
        if (child === undefined) {
            continue;
        }
        element.append(typeof child === 'string' ? document.createTextNode(child) : child);
    }
    return element;
}

export function clear(element: Element): void {
    while (element.firstChild) {
        element.removeChild(element.firstChild);
    }
}

export function icon(name: string): HTMLElement {
    return el('span', { className: `codicon codicon-${name}`, 'aria-hidden': 'true' });
}

export function button(label: string, iconName: string | undefined, onClick: () => void, attributes: Attributes = {}): HTMLButtonElement {
    const b = el('button', { type: 'button', title: label, ...attributes });
    if (iconName) {
        b.append(icon(iconName));
    }
    b.append(el('span', { className: 'label', text: label }));
    b.addEventListener('click', event => {
        event.preventDefault();
        onClick();
    });
    return b;
}

/** Saves a blob as a download named `name`. */
export function download(blob: Blob, name: string): void {
    const url = URL.createObjectURL(blob);
    const link = el('a', { href: url, download: name });
    link.style.display = 'none';
    document.body.append(link);
    link.click();
    setTimeout(() => {
        link.remove();
        URL.revokeObjectURL(url);
    }, 1000);
}
