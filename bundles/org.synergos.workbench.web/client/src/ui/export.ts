// SVG and PNG export of the server's standalone SVG (synergosSvgExported).
import { download } from './dom';

export function downloadSvg(svg: string, baseName: string): void {
    download(new Blob([svg], { type: 'image/svg+xml;charset=utf-8' }), `${baseName}.svg`);
}

function dimensions(svg: string): { width: number; height: number } {
    const document = new DOMParser().parseFromString(svg, 'image/svg+xml');
    const root = document.documentElement;
    const number = (value: string | null): number => {
        const parsed = value ? Number.parseFloat(value) : NaN;
        return Number.isFinite(parsed) && parsed > 0 ? parsed : NaN;
    };
    let width = number(root.getAttribute('width'));
    let height = number(root.getAttribute('height'));
    const viewBox = (root.getAttribute('viewBox') ?? '').split(/[\s,]+/).map(Number);
    if ((!Number.isFinite(width) || !Number.isFinite(height)) && viewBox.length === 4) {
        width = viewBox[2];
        height = viewBox[3];
    }
    return { width: Number.isFinite(width) ? width : 800, height: Number.isFinite(height) ? height : 600 };
}

/** Renders the SVG through an image into a canvas (2× for print quality) and downloads a PNG. */
export async function downloadPng(svg: string, baseName: string, scale = 2): Promise<void> {
    const { width, height } = dimensions(svg);
    const url = URL.createObjectURL(new Blob([svg], { type: 'image/svg+xml;charset=utf-8' }));
    try {
        const image = new Image();
        image.decoding = 'async';
        await new Promise<void>((resolve, reject) => {
            image.onload = () => resolve();
            image.onerror = () => reject(new Error('the browser could not render the exported SVG'));
            image.src = url;
        });
        const canvas = document.createElement('canvas');
        canvas.width = Math.ceil(width * scale);
        canvas.height = Math.ceil(height * scale);
        const context = canvas.getContext('2d');
        if (!context) {
            throw new Error('no 2D canvas');
        }
        context.fillStyle = '#ffffff';
        context.fillRect(0, 0, canvas.width, canvas.height);
        context.drawImage(image, 0, 0, canvas.width, canvas.height);
        const blob = await new Promise<Blob>((resolve, reject) =>
            canvas.toBlob(result => (result ? resolve(result) : reject(new Error('PNG encoding failed'))), 'image/png')
        );
        download(blob, `${baseName}.png`);
    } finally {
        URL.revokeObjectURL(url);
    }
}
