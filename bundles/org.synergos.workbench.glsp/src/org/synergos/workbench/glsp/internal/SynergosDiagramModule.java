package org.synergos.workbench.glsp.internal;

import org.eclipse.glsp.server.actions.ActionHandler;
import org.eclipse.glsp.server.actions.SaveModelActionHandler;
import org.eclipse.glsp.server.di.DiagramModule;
import org.eclipse.glsp.server.di.MultiBinding;
import org.eclipse.glsp.server.diagram.DiagramConfiguration;
import org.eclipse.glsp.server.features.core.model.GModelFactory;
import org.eclipse.glsp.server.features.core.model.SourceModelStorage;
import org.eclipse.glsp.server.features.toolpalette.ToolPaletteItemProvider;
import org.eclipse.glsp.server.features.validation.ModelValidator;
import org.eclipse.glsp.server.model.GModelState;
import org.eclipse.glsp.server.operations.LayoutOperationHandler;
import org.eclipse.glsp.server.operations.OperationHandler;
import org.synergos.diagram.DiagramDescription;
import org.synergos.workbench.glsp.internal.handlers.AddColumnsHandler;
import org.synergos.workbench.glsp.internal.handlers.AutoLayoutHandler;
import org.synergos.workbench.glsp.internal.handlers.ChangeBoundsHandler;
import org.synergos.workbench.glsp.internal.handlers.ClipboardHandler;
import org.synergos.workbench.glsp.internal.handlers.PasteHandler;
import org.synergos.workbench.glsp.internal.handlers.RefreshHandler;
import org.synergos.workbench.glsp.internal.handlers.CreateEdgeHandler;
import org.synergos.workbench.glsp.internal.handlers.CreateNodeHandler;
import org.synergos.workbench.glsp.internal.handlers.DeleteHandler;
import org.synergos.workbench.glsp.internal.handlers.EngineRunHandler;
import org.synergos.workbench.glsp.internal.handlers.ExportSvgHandler;
import org.synergos.workbench.glsp.internal.handlers.LabelEditHandler;
import org.synergos.workbench.glsp.internal.handlers.PropertiesHandler;
import org.synergos.workbench.glsp.internal.handlers.ReconnectHandler;
import org.synergos.workbench.glsp.internal.handlers.RoutingPointsHandler;
import org.synergos.workbench.glsp.internal.handlers.SaveHandler;
import org.synergos.workbench.glsp.internal.model.ModelMarkers;
import org.synergos.workbench.glsp.internal.model.SynergosDiagramConfiguration;
import org.synergos.workbench.glsp.internal.model.SynergosGModelFactory;
import org.synergos.workbench.glsp.internal.model.SynergosModelState;
import org.synergos.workbench.glsp.internal.model.SynergosModelStorage;
import org.synergos.workbench.glsp.internal.model.ToolPalette;

/**
 * One GLSP diagram type per diagram description: the same generic storage, graph factory, palette and
 * operations, configured by the description (Sirius' "viewpoint" idea on GLSP).
 */
public final class SynergosDiagramModule extends DiagramModule {

    private final DiagramDescription description;
    private final WorkbenchContext workbench;

    public SynergosDiagramModule(DiagramDescription description, WorkbenchContext workbench) {
        this.description = description;
        this.workbench = workbench;
    }

    @Override
    protected void configureBase() {
        super.configureBase();
        bind(DiagramDescription.class).toInstance(description);
        bind(WorkbenchContext.class).toInstance(workbench);
    }

    @Override
    public String getDiagramType() {
        return description.id();
    }

    @Override
    protected Class<? extends GModelState> bindGModelState() {
        return SynergosModelState.class;
    }

    @Override
    protected Class<? extends DiagramConfiguration> bindDiagramConfiguration() {
        return SynergosDiagramConfiguration.class;
    }

    @Override
    protected Class<? extends SourceModelStorage> bindSourceModelStorage() {
        return SynergosModelStorage.class;
    }

    @Override
    protected Class<? extends GModelFactory> bindGModelFactory() {
        return SynergosGModelFactory.class;
    }

    @Override
    protected Class<? extends ToolPaletteItemProvider> bindToolPaletteItemProvider() {
        return ToolPalette.class;
    }

    @Override
    protected Class<? extends ModelValidator> bindModelValidator() {
        return ModelMarkers.class;
    }

    @Override
    protected void configureOperationHandlers(MultiBinding<OperationHandler<?>> binding) {
        super.configureOperationHandlers(binding);
        binding.remove(LayoutOperationHandler.class);
        binding.add(AutoLayoutHandler.class);
        binding.add(CreateNodeHandler.class);
        binding.add(CreateEdgeHandler.class);
        binding.add(DeleteHandler.class);
        binding.add(ChangeBoundsHandler.class);
        binding.add(RoutingPointsHandler.class);
        binding.add(ReconnectHandler.class);
        binding.add(LabelEditHandler.class);
        binding.add(PasteHandler.class);
        binding.add(AddColumnsHandler.class);
    }

    @Override
    protected void configureActionHandlers(MultiBinding<ActionHandler> binding) {
        super.configureActionHandlers(binding);
        binding.remove(SaveModelActionHandler.class);
        binding.add(SaveHandler.class);
        binding.add(SaveHandler.ChoiceHandler.class);
        binding.add(SaveHandler.ReloadHandler.class);
        binding.add(PropertiesHandler.class);
        binding.add(PropertiesHandler.SetPropertyHandler.class);
        binding.add(EngineRunHandler.class);
        binding.add(EngineRunHandler.CancelHandler.class);
        binding.add(EngineRunHandler.ApplyResultHandler.class);
        binding.add(EngineRunHandler.ClearOverlayHandler.class);
        binding.add(ExportSvgHandler.class);
        binding.add(ClipboardHandler.class);
        binding.add(RefreshHandler.class);
    }
}
