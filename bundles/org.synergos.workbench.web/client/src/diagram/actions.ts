// Synergos' custom GLSP action kinds (docs/workbench-protocol.md, "Synergos actions").
import { Action, FitToScreenAction } from '@eclipse-glsp/client';

/** Fit: the whole diagram in the canvas (which leaves out the palette's column), never above 100 %. */
export function fitAction(): FitToScreenAction {
    return FitToScreenAction.create([], { padding: 24, maxZoom: 1, animate: false });
}

export type PropertyType = 'string' | 'text' | 'int' | 'double' | 'boolean' | 'enum' | 'reference';

export interface PropertyChoice {
    value: string;
    label: string;
}

export interface PropertyDescriptor {
    name: string;
    label: string;
    type: PropertyType;
    value: unknown;
    choices?: PropertyChoice[];
    readOnly?: boolean;
    many?: boolean;
}

export interface RequestPropertiesAction extends Action {
    kind: 'synergosRequestProperties';
    elementId: string;
}

export interface SetPropertiesAction extends Action {
    kind: 'synergosSetProperties';
    elementId: string;
    eClass: string;
    properties: PropertyDescriptor[];
}

export interface SetPropertyAction extends Action {
    kind: 'synergosSetProperty';
    elementId: string;
    name: string;
    value: string | number | boolean | string[] | number[] | null;
}

export interface RunEngineAction extends Action {
    kind: 'synergosRunEngine';
    requestId: string;
    engineId: string;
    options?: Record<string, unknown>;
}

export interface CancelEngineAction extends Action {
    kind: 'synergosCancelEngine';
    requestId: string;
}

export interface EngineResultAction extends Action {
    kind: 'synergosEngineResult';
    requestId: string;
    engineId: string;
    status: string;
    result?: EngineResultJson;
}

export interface SvgExportedAction extends Action {
    kind: 'synergosSvgExported';
    svg: string;
}

export interface SynergosErrorAction extends Action {
    kind: 'synergosError';
    message: string;
}

/** A save was refused: the file changed (or was deleted) on disk since it was loaded; nothing was written. */
export interface SaveConflictAction extends Action {
    kind: 'synergosSaveConflict';
    path: string;
    reason: 'changed' | 'deleted';
    message: string;
}

/** The model was written to `path` (workspace-relative); after a save as, the diagram's new file. */
export interface SavedAction extends Action {
    kind: 'synergosSaved';
    path: string;
}

/** The answer to a conflict: overwrite the file, or save to `saveAs` (a new workspace-relative .synergos file). */
export interface SaveChoiceAction extends Action {
    kind: 'synergosSave';
    overwrite?: boolean;
    saveAs?: string;
}

/** The third answer: discard the unsaved edits and show the file as it is on disk. */
export interface ReloadAction extends Action {
    kind: 'synergosReload';
}

/** The JSON form of an analysis result (org.synergos.analysis.api.json.ResultJson). */
export interface EngineResultJson {
    engineId: string;
    engineVersion?: string;
    status: string;
    tables?: ResultTableJson[];
    elementValues?: { elementId: string; key: string; value: number; display?: string }[];
    messages?: { severity: string; text: string; elementId?: string; location?: string }[];
    provenance?: Record<string, string>;
}

export interface ResultTableJson {
    id: string;
    title?: string;
    columns: { id: string; label?: string; unit?: string; format: string; decimals?: number }[];
    rows: (string | number | null)[][];
    notes?: string[];
}

export const SynergosActionKinds = {
    requestProperties: 'synergosRequestProperties',
    setProperties: 'synergosSetProperties',
    setProperty: 'synergosSetProperty',
    runEngine: 'synergosRunEngine',
    cancelEngine: 'synergosCancelEngine',
    engineResult: 'synergosEngineResult',
    clearOverlay: 'synergosClearOverlay',
    exportSvg: 'synergosExportSvg',
    svgExported: 'synergosSvgExported',
    error: 'synergosError',
    saveConflict: 'synergosSaveConflict',
    saved: 'synergosSaved',
    save: 'synergosSave',
    reload: 'synergosReload',
    addColumns: 'synergosAddColumns'
} as const;

/** Kinds the server sends that the workbench (outside the diagram container) wants to see. */
export const FORWARDED_KINDS = [
    SynergosActionKinds.setProperties,
    SynergosActionKinds.engineResult,
    SynergosActionKinds.svgExported,
    SynergosActionKinds.error,
    SynergosActionKinds.saveConflict,
    SynergosActionKinds.saved,
    'startProgress',
    'updateProgress',
    'endProgress',
    'setDirtyState',
    'setMarkers',
    'setModel',
    'updateModel',
    'message'
];
