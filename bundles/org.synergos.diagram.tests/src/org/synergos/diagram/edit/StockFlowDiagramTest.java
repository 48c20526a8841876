package org.synergos.diagram.edit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.synergos.diagram.DiagramDescriptions;
import org.synergos.diagram.DiagramGraph;
import org.synergos.diagram.Shape;
import org.synergos.model.Flow;
import org.synergos.model.Framework;
import org.synergos.model.Stock;
import org.synergos.model.SystemDynamicsModel;
import org.synergos.diagram.ExampleModels;

/** The stock-flow diagram kind on examples/sd-synergy: stocks, valves and pipes, and editing them. */
class StockFlowDiagramTest {

    private final Framework model = ExampleModels.load("sd-synergy");
    private final SystemDynamicsModel sd = model.getSystemDynamicsModels().get(0);
    private final DiagramEditor editor = new DiagramEditor(model, DiagramDescriptions.builtIn("stock-flow"));

    @Test
    void stocksAreBoxesFlowsValvesWithPipesToTheirStocks() {
        DiagramGraph graph = editor.graph();
        assertEquals(Shape.RECTANGLE, graph.node("sd.Knowledge").orElseThrow().shape());
        assertEquals(Shape.CIRCLE, graph.node("sd.knowledge_creation").orElseThrow().shape());
        assertTrue(graph.edge("sd.knowledge_creation/to/sd.Knowledge").isPresent(), "inflow pipe");
        assertTrue(graph.edge("sd.obsolescence/from/sd.Knowledge").isPresent(), "outflow pipe");
        assertTrue(graph.edge("sd.knowledge_creation/from/sd.Knowledge").isEmpty(), "a source has no pipe");
        assertTrue(graph.problems().isEmpty(), graph.problems().toString());
    }

    @Test
    void createAStockAndPipeAFlowIntoIt() {
        EditResult stock = editor.createNode("create-stock", null, "Patents");
        assertTrue(stock.applied(), stock.message());
        Stock patents = sd.getStocks().get(sd.getStocks().size() - 1);
        assertEquals("Patents", patents.getName());
        assertEquals("0", patents.getInitialValue());
        EditResult valve = editor.createNode("create-flow", null, "patenting");
        assertTrue(valve.applied(), valve.message());
        Flow patenting = sd.getFlows().get(sd.getFlows().size() - 1);
        EditResult pipe = editor.createEdge("create-inflow", valve.elementId(), stock.elementId());
        assertTrue(pipe.applied(), pipe.message());
        assertSame(patents, patenting.getTo());
        assertNull(patenting.getFrom());
        assertFalse(editor.createEdge("create-inflow", stock.elementId(), valve.elementId()).applied(),
                "a pipe goes from a valve to a stock");
        assertTrue(editor.undo());
        assertNull(patenting.getTo());
    }
}
