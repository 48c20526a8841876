// One inversify container per open diagram: GLSP's default and standalone modules plus Synergos'
// model elements, views and the bridge to the workbench UI.
import {
    ConsoleLogger,
    DefaultTypes,
    EdgeEditTool,
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
import { ContextMenuService } from './context-menu';
import { SynergosEdgeEditTool } from './edge-reconnect';
import { MenuActionKinds, MenuClipboardHandler, SynergosMenuItems, sharedClipboard } from './menu-items';
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
            for (const kind of [...FORWARDED_KINDS, MenuActionKinds.focusProperties]) {
                configureActionHandler(context, kind, BridgeActionHandler);
            }

            // the context menu: GLSP's module finds the service and the item providers by these types
            bind(TYPES.IContextMenuService).to(ContextMenuService).inSingletonScope();
            bind(SynergosMenuItems).toSelf().inSingletonScope();
            bind(MenuClipboardHandler).toSelf().inSingletonScope();
            configureActionHandler(context, MenuActionKinds.copy, MenuClipboardHandler);
            configureActionHandler(context, MenuActionKinds.paste, MenuClipboardHandler);
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
    // Synergos' items instead of GLSP's server-provided ones (the server defines no context-menu actions)
    container.rebind(TYPES.IContextMenuItemProvider).toService(SynergosMenuItems);
    container.rebind(EdgeEditTool).to(SynergosEdgeEditTool).inSingletonScope();
    // one clipboard for all diagrams: Ctrl+C in one tab, Paste (key or menu) in another
    container.rebind(TYPES.IAsyncClipboardService).toConstantValue(sharedClipboard);
    return container;
}
