// Client-side model classes for the GModel types of docs/workbench-protocol.md.
import {
    Args,
    EditableLabel,
    GChildElement,
    GLabel,
    GModelElement,
    GNode,
    WithEditableLabel,
    isEditableLabel,
    withEditLabelFeature
} from '@eclipse-glsp/client';

export const NodeTypes = {
    ellipse: 'node:ellipse',
    rectangle: 'node:rectangle',
    roundedRectangle: 'node:rounded-rectangle',
    diamond: 'node:diamond',
    circle: 'node:circle',
    swimlane: 'node:swimlane'
} as const;

export const LabelTypes = {
    node: 'label:node',
    edge: 'label:edge',
    overlay: 'label:overlay'
} as const;

/** A node standing for one model element; shape and style come from `type` and `args`. */
export class SynergosNode extends GNode implements WithEditableLabel {
    static override readonly DEFAULT_FEATURES = [...GNode.DEFAULT_FEATURES, withEditLabelFeature];
    args?: Args;

    override get anchorKind(): string {
        switch (this.type) {
            case NodeTypes.ellipse:
            case NodeTypes.circle:
                return 'elliptic';
            case NodeTypes.diamond:
                return 'diamond';
            default:
                return 'rectangular';
        }
    }

    get editableLabel(): (GChildElement & EditableLabel) | undefined {
        const label = this.children.find(child => child.type === LabelTypes.node);
        return label && isEditableLabel(label) ? label : undefined;
    }
}

export class SynergosLabel extends GLabel {
    args?: Args;
}

export function argString(element: GModelElement | undefined, name: string): string | undefined {
    const value = (element as { args?: Args } | undefined)?.args?.[name];
    return value === undefined || value === null ? undefined : String(value);
}

export function argNumber(element: GModelElement | undefined, name: string): number | undefined {
    const value = (element as { args?: Args } | undefined)?.args?.[name];
    const number = typeof value === 'number' ? value : typeof value === 'string' ? Number(value) : NaN;
    return Number.isFinite(number) ? number : undefined;
}
