package org.synergos.workbench.glsp.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.eclipse.glsp.graph.GEdge;
import org.eclipse.glsp.graph.GLabel;
import org.eclipse.glsp.graph.GModelElement;
import org.eclipse.glsp.graph.GModelRoot;
import org.eclipse.glsp.graph.GNode;
import org.eclipse.glsp.graph.util.GraphUtil;
import org.eclipse.glsp.server.actions.Action;
import org.eclipse.glsp.server.actions.ActionMessage;
import org.eclipse.glsp.server.actions.SaveModelAction;
import org.eclipse.glsp.server.actions.SetDirtyStateAction;
import org.eclipse.glsp.server.di.ServerModule;
import org.eclipse.glsp.server.features.core.model.RequestModelAction;
import org.eclipse.glsp.server.features.core.model.SetModelAction;
import org.eclipse.glsp.server.features.core.model.UpdateModelAction;
import org.eclipse.glsp.server.features.directediting.ApplyLabelEditOperation;
import org.eclipse.glsp.server.features.undoredo.RedoAction;
import org.eclipse.glsp.server.features.undoredo.UndoAction;
import org.eclipse.glsp.server.features.validation.SetMarkersAction;
import org.eclipse.glsp.server.operations.ChangeBoundsOperation;
import org.eclipse.glsp.server.operations.CreateEdgeOperation;
import org.eclipse.glsp.server.operations.CreateNodeOperation;
import org.eclipse.glsp.server.operations.DeleteOperation;
import org.eclipse.glsp.server.protocol.GLSPServer;
import org.eclipse.glsp.server.protocol.InitializeClientSessionParameters;
import org.eclipse.glsp.server.protocol.InitializeParameters;
import org.eclipse.glsp.server.types.ElementAndBounds;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.synergos.analysis.api.AnalysisResult;
import org.synergos.analysis.api.ElementValue;
import org.synergos.analysis.api.EngineDescriptor;
import org.synergos.diagram.DiagramDescriptions;
import org.synergos.model.io.ModelStore;
import org.synergos.testing.TestResources;
import org.synergos.workbench.glsp.internal.actions.EngineResultAction;
import org.synergos.workbench.glsp.internal.actions.ErrorAction;
import org.synergos.workbench.glsp.internal.actions.RequestPropertiesAction;
import org.synergos.workbench.glsp.internal.actions.RunEngineAction;
import org.synergos.workbench.glsp.internal.actions.SetPropertiesAction;
import org.synergos.workbench.glsp.internal.actions.SetPropertyAction;
import org.synergos.workbench.glsp.internal.actions.SvgExportedAction;
import org.synergos.workbench.glsp.internal.actions.ExportSvgAction;
import org.synergos.workbench.glsp.internal.model.LayoutFile;

import com.google.inject.Guice;

/**
 * A whole GLSP session in process, as the browser drives it (minus the WebSocket): open an example model,
 * edit it with every operation, undo/redo, properties, markers, an engine overlay, SVG export and save.
 */
class GlspSessionTest {

    private static final Duration WAIT = Duration.ofSeconds(20);
    private static final String CLIENT = "client-1";

    @TempDir
    Path workspace;

    private GLSPServer server;
    private RecordingClient client;
    private FakeExecutor executor;

    @BeforeEach
    void open() throws Exception {
        copyExample("nqpf-smes");
        executor = new FakeExecutor();
        WorkbenchContext context = new WorkbenchContext(workspace, executor);
        ServerModule module = new ServerModule();
        DiagramDescriptions.builtIns().forEach(d -> module.configureDiagramModule(new SynergosDiagramModule(d, context)));
        server = Guice.createInjector(module).getInstance(GLSPServer.class);
        client = new RecordingClient();
        server.connect(client);
        InitializeParameters init = new InitializeParameters();
        init.setApplicationId("test");
        init.setProtocolVersion("1.0.0");
        server.initialize(init).get(20, TimeUnit.SECONDS);
        server.initializeClientSession(new InitializeClientSessionParameters(CLIENT, "sem-path", List.of(
                SetModelAction.KIND, UpdateModelAction.KIND, SetDirtyStateAction.KIND, SetMarkersAction.KIND,
                SetPropertiesAction.KIND, EngineResultAction.KIND, SvgExportedAction.KIND, ErrorAction.KIND,
                "message", "status", "startProgress", "updateProgress", "endProgress"))).get(20, TimeUnit.SECONDS);
        send(new RequestModelAction(Map.of("sourceUri", "nqpf-smes/model.synergos", "diagramType", "sem-path")));
    }

