package org.synergos.workbench.glsp.internal.handlers;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.glsp.graph.GPoint;
import org.eclipse.glsp.graph.util.GraphUtil;
import org.eclipse.glsp.server.types.GLSPServerException;
import org.synergos.diagram.edit.PlannedEdit;
import org.synergos.diagram.edit.PropertyEdit;
import org.synergos.model.Construct;
import org.synergos.model.DataSource;
import org.synergos.model.Framework;
import org.synergos.model.Indicator;
import org.synergos.model.SynergosPackage;
import org.synergos.workbench.glsp.internal.actions.AddColumnsOperation;
import org.synergos.workbench.glsp.internal.model.SynergosModelState;

/**
 * Data columns dropped on the diagram ({@link AddColumnsOperation}): one indicator per column, coded after
 * it and bound to it ({@code column}, and the data source when the model has several), in the construct
 * they were dropped on or in a new reflective construct where they were dropped on the canvas. Built from
 * the palette's own tools ({@code create-construct}, {@code create-indicator}), so the elements are what the
 * palette makes; the whole drop is one command, undone in one step.
 */
public class AddColumnsHandler extends ModelOperationHandler<AddColumnsOperation> {

    private static final String CONSTRUCT_TOOL = "create-construct";
    private static final String INDICATOR_TOOL = "create-indicator";

    @Override
    public Optional<Command> createCommand(AddColumnsOperation operation) {
        List<String> columns = operation.getColumns() == null ? List.of()
                : operation.getColumns().stream().filter(c -> c != null && !c.isBlank()).distinct().toList();
        if (columns.isEmpty()) {
            return Optional.empty();
        }
        if (state.description().tool(INDICATOR_TOOL).isEmpty() || state.description().tool(CONSTRUCT_TOOL).isEmpty()) {
            return refuse("columns become indicators in a SEM path diagram; " + state.description().id() + " has none");
        }
        Framework framework = state.framework();
        DataSource source = null;
        if (operation.getDataSourceId() != null && !operation.getDataSourceId().isBlank()) {
            source = framework.getDataSources().stream().filter(s -> operation.getDataSourceId().equals(s.getId()))
                    .findFirst().orElse(null);
            if (source == null) {
                return refuse("the model has no data source '" + operation.getDataSourceId() + "'");
            }
        }
        // several sources: the indicator names the one its column is in; one source is every indicator's
        DataSource bound = framework.getDataSources().size() > 1 ? source : null;
        String target = operation.getContainerId() == null ? null : LabelIds.owner(operation.getContainerId());
        String construct = SynergosModelState.ROOT_ID.equals(target) ? null : target;
        if (construct != null) {
            Optional<EObject> element = state.element(construct);
            if (element.isEmpty()) {
                return refuse("no element with id " + construct);
            }
            if (element.get() instanceof Indicator indicator && indicator.eContainer() instanceof Construct owner) {
                // dropped on an indicator: into its construct
                construct = owner.getId();
            } else if (!(element.get() instanceof Construct)) {
                return refuse("drop columns on a construct (to add indicators) or on the canvas (for a new construct)");
            }
        }
        PlannedEdit newConstruct = construct == null ? state.editor().planCreateNode(CONSTRUCT_TOOL, null, null) : null;
        if (newConstruct != null && newConstruct.command() == null) {
            return commandOrWarning(newConstruct);
        }
        String existing = construct;
        GPoint at = operation.getLocation() != null ? operation.getLocation() : GraphUtil.point(40, 40);
        CompoundCommand drop = new CompoundCommand("Add " + columns.size() + (columns.size() == 1 ? " column" : " columns")) {
            // its commands are planned as it runs (an indicator needs its construct first): empty until then
            @Override
            protected boolean prepare() {
                return true;
            }

            @Override
            public void execute() {
                String into = existing;
                if (newConstruct != null) {
                    appendAndExecute(newConstruct.command());
                    into = newConstruct.resultId().get();
                    CreateNodeHandler.placeCreated(state, this, into, at);
                }
                Set<String> codes = codesInUse(framework);
                for (String column : columns) {
                    String code = unique(column, codes);
                    PlannedEdit indicator = state.editor().planCreateNode(INDICATOR_TOOL, into, code);
                    if (indicator.command() == null) {
                        throw new GLSPServerException(indicator.refusal());
                    }
                    appendAndExecute(indicator.command());
                    String id = indicator.resultId().get();
                    EObject created = state.element(id).orElseThrow();
                    EStructuralFeature columnFeature = SynergosPackage.Literals.INDICATOR__COLUMN;
                    appendAndExecute(PropertyEdit.set(created, columnFeature, column).command());
                    if (bound != null) {
                        appendAndExecute(PropertyEdit.set(created, SynergosPackage.Literals.INDICATOR__DATA_SOURCE, bound)
                                .command());
                    }
                    CreateNodeHandler.placeCreated(state, this, id, CreateNodeHandler.besideContainer(state, into));
                }
            }
        };
        return Optional.of(drop);
    }

    private Optional<Command> refuse(String why) {
        return commandOrWarning(PropertyEdit.refusal(why));
    }

    private static Set<String> codesInUse(Framework framework) {
        Set<String> codes = new HashSet<>();
        for (Construct construct : framework.getConstructs()) {
            codes.add(construct.getCode());
            for (Indicator indicator : construct.getIndicators()) {
                codes.add(indicator.getCode());
            }
        }
        return codes;
    }

    /** The column's name as the code, or NAME_2, NAME_3... when an element has it already. */
    private static String unique(String column, Set<String> codes) {
        String code = column.strip();
        for (int n = 2; codes.contains(code); n++) {
            code = column.strip() + "_" + n;
        }
        codes.add(code);
        return code;
    }
}
