// One inversify container per open diagram: GLSP's default and standalone modules plus Synergos'
// model elements, views and the bridge to the workbench UI.
import {
    ConsoleLogger,
    DefaultTypes,
    FeatureModule,
    GEdge,
    IDiagramOptions,
    LogLevel,
    STANDALONE_MODULE_CONFIG,
    TYPES,
    bindOrRebind,
    configureActionHandler,
    configureDefaultModelElements,
    configureModelElement,
    createDiagramOptionsModule,
    editLabelFeature,
    initializeDiagramContainer,
    overrideModelElement,
    selectFeature,
    moveFeature,
    deletableFeature
} from '@eclipse-glsp/client';
import { Container } from 'inversify';
import { FORWARDED_KINDS } from './actions';
import { BridgeActionHandler, WORKBENCH_BRIDGE, WorkbenchBridge } from './bridge';
import { LabelTypes, NodeTypes, SynergosLabel, SynergosNode } from './model';
import { EdgeLabelView, NodeLabelView, OverlayLabelView, SynergosEdgeView, SynergosNodeView } from './views';

function synergosDiagramModule(bridge: WorkbenchBridge): FeatureModule {
    return new FeatureModule(
        (bind, unbind, isBound, rebind) => {
            const context = { bind, unbind, isBound, rebind };
            bindOrRebind(context, TYPES.ILogger).to(ConsoleLogger).inSingletonScope();
            bindOrRebind(context, TYPES.LogLevel).toConstantValue(LogLevel.warn);

            configureDefaultModelElements(context);
            overrideModelElement(context, DefaultTypes.EDGE, GEdge, SynergosEdgeView);
            for (const type of [NodeTypes.ellipse, NodeTypes.roundedRectangle, NodeTypes.swimlane]) {
                configureModelElement(context, type, SynergosNode, SynergosNodeView);
            }
            // node:rectangle, node:diamond and node:circle have GLSP defaults; Synergos draws its own
            for (const type of [NodeTypes.rectangle, NodeTypes.diamond, NodeTypes.circle]) {
                overrideModelElement(context, type, SynergosNode, SynergosNodeView);
            }
            configureModelElement(context, LabelTypes.node, SynergosLabel, NodeLabelView, { enable: [editLabelFeature] });
            configureModelElement(context, LabelTypes.edge, SynergosLabel, EdgeLabelView, { enable: [editLabelFeature] });
            configureModelElement(context, LabelTypes.overlay, SynergosLabel, OverlayLabelView, {
                disable: [selectFeature, moveFeature, deletableFeature, editLabelFeature]
            });

            bind(WORKBENCH_BRIDGE).toConstantValue(bridge);
            bind(BridgeActionHandler).toSelf().inSingletonScope();
            for (const kind of FORWARDED_KINDS) {
                configureActionHandler(context, kind, BridgeActionHandler);
            }
        },
        { featureId: Symbol('synergosDiagram') }
    );
}

export function createSynergosDiagramContainer(options: IDiagramOptions, bridge: WorkbenchBridge): Container {
    const container = initializeDiagramContainer(
        new Container(),
        createDiagramOptionsModule(options),
        synergosDiagramModule(bridge),
        STANDALONE_MODULE_CONFIG
    );
    container.bind(TYPES.IMarqueeBehavior).toConstantValue({ entireEdge: true, entireElement: true });
    return container;
}