    @AfterEach
    void close() {
        server.shutdown();
    }

    @Test
    void opensTheModelAsItsSemPathDiagramWithProtocolTypesAndStyles() throws Exception {
        GModelRoot root = opened();
        GNode construct = node(root, "construct.NQPF");
        assertEquals("node:ellipse", construct.getType());
        assertEquals("construct", construct.getArgs().get("mapping"));
        assertEquals("#eef4ff", construct.getArgs().get("fill"));
        GLabel label = (GLabel) construct.getChildren().get(0);
        assertEquals("label:node", label.getType());
        assertEquals("NQPF", label.getText());
        assertTrue(construct.getSize().getWidth() >= 96, "node at least its description's width");
        assertEquals("node:rectangle", node(root, "indicator.NQ1").getType());
        GEdge path = edge(root, "structuralPath.H1");
        assertEquals("TRIANGLE", path.getArgs().get("arrowhead"));
        assertFalse(path.getSourceId().isEmpty());
        // Distinct nodes never overlap after the first (ELK) placement.
        List<GNode> nodes = all(root).filter(GNode.class::isInstance).map(GNode.class::cast).toList();
        for (int i = 0; i < nodes.size(); i++) {
            for (int j = i + 1; j < nodes.size(); j++) {
                assertFalse(overlaps(nodes.get(i), nodes.get(j)), nodes.get(i).getId() + " overlaps " + nodes.get(j).getId());
            }
        }
    }

    @Test
    void createsMovesEditsAndDeletesWithUndoAndRedoThenSavesAtomicallyWithTheLayout() throws Exception {
        opened();
        send(new CreateNodeOperation("create-construct", GraphUtil.point(900, 40), null));
        GModelRoot created = client.await(UpdateModelAction.class, WAIT).getNewRoot();
        GNode added = all(created).filter(GNode.class::isInstance).map(GNode.class::cast)
                .filter(n -> n.getPosition().getX() == 900).findFirst().orElseThrow();
        assertEquals("construct.C1", added.getId(), "a palette element gets a short default code and a readable id");
        assertEquals("C1", ((GLabel) added.getChildren().get(0)).getText());
        assertTrue(client.await(SetDirtyStateAction.class, WAIT).isDirty());

        client.clear();
        // dropped onto the construct's label text: the construct is the container
        send(new CreateNodeOperation("create-indicator", GraphUtil.point(0, 0), added.getId() + "_label"));
        GModelRoot withIndicator = client.await(UpdateModelAction.class, WAIT).getNewRoot();
        assertTrue(all(withIndicator).anyMatch(e -> e instanceof GEdge edge && edge.getSourceId().equals(added.getId())),
                "an indicator of the new construct, linked to it");

        client.clear();
        send(new CreateEdgeOperation("create-path", "construct.NQPF", added.getId()));
        GModelRoot connected = client.await(UpdateModelAction.class, WAIT).getNewRoot();
        assertTrue(all(connected).anyMatch(e -> e instanceof GEdge edge && edge.getTargetId().equals(added.getId())));

        client.clear();
        send(new ApplyLabelEditOperation(added.getId() + "_label", "INNO"));
        GModelRoot renamed = client.await(UpdateModelAction.class, WAIT).getNewRoot();
        assertEquals("INNO", ((GLabel) node(renamed, added.getId()).getChildren().get(0)).getText());

        client.clear();
        ElementAndBounds move = new ElementAndBounds();
        move.setElementId(added.getId());
        move.setNewPosition(GraphUtil.point(1000, 300));
        move.setNewSize(GraphUtil.dimension(120, 60));
        send(new ChangeBoundsOperation(List.of(move)));
        GModelRoot moved = client.await(UpdateModelAction.class, WAIT).getNewRoot();
        assertEquals(1000, node(moved, added.getId()).getPosition().getX());

        client.clear();
        send(new UndoAction());
        GModelRoot undone = client.await(UpdateModelAction.class, WAIT).getNewRoot();
        assertEquals(900, node(undone, added.getId()).getPosition().getX(), "undo puts the node back");
        client.clear();
        send(new RedoAction());
        assertEquals(1000, node(client.await(UpdateModelAction.class, WAIT).getNewRoot(), added.getId()).getPosition().getX());

        client.clear();
        send(new DeleteOperation(List.of("construct.DT")));
        GModelRoot deleted = client.await(UpdateModelAction.class, WAIT).getNewRoot();
        assertFalse(all(deleted).anyMatch(e -> e.getId().equals("construct.DT")));
        assertFalse(all(deleted).anyMatch(e -> e instanceof GEdge edge
                && (edge.getSourceId().equals("construct.DT") || edge.getTargetId().equals("construct.DT"))),
                "edges of a deleted construct go with it");

        client.clear();
        send(new SaveModelAction());
        assertFalse(client.await(SetDirtyStateAction.class, a -> a.getReason().filter(SetDirtyStateAction.Reason.SAVE::equals).isPresent(), WAIT)
                .isDirty());
        Path model = workspace.resolve("nqpf-smes/model.synergos");
        String saved = Files.readString(model);
        assertTrue(saved.contains("INNO"));
        assertFalse(saved.contains("id=\"construct.DT\""));
        assertEquals(1000, LayoutFile.read(LayoutFile.of(model, "sem-path")).get(added.getId()).x());
        assertNotNull(ModelStore.load(model), "the saved model loads again");
    }

