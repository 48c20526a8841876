package org.synergos.diagram.edit;

import java.util.Objects;

import org.eclipse.emf.common.command.BasicCommandStack;
import org.eclipse.emf.common.command.CommandStack;
import org.eclipse.emf.ecore.EObject;
import org.synergos.diagram.DiagramDescription;
import org.synergos.diagram.DiagramFactory;
import org.synergos.diagram.DiagramGraph;
import org.synergos.diagram.Tool;
import org.synergos.diagram.ToolKind;
import org.synergos.diagram.internal.ElementText;

/**
 * The generic diagram operations (GLSP's operation handlers, Sirius' tools) for any description, each an
 * EMF command on one {@link CommandStack} so that every edit can be undone and redone. The class lists
 * every operation; each lives in its own class ({@code CreateNodeOperation}, {@code CreateEdgeOperation},
 * {@code DeleteOperation}, {@code EditLabelOperation}, {@code ReconnectOperation}).
 *
 * <p>Operations address nodes and edges by the ids of the current {@link #graph()}; a client re-renders
 * from a fresh graph after each edit. Invalid requests (unknown ids, a path ending at an indicator, a label
 * combining several features) are refused with a message and change nothing.
 */
public final class DiagramEditor {

    private final EObject root;
    private final DiagramDescription description;
    private final CommandStack commandStack;

    public DiagramEditor(EObject root, DiagramDescription description) {
        this(root, description, new BasicCommandStack());
    }

    /** Edits through a shared command stack (e.g. the editing session's). */
    public DiagramEditor(EObject root, DiagramDescription description, CommandStack commandStack) {
        this.root = Objects.requireNonNull(root, "root");
        this.description = Objects.requireNonNull(description, "description");
        this.commandStack = Objects.requireNonNull(commandStack, "commandStack");
    }

    public CommandStack commandStack() {
        return commandStack;
    }

    public DiagramDescription description() {
        return description;
    }

    /** The diagram of the model as it is now. */
    public DiagramGraph graph() {
        return DiagramFactory.build(root, description);
    }

    /**
     * Creates an element with node tool {@code toolId}.
     *
     * @param containerNodeId the node to create into (tools with a container mapping), or a node whose
     *                        enclosing container should receive the element; may be {@code null}
     * @param label           initial label text, set on the attribute the label shows; may be {@code null}
     */
    public EditResult createNode(String toolId, String containerNodeId, String label) {
        Tool tool = description.tool(toolId).filter(t -> t.kind() == ToolKind.CREATE_NODE).orElse(null);
        if (tool == null) {
            return EditResult.refused("no node tool '" + toolId + "' in " + description.id());
        }
        return run(CreateNodeOperation.prepare(context(), tool, containerNodeId, label));
    }

    /** Creates an edge with edge tool {@code toolId} from one node to another. */
    public EditResult createEdge(String toolId, String sourceNodeId, String targetNodeId) {
        Tool tool = description.tool(toolId).filter(t -> t.kind() == ToolKind.CREATE_EDGE).orElse(null);
        if (tool == null) {
            return EditResult.refused("no edge tool '" + toolId + "' in " + description.id());
        }
        return run(CreateEdgeOperation.prepare(context(), tool, sourceNodeId, targetNodeId));
    }

    /** Deletes a node's or edge's element, with the edges that would dangle. */
    public EditResult delete(String id) {
        return run(DeleteOperation.prepare(context(), id));
    }

    /** Sets the attribute shown by a node's or edge's label. */
    public EditResult editLabel(String id, String text) {
        return run(EditLabelOperation.prepare(context(), id, text));
    }

    /** Moves one end of an edge to another node; the result names the edge's (possibly new) id. */
    public EditResult reconnect(String edgeId, EdgeEnd end, String nodeId) {
        return run(ReconnectOperation.prepare(context(), edgeId, end, nodeId));
    }

    /** The command {@link #createNode} would run, for callers that execute on their own stack. */
    public PlannedEdit planCreateNode(String toolId, String containerNodeId, String label) {
        Tool tool = description.tool(toolId).filter(t -> t.kind() == ToolKind.CREATE_NODE).orElse(null);
        return tool == null ? PlannedEdit.refused("no node tool '" + toolId + "' in " + description.id())
                : PlannedEdit.of(CreateNodeOperation.prepare(context(), tool, containerNodeId, label));
    }

    public PlannedEdit planCreateEdge(String toolId, String sourceNodeId, String targetNodeId) {
        Tool tool = description.tool(toolId).filter(t -> t.kind() == ToolKind.CREATE_EDGE).orElse(null);
        return tool == null ? PlannedEdit.refused("no edge tool '" + toolId + "' in " + description.id())
                : PlannedEdit.of(CreateEdgeOperation.prepare(context(), tool, sourceNodeId, targetNodeId));
    }

    public PlannedEdit planDelete(String id) {
        return PlannedEdit.of(DeleteOperation.prepare(context(), id));
    }

    public PlannedEdit planEditLabel(String id, String text) {
        return PlannedEdit.of(EditLabelOperation.prepare(context(), id, text));
    }

    public PlannedEdit planReconnect(String edgeId, EdgeEnd end, String nodeId) {
        return PlannedEdit.of(ReconnectOperation.prepare(context(), edgeId, end, nodeId));
    }

    public boolean undo() {
        if (!commandStack.canUndo()) {
            return false;
        }
        commandStack.undo();
        return true;
    }

    public boolean redo() {
        if (!commandStack.canRedo()) {
            return false;
        }
        commandStack.redo();
        return true;
    }

    private EditContext context() {
        return new EditContext(root, description);
    }

    private EditResult run(Prepared prepared) {
        if (prepared.refusal() != null) {
            return EditResult.refused(prepared.refusal());
        }
        commandStack.execute(prepared.command());
        if (commandStack.getMostRecentCommand() != prepared.command()) {
            return EditResult.refused("the edit failed and was rolled back");
        }
        String id = prepared.resultId() != null ? prepared.resultId() : ElementText.id(prepared.subject());
        return EditResult.applied(id);
    }
}
