/** @jsx svg */
// Views for Synergos' GModel types: shapes and styles come from the server (`args`), text is
// rendered as SVG text nodes (never parsed as markup).
import {
    GEdge,
    GLabel,
    GNode,
    IViewArgs,
    Point,
    PolylineEdgeView,
    RenderingContext,
    ShapeView,
    angleOfPoint,
    setAttr,
    svg,
    toDegrees
} from '@eclipse-glsp/client';
import { injectable } from 'inversify';
import { VNode } from 'snabbdom';
import { LabelTypes, NodeTypes, SynergosLabel, SynergosNode, argNumber, argString } from './model';

function styleAttributes(element: SynergosNode | GEdge, fallbackFill: string): Record<string, string | number> {
    const attributes: Record<string, string | number> = {
        fill: argString(element, 'fill') ?? fallbackFill,
        stroke: argString(element, 'stroke') ?? '#444444',
        'stroke-width': argNumber(element, 'strokeWidth') ?? 1
    };
    const dash = argString(element, 'dash');
    if (dash) {
        attributes['stroke-dasharray'] = dash;
    }
    return attributes;
}

@injectable()
export class SynergosNodeView extends ShapeView {
    render(node: Readonly<SynergosNode>, context: RenderingContext): VNode | undefined {
        if (!this.isVisible(node, context)) {
            return undefined;
        }
        const width = Math.max(node.size.width, 0);
        const height = Math.max(node.size.height, 0);
        const style = styleAttributes(node as SynergosNode, '#ffffff');
        let shape: VNode;
        switch (node.type) {
            case NodeTypes.ellipse:
                shape = <ellipse class-synergos-shape={true} cx={width / 2} cy={height / 2} rx={width / 2} ry={height / 2} {...style} />;
                break;
            case NodeTypes.circle: {
                const r = Math.min(width, height) / 2;
                shape = <circle class-synergos-shape={true} cx={width / 2} cy={height / 2} r={r} {...style} />;
                break;
            }
            case NodeTypes.diamond:
                shape = (
                    <polygon
                        class-synergos-shape={true}
                        points={`${width / 2},0 ${width},${height / 2} ${width / 2},${height} 0,${height / 2}`}
                        {...style}
                    />
                );
                break;
            case NodeTypes.roundedRectangle:
                shape = <rect class-synergos-shape={true} x={0} y={0} width={width} height={height} rx={8} ry={8} {...style} />;
                break;
            case NodeTypes.swimlane:
                shape = (
                    <g>
                        <rect class-synergos-shape={true} x={0} y={0} width={width} height={height} {...style} />
                        <line class-synergos-lane-header={true} x1={0} y1={24} x2={width} y2={24} stroke={style.stroke} />
                    </g>
                );
                break;
            default:
                shape = <rect class-synergos-shape={true} x={0} y={0} width={width} height={height} {...style} />;
        }
        return (
            <g
                class-synergos-node={true}
                class-selected={node.selected}
                class-mouseover={node.hoverFeedback}
                data-element-id={node.id}
                data-mapping={argString(node as SynergosNode, 'mapping') ?? ''}
            >
                {shape}
                {context.renderChildren(node)}
            </g>
        );
    }
}

const LINE_HEIGHT = 1.2;

function fontSizeOf(label: GLabel): number {
    return argNumber(label.parent as GNode, 'fontSize') ?? argNumber(label, 'fontSize') ?? 12;
}

function linesOf(label: GLabel): string[] {
    const lines = (label as SynergosLabel).args?.lines;
    if (Array.isArray(lines) && lines.length > 0) {
        return lines.map(line => String(line));
    }
    if (typeof lines === 'string' && lines.length > 0) {
        return lines.split('\n');
    }
    return String(label.text ?? '').split('\n');
}

/** `label:node`: the node's label, wrapped (`args.lines`) and centred in its node (top band of a swimlane). */
@injectable()
export class NodeLabelView extends ShapeView {
    render(label: Readonly<GLabel>, context: RenderingContext): VNode | undefined {
        const parent = label.parent as GNode;
        const size = parent?.size ?? { width: 0, height: 0 };
        const fontSize = fontSizeOf(label as GLabel);
        const lines = linesOf(label as GLabel);
        const lineHeight = fontSize * LINE_HEIGHT;
        const position = label.position ?? { x: 0, y: 0 };
        const x = size.width / 2 - position.x;
        const overlays = parent?.children?.filter(child => child.type === LabelTypes.overlay).length ?? 0;
        const hasOverlay = overlays > 0 && lines.length * lineHeight + overlays * 11 * LINE_HEIGHT + 6 <= size.height;
        const centreY = parent?.type === NodeTypes.swimlane ? 12 : size.height / 2 - (hasOverlay ? fontSize * 0.55 : 0);
        const firstBaseline = centreY - position.y - ((lines.length - 1) * lineHeight) / 2 + fontSize * 0.35;
        return (
            <text class-synergos-label={true} class-sprotty-label={true} font-size={fontSize} text-anchor='middle'>
                {lines.map((line, index) => (
                    <tspan x={x} y={firstBaseline + index * lineHeight}>
                        {line}
                    </tspan>
                ))}
            </text>
        );
    }
}

/** `label:edge`: an edge's label, placed by the edge layout (edgePlacement). */
@injectable()
export class EdgeLabelView extends ShapeView {
    render(label: Readonly<GLabel>, context: RenderingContext): VNode | undefined {
        if (!this.isVisible(label, context)) {
            return undefined;
        }
        return (
            <text class-synergos-edge-label={true} class-sprotty-label={true} text-anchor='middle'>
                {String(label.text ?? '')}
            </text>
        );
    }
}