    @Test
    void copyPasteDuplicatesAConstructWithItsIndicatorsBesideItAndUndoRemovesThem() throws Exception {
        GModelRoot root = opened();
        org.eclipse.glsp.server.types.EditorContext selection = new org.eclipse.glsp.server.types.EditorContext();
        selection.setSelectedElementIds(List.of("construct.DT"));
        send(new org.eclipse.glsp.server.features.clipboard.RequestClipboardDataAction(selection));
        Map<String, String> clipboard = client.await(org.eclipse.glsp.server.features.clipboard.SetClipboardDataAction.class,
                WAIT).getClipboardData();
        client.clear();
        org.eclipse.glsp.server.operations.PasteOperation paste = new org.eclipse.glsp.server.operations.PasteOperation();
        paste.setClipboardData(clipboard);
        paste.setEditorContext(new org.eclipse.glsp.server.types.EditorContext());
        send(paste);
        GModelRoot pasted = client.await(UpdateModelAction.class, WAIT).getNewRoot();
        GNode copy = node(pasted, "construct.DT_copy");
        assertEquals(node(root, "construct.DT").getPosition().getX() + 40, copy.getPosition().getX(), 0.01);
        assertTrue(all(pasted).anyMatch(e -> e.getId().equals("indicator.DT1_copy")), "indicators come along");
        assertTrue(all(pasted).anyMatch(e -> e instanceof GEdge edge && edge.getSourceId().equals("construct.DT_copy")
                && edge.getTargetId().equals("indicator.DT1_copy")), "measurement links of the copy");

        client.clear();
        send(new UndoAction());
        assertFalse(all(client.await(UpdateModelAction.class, WAIT).getNewRoot()).anyMatch(e -> e.getId().equals("construct.DT_copy")));
    }

    @Test
    void twoDiagramsOfOneModelShareItsEditsUndoHistoryAndSave() throws Exception {
        opened();
        String second = "client-2";
        server.initializeClientSession(new InitializeClientSessionParameters(second, "sem-path", List.of(
                SetModelAction.KIND, UpdateModelAction.KIND, SetDirtyStateAction.KIND, SetMarkersAction.KIND)))
                .get(20, TimeUnit.SECONDS);
        client.only(second);
        server.process(new ActionMessage(second,
                new RequestModelAction(Map.of("sourceUri", "nqpf-smes/model.synergos", "diagramType", "sem-path"))));
        client.await(SetModelAction.class, WAIT);
        client.await(SetMarkersAction.class, WAIT);
        client.only(second);

        send(new ApplyLabelEditOperation("construct.DT_label", "DTX"));
        GModelRoot seenBySecond = client.await(UpdateModelAction.class, WAIT).getNewRoot();
        assertEquals("DTX", ((GLabel) node(seenBySecond, "construct.DT").getChildren().get(0)).getText(),
                "an edit in one diagram appears in the other");

        client.only(second);
        server.process(new ActionMessage(second, new SaveModelAction()));
        client.await(SetDirtyStateAction.class, a -> a.getReason().filter(SetDirtyStateAction.Reason.SAVE::equals).isPresent(), WAIT);
        assertTrue(Files.readString(workspace.resolve("nqpf-smes/model.synergos")).contains("code=\"DTX\""),
                "saving from the other diagram saves the edit");
        client.only(null);
    }

