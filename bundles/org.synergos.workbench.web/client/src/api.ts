// HTTP side of the workbench protocol (docs/workbench-protocol.md). Same origin; the token cookie
// set on the first visit authenticates every request.

export interface DiagramKind {
    id: string;
    label: string;
}

export interface WorkbenchInfo {
    glspUrl: string;
    workspace: string;
    version: string;
    diagramKinds: DiagramKind[];
}

export interface WorkspaceFile {
    path: string;
    kind: 'model' | 'data' | 'other' | string;
    size?: number;
}

export interface EngineEntry {
    id: string;
    name: string;
    version?: string;
    bundle?: string;
    [key: string]: unknown;
}

export class HttpError extends Error {
    constructor(readonly status: number, message: string) {
        super(message);
    }
}

async function json<T>(response: Response): Promise<T> {
    const text = await response.text();
    let body: unknown = undefined;
    try {
        body = text ? JSON.parse(text) : undefined;
    } catch {
        body = undefined;
    }
    if (!response.ok) {
        const message =
            body && typeof body === 'object' && typeof (body as { error?: unknown }).error === 'string'
                ? (body as { error: string }).error
                : `${response.status} ${response.statusText}`;
        throw new HttpError(response.status, message);
    }
    return body as T;
}

const options: RequestInit = { credentials: 'same-origin', headers: { Accept: 'application/json' } };

export async function workbenchInfo(): Promise<WorkbenchInfo> {
    return json<WorkbenchInfo>(await fetch('/api/workbench', options));
}

export async function listFiles(): Promise<WorkspaceFile[]> {
    const answer = await json<{ files: WorkspaceFile[] }>(await fetch('/api/files', options));
    return answer.files ?? [];
}

/** A plugin bundle that is installed but cannot run, with what it lacks. */
export interface UnavailablePlugin {
    symbolicName: string;
    version: string;
    location: string;
    problems: string[];
}

export interface EngineListing {
    engines: EngineEntry[];
    unavailable: UnavailablePlugin[];
}

export async function listEngines(): Promise<EngineListing> {
    const answer = await json<Partial<EngineListing>>(await fetch('/api/engines', options));
    return { engines: answer.engines ?? [], unavailable: answer.unavailable ?? [] };
}

export async function createModel(path: string, name: string): Promise<string> {
    const answer = await json<{ path: string }>(
        await fetch('/api/models', {
            method: 'POST',
            credentials: 'same-origin',
            headers: { Accept: 'application/json', 'Content-Type': 'application/json' },
            body: JSON.stringify({ path, name })
        })
    );
    return answer.path ?? path;
}

/** A plugin bundle in the distribution's plugins/ folder. */
export interface PluginEntry {
    symbolicName: string;
    version: string;
    file: string;
    state: string;
    engines: string[];
    problems: string[];
}

export async function listPlugins(): Promise<PluginEntry[]> {
    const answer = await json<{ plugins?: PluginEntry[] }>(await fetch('/api/plugins', options));
    return answer.plugins ?? [];
}

async function changePlugins<T>(body: unknown): Promise<T> {
    return json<T>(
        await fetch('/api/plugins', {
            method: 'POST',
            credentials: 'same-origin',
            headers: { Accept: 'application/json', 'Content-Type': 'application/json' },
            body: JSON.stringify(body)
        })
    );
}

/** Uploads a bundle JAR; the server resolves it first and refuses it, naming what it lacks. */
export async function installPlugin(file: File): Promise<PluginEntry[]> {
    const bytes = new Uint8Array(await file.arrayBuffer());
    let binary = '';
    for (let i = 0; i < bytes.length; i += 0x8000) {
        binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
    }
    const answer = await changePlugins<{ installed: PluginEntry[] }>({ install: { fileName: file.name, content: btoa(binary) } });
    return answer.installed;
}

export async function removePlugin(id: string): Promise<PluginEntry> {
    const answer = await changePlugins<{ removed: PluginEntry }>({ remove: id });
    return answer.removed;
}

/** Creates FOLDER/model.synergos from lavaan syntax, with a workspace CSV file as data and a cb-sem analysis. */
export async function importLavaan(syntax: string, name: string, folder: string, data?: string): Promise<string> {
    const answer = await json<{ path: string }>(
        await fetch('/api/lavaan', {
            method: 'POST',
            credentials: 'same-origin',
            headers: { Accept: 'application/json', 'Content-Type': 'application/json' },
            body: JSON.stringify({ syntax, name, folder, data: data ?? '' })
        })
    );
    return answer.path;
}

/** Where the browser downloads a model's lavaan syntax (same-origin; the token cookie authenticates it). */
export function lavaanExportUrl(modelPath: string): string {
    return `/api/lavaan?model=${encodeURIComponent(modelPath)}`;
}

/** One column of a data source as GET /api/data describes it. */
export interface DataColumnInfo {
    name: string;
    type: 'numeric' | 'text' | string;
    n: number;
    missing: number;
    label: string;
    min?: number;
    max?: number;
    mean?: number;
    histogram?: { edges: number[]; counts: number[] };
    distinct?: number;
}

export interface DataSourceInfo {
    id: string;
    name: string;
    path: string;
    format?: string;
    rows?: number;
    columns?: DataColumnInfo[];
    /** why the file could not be read (names file and line) */
    error?: string;
}

/** The columns of a model's data sources (as saved; `file` previews another file for `source`). */
export async function dataColumns(modelPath: string, source?: string, file?: string): Promise<DataSourceInfo[]> {
    const query = new URLSearchParams({ model: modelPath });
    if (source) {
        query.set('source', source);
    }
    if (file) {
        query.set('file', file);
    }
    const answer = await json<{ sources?: DataSourceInfo[] }>(await fetch(`/api/data?${query.toString()}`, options));
    return answer.sources ?? [];
}