function hasLoadingOnIncomingEdge(node: GNode): boolean {
    return node.root.children.some(
        child =>
            child instanceof GEdge &&
            child.targetId === node.id &&
            child.children.some(label => label.type === LabelTypes.overlay && (label as SynergosLabel).args?.kind === 'loading')
    );
}

/** `label:overlay`: an analysis result (β, R², loading), bold dark red when significant. */
@injectable()
export class OverlayLabelView extends ShapeView {
    render(label: Readonly<SynergosLabel>, context: RenderingContext): VNode | undefined {
        const args = label.args ?? {};
        const significant = args.significant === true || args.significant === 'true';
        const kind = String(args.kind ?? 'value');
        const parent = label.parent;
        let x = 0;
        let y = 0;
        if (parent instanceof GNode && kind === 'loading' && hasLoadingOnIncomingEdge(parent)) {
            // like SmartPLS: an indicator's loading is shown on its link only
            return undefined;
        }
        if (parent instanceof GNode) {
            const fontSize = argNumber(parent, 'fontSize') ?? 12;
            const nodeLabel = parent.children.find(child => child.type === LabelTypes.node) as GLabel | undefined;
            const lines = nodeLabel ? linesOf(nodeLabel).length : 1;
            const position = label.position ?? { x: 0, y: 0 };
            x = parent.size.width / 2 - position.x;
            // several overlays of one node (e.g. R² and a value) stack under the label
            const overlays = parent.children.filter(child => child.type === LabelTypes.overlay);
            const index = Math.max(0, overlays.indexOf(label as SynergosLabel));
            const overlayHeight = 11 * LINE_HEIGHT;
            const needed = lines * fontSize * LINE_HEIGHT + overlays.length * overlayHeight + 6;
            if (needed <= parent.size.height) {
                y = parent.size.height / 2 - fontSize * 0.55 + (lines * fontSize * LINE_HEIGHT) / 2 + fontSize * 0.8
                    + index * overlayHeight - position.y;
            } else {
                // a small node (an indicator): the values go under it
                y = parent.size.height + 11 + index * overlayHeight - position.y;
            }
        }
        return (
            <text
                class-synergos-overlay={true}
                class-significant={significant}
                class-in-node={parent instanceof GNode}
                {...{ [`class-overlay-${kind.replace(/[^a-z0-9-]/gi, '')}`]: true }}
                x={x}
                y={y}
                text-anchor='middle'
            >
                {String(label.text ?? '')}
            </text>
        );
    }
}

/** Edges: stroke, width and dash from `args`, arrowhead per `args.arrowhead`. */
@injectable()
export class SynergosEdgeView extends PolylineEdgeView {
    /** The edge's group names its element and ends, like the nodes' (tests and styles find them). */
    override render(edge: Readonly<GEdge>, context: RenderingContext, args?: IViewArgs): VNode | undefined {
        const vnode = super.render(edge, context, args);
        if (vnode) {
            setAttr(vnode, 'data-element-id', edge.id);
            setAttr(vnode, 'data-mapping', argString(edge as GEdge, 'mapping') ?? '');
            setAttr(vnode, 'data-source-id', edge.sourceId);
            setAttr(vnode, 'data-target-id', edge.targetId);
        }
        return vnode;
    }

    protected override renderLine(edge: GEdge, segments: Point[], context: RenderingContext, args?: object): VNode {
        const first = segments[0];
        let path = `M ${first.x},${first.y}`;
        for (let i = 1; i < segments.length; i++) {
            path += ` L ${segments[i].x},${segments[i].y}`;
        }
        const attributes: Record<string, string | number> = {
            stroke: argString(edge, 'stroke') ?? '#555555',
            'stroke-width': argNumber(edge, 'strokeWidth') ?? 1,
            fill: 'none'
        };
        const dash = argString(edge, 'dash');
        if (dash) {
            attributes['stroke-dasharray'] = dash;
        }
        // a wide transparent twin under the line: a 1 px stroke is hard to hit with the pointer
        return (
            <g>
                <path class-synergos-edge-hit={true} d={path} />
                <path class-sprotty-edge={true} class-synergos-edge-line={true} d={path} {...attributes} />
            </g>
        );
    }

    protected override renderAdditionals(edge: GEdge, segments: Point[], context: RenderingContext): VNode[] {
        const additionals = super.renderAdditionals(edge, segments, context);
        if (segments.length < 2) {
            return additionals;
        }
        const kind = (argString(edge, 'arrowhead') ?? 'TRIANGLE').toUpperCase();
        if (kind === 'NONE') {
            return additionals;
        }
        const stroke = argString(edge, 'stroke') ?? '#555555';
        const end = segments[segments.length - 1];
        const before = segments[segments.length - 2];
        const transform = `rotate(${toDegrees(angleOfPoint(Point.subtract(before, end)))} ${end.x} ${end.y}) translate(${end.x} ${end.y})`;
        switch (kind) {
            case 'OPEN':
                additionals.push(<path class-synergos-arrow={true} d='M 10,-5 L 0,0 L 10,5' fill='none' stroke={stroke} stroke-width={1.4} transform={transform} />);
                break;
            case 'DIAMOND':
                additionals.push(<path class-synergos-arrow={true} d='M 0,0 L 7,-4 L 14,0 L 7,4 Z' fill={stroke} stroke={stroke} transform={transform} />);
                break;
            default:
                additionals.push(<path class-synergos-arrow={true} d='M 0,0 L 10,-4 L 10,4 Z' fill={stroke} stroke={stroke} transform={transform} />);
        }
        return additionals;
    }
}