    @Test
    void reconnectingAPathMovesItsTargetAndUndoMovesItBack() throws Exception {
        opened();
        org.eclipse.glsp.server.operations.ReconnectEdgeOperation reconnect =
                new org.eclipse.glsp.server.operations.ReconnectEdgeOperation();
        reconnect.setEdgeElementId("structuralPath.H1");
        reconnect.setSourceElementId("construct.NQPF");
        reconnect.setTargetElementId("construct.DT");
        send(reconnect);
        GEdge moved = edge(client.await(UpdateModelAction.class, WAIT).getNewRoot(), "structuralPath.H1");
        assertEquals("construct.DT", moved.getTargetId());
        client.clear();
        send(new UndoAction());
        assertEquals("construct.CIP", edge(client.await(UpdateModelAction.class, WAIT).getNewRoot(), "structuralPath.H1")
                .getTargetId());
    }

    @Test
    void refusedEditsChangeNothingAndSayWhy() throws Exception {
        opened();
        send(new CreateEdgeOperation("create-path", "construct.NQPF", "indicator.NQ1"));
        Action message = client.await(org.eclipse.glsp.server.actions.MessageAction.class, WAIT);
        assertTrue(((org.eclipse.glsp.server.actions.MessageAction) message).getMessage().length() > 10);
        assertTrue(client.received(UpdateModelAction.class).isEmpty(), "no model change for a refused edit");
    }

    @Test
    void propertySheetShowsTypedPropertiesAndSetsThemUndoably() throws Exception {
        opened();
        send(new RequestPropertiesAction().elementId("construct.NQPF_label"));
        SetPropertiesAction sheet = client.await(SetPropertiesAction.class, WAIT);
        assertEquals("construct.NQPF", sheet.getElementId());
        assertEquals("Construct", sheet.getEClass());
        var mode = sheet.getProperties().stream().filter(p -> p.name().equals("mode")).findFirst().orElseThrow();
        assertEquals("enum", mode.type());
        assertTrue(mode.choices().stream().anyMatch(c -> c.value().equals("COMPOSITE")));
        assertTrue(sheet.getProperties().stream().anyMatch(p -> p.name().equals("id") && p.readOnly()));

        client.clear();
        send(new SetPropertyAction().elementId("construct.NQPF").name("mode").value("COMPOSITE"));
        GModelRoot root = client.await(UpdateModelAction.class, WAIT).getNewRoot();
        assertEquals("#fff4e5", node(root, "construct.NQPF").getArgs().get("fill"), "conditional style follows");

        client.clear();
        send(new SetPropertyAction().elementId("graph").name("dataFile").value("../../etc/passwd"));
        assertTrue(client.await(ErrorAction.class, WAIT).getMessage().contains("model's folder"));
    }

    @Test
    void engineResultsOverlayTheDiagramLikeSmartPls() throws Exception {
        opened();
        send(new RunEngineAction().requestId("r1").engineId("pls-sem").options(Map.of("bootstrap", 100.0)));
        EngineResultAction result = client.await(EngineResultAction.class, WAIT);
        assertEquals("COMPLETED", result.getStatus());
        assertEquals("r1", result.getRequestId());
        assertEquals("100", executor.lastParameters.get("bootstrap"), "options reach the engine");
        GModelRoot root = client.received(UpdateModelAction.class).stream().map(a -> ((UpdateModelAction) a).getNewRoot())
                .reduce((a, b) -> b).orElseThrow();
        assertEquals("β = 0.283*** (t = 6.86)", overlay(edge(root, "structuralPath.H1")));
        assertEquals("R² = 0.629", overlay(node(root, "construct.CIP")));
        assertTrue(all(root).anyMatch(e -> e instanceof GEdge edge && edge.getTargetId().equals("indicator.NQ1")
                && "0.761".equals(overlay(edge))), "loading on the indicator's link");

        client.clear();
        send(new ExportSvgAction());
        String svg = client.await(SvgExportedAction.class, WAIT).getSvg();
        assertTrue(svg.startsWith("<?xml") && svg.contains("0.283***") && svg.contains("R² = 0.629"));
    }

