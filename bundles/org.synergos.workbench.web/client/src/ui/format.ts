// Table cells as journals print them (APA 7), matching org.synergos.analysis.api.format.CellText.

export interface ColumnLike {
    format: string;
    decimals?: number;
}

/** Fixed decimals with half-up rounding of the decimal value; "-0.000" shows as "0.000". */
export function fixed(value: number, decimals: number): string {
    const text = roundHalfUp(value, decimals);
    return /^-0(\.0*)?$/.test(text) ? text.substring(1) : text;
}

function roundHalfUp(value: number, decimals: number): string {
    const negative = value < 0;
    const digits = Math.abs(value).toString();
    if (/e/i.test(digits)) {
        return (negative ? '-' : '') + Math.abs(value).toFixed(decimals);
    }
    const [whole, fraction = ''] = digits.split('.');
    if (fraction.length <= decimals) {
        const padded = decimals > 0 ? `${whole}.${fraction.padEnd(decimals, '0')}` : whole;
        return (negative ? '-' : '') + padded;
    }
    // integer arithmetic on the decimal digits
    let kept = BigInt(whole + fraction.substring(0, decimals));
    if (Number(fraction.charAt(decimals)) >= 5) {
        kept += 1n;
    }
    let text = kept.toString().padStart(decimals + 1, '0');
    if (decimals > 0) {
        text = `${text.substring(0, text.length - decimals)}.${text.substring(text.length - decimals)}`;
    }
    return (negative ? '-' : '') + text;
}

export function pValue(p: number, decimals: number): string {
    const smallest = Math.pow(10, -decimals);
    if (p < smallest) {
        return '< ' + fixed(smallest, decimals).replace(/^0/, '');
    }
    const text = fixed(p, decimals);
    return text.startsWith('0.') ? text.substring(1) : text;
}

export function cellText(column: ColumnLike, cell: unknown): string {
    if (cell === null || cell === undefined) {
        return '';
    }
    if (typeof cell !== 'number') {
        return String(cell);
    }
    if (!Number.isFinite(cell)) {
        return '';
    }
    const decimals = column.decimals ?? 3;
    switch (column.format) {
        case 'INTEGER':
            return String(Math.round(cell));
        case 'PERCENT':
            return fixed(cell * 100, decimals) + '%';
        case 'P_VALUE':
            return pValue(cell, decimals);
        case 'DECIMAL':
            return fixed(cell, decimals);
        default:
            return String(cell);
    }
}

/**
 * A table as tab-separated text, as Excel and Word paste it: the header row (labels with units), then the cells
 * as the page shows them. Tabs and line breaks inside a cell become spaces, so each row stays one line.
 */
export function tableTsv(table: {
    columns: { id: string; label?: string; unit?: string; format: string; decimals?: number }[];
    rows: (string | number | null)[][];
}): string {
    const clean = (text: string) => text.replace(/[\t\r\n]+/g, ' ');
    const header = table.columns.map(c => clean(c.unit ? `${c.label ?? c.id} (${c.unit})` : c.label ?? c.id));
    const rows = table.rows.map(row => row.map((cell, i) => clean(cellText(table.columns[i] ?? { format: 'TEXT' }, cell))));
    return [header, ...rows].map(cells => cells.join('\t')).join('\n') + '\n';
}