    /** Waits until the model is open (model, dirty state and first markers sent), then forgets those messages. */
    @Test
    void columnsDroppedOnAConstructBecomeItsBoundIndicatorsAndOnTheCanvasANewConstructUndoneInOneStep() throws Exception {
        opened();
        send(new org.synergos.workbench.glsp.internal.actions.AddColumnsOperation().columns(List.of("EXTRA1", "NQ1"))
                .containerId("construct.DT_label"));
        GModelRoot added = client.await(UpdateModelAction.class, WAIT).getNewRoot();
        GNode first = node(added, "indicator.EXTRA1");
        assertEquals("EXTRA1", first.getArgs().get("column"), "bound to its column, which the diagram tells the data panel");
        // NQ1 is taken as a code already: the new indicator is NQ1_2, bound to column NQ1
        GNode second = node(added, "indicator.NQ1_2");
        assertEquals("NQ1", second.getArgs().get("column"));
        assertEquals("NQ1", node(added, "indicator.NQ1").getArgs().get("column"), "existing bound indicators carry their column");
        for (String id : List.of("indicator.EXTRA1", "indicator.NQ1_2")) {
            assertTrue(all(added).anyMatch(e -> e instanceof GEdge edge && edge.getSourceId().equals("construct.DT")
                    && edge.getTargetId().equals(id)), id + " measures DT");
        }

        client.clear();
        send(new UndoAction());
        GModelRoot undone = client.await(UpdateModelAction.class, WAIT).getNewRoot();
        assertFalse(all(undone).anyMatch(e -> e.getId().equals("indicator.EXTRA1") || e.getId().equals("indicator.NQ1_2")),
                "one undo removes the whole drop");
        client.clear();
        send(new RedoAction());
        assertEquals("EXTRA1", node(client.await(UpdateModelAction.class, WAIT).getNewRoot(), "indicator.EXTRA1")
                .getArgs().get("column"));

        client.clear();
        send(new org.synergos.workbench.glsp.internal.actions.AddColumnsOperation().columns(List.of("NEW1", "NEW2"))
                .location(GraphUtil.point(700, 500)));
        GModelRoot created = client.await(UpdateModelAction.class, WAIT).getNewRoot();
        GNode construct = all(created).filter(GNode.class::isInstance).map(GNode.class::cast)
                .filter(n -> n.getPosition().getX() == 700 && n.getPosition().getY() == 500).findFirst().orElseThrow();
        assertEquals("construct", construct.getArgs().get("mapping"), "a new construct where the columns were dropped");
        for (String id : List.of("indicator.NEW1", "indicator.NEW2")) {
            assertTrue(all(created).anyMatch(e -> e instanceof GEdge edge && edge.getSourceId().equals(construct.getId())
                    && edge.getTargetId().equals(id)), id + " measures the new construct");
        }

        client.clear();
        send(new SaveModelAction());
        client.await(SetDirtyStateAction.class, a -> a.getReason().filter(SetDirtyStateAction.Reason.SAVE::equals).isPresent(), WAIT);
        org.synergos.model.Framework saved = ModelStore.load(workspace.resolve("nqpf-smes/model.synergos"));
        org.synergos.model.Construct dt = saved.getConstructs().stream().filter(c -> "DT".equals(c.getCode())).findFirst().orElseThrow();
        assertTrue(dt.getIndicators().stream().anyMatch(i -> "EXTRA1".equals(i.getCode()) && "EXTRA1".equals(i.getColumn())));
        assertTrue(dt.getIndicators().stream().anyMatch(i -> "NQ1_2".equals(i.getCode()) && "NQ1".equals(i.getColumn())));
        org.synergos.model.Construct fresh = saved.getConstructs().stream()
                .filter(c -> c.getIndicators().stream().anyMatch(i -> "NEW1".equals(i.getColumn()))).findFirst().orElseThrow();
        assertEquals(org.synergos.model.ConstructMode.REFLECTIVE, fresh.getMode());
        assertEquals(2, fresh.getIndicators().size());
    }

    @Test
    void columnsDroppedOnAPathOrInADiagramWithoutIndicatorsAreRefusedAndChangeNothing() throws Exception {
        opened();
        send(new org.synergos.workbench.glsp.internal.actions.AddColumnsOperation().columns(List.of("X"))
                .containerId("structuralPath.H1"));
        client.await(org.eclipse.glsp.server.actions.MessageAction.class, WAIT);
        assertTrue(client.received(UpdateModelAction.class).isEmpty(), "nothing changed");
    }

    private GModelRoot opened() throws InterruptedException {
        GModelRoot root = client.await(SetModelAction.class, WAIT).getNewRoot();
        client.await(SetDirtyStateAction.class, WAIT);
        client.await(SetMarkersAction.class, WAIT);
        client.clear();
        return root;
    }

    private static String overlay(GModelElement owner) {
        return owner.getChildren().stream().filter(c -> c.getType().equals("label:overlay")).map(c -> ((GLabel) c).getText())
                .findFirst().orElse(null);
    }

    /** Stands in for the runtime's executor: a PLS-like result with the overlay values engines report. */
    static final class FakeExecutor implements org.synergos.analysis.api.AnalysisExecutor {
        volatile Map<String, String> lastParameters = Map.of();

        @Override
        public org.synergos.analysis.api.AnalysisJob start(String engineId, org.synergos.analysis.api.AnalysisInput input,
                Map<String, String> parameters, org.synergos.analysis.api.AnalysisMonitor progress, Duration timeLimit) {
            lastParameters = Map.copyOf(parameters);
            progress.begin("estimation", 2);
            progress.worked(2);
            AnalysisResult result = AnalysisResult.builder(new EngineDescriptor(engineId, "PLS", "0.1.0", "", List.of()))
                    .value(new ElementValue("structuralPath.H1", "beta", 0.2825, "0.283*** (t = 6.86)"))
                    .value(ElementValue.of("structuralPath.H1", "p", 0.0001))
                    .value(ElementValue.of("construct.CIP", "r2", 0.629))
                    .value(new ElementValue("indicator.NQ1", "loading", 0.761, "0.761")).build();
            return org.synergos.analysis.api.AnalysisJob.completed(result);
        }
    }

    private void send(Action action) {
        server.process(new ActionMessage(CLIENT, action));
    }

    private void copyExample(String name) throws IOException {
        Path from = TestResources.path("../../examples/" + name);
        Path to = workspace.resolve(name);
        Files.createDirectories(to);
        try (Stream<Path> files = Files.list(from)) {
            for (Path file : files.toList()) {
                Files.copy(file, to.resolve(file.getFileName()));
            }
        }
    }

    private static Stream<GModelElement> all(GModelElement element) {
        return Stream.concat(Stream.of(element), element.getChildren().stream().flatMap(GlspSessionTest::all));
    }

    private static GNode node(GModelRoot root, String id) {
        return all(root).filter(e -> e.getId().equals(id)).map(GNode.class::cast).findFirst()
                .orElseThrow(() -> new AssertionError("no node " + id));
    }

    private static GEdge edge(GModelRoot root, String id) {
        return all(root).filter(e -> e.getId().equals(id)).map(GEdge.class::cast).findFirst()
                .orElseThrow(() -> new AssertionError("no edge " + id));
    }

    private static boolean overlaps(GNode a, GNode b) {
        return a.getPosition().getX() < b.getPosition().getX() + b.getSize().getWidth()
                && b.getPosition().getX() < a.getPosition().getX() + a.getSize().getWidth()
                && a.getPosition().getY() < b.getPosition().getY() + b.getSize().getHeight()
                && b.getPosition().getY() < a.getPosition().getY() + a.getSize().getHeight();
    }
}
