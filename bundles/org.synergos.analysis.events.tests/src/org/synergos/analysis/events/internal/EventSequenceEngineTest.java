package org.synergos.analysis.events.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.util.List;
import java.util.Map;

import javax.xml.parsers.DocumentBuilderFactory;

import org.junit.jupiter.api.Test;
import org.synergos.analysis.api.AnalysisInput;
import org.synergos.analysis.api.AnalysisMonitor;
import org.synergos.analysis.api.AnalysisRequest;
import org.synergos.analysis.api.AnalysisResult;
import org.synergos.analysis.api.Parameters;
import org.synergos.analysis.api.ResultTable;
import org.synergos.model.Framework;
import org.synergos.model.io.ModelStore;
import org.synergos.testing.TestResources;
import org.xml.sax.InputSource;

/** Paper A (Liang &amp; Liang), Table 4, from examples/events. */
class EventSequenceEngineTest {

    @Test
    void reproducesPaperATable4() throws Exception {
        ResultTable table = run(example(), Map.of()).table("events").orElseThrow();
        assertEquals(List.of("event", "time", "participants", "policy", "effect"),
                table.columns().stream().map(c -> c.id()).toList());
        // paper A, Table 4 (the specification), with the model's bilingual names
        assertEquals(List.of("知识共享会议 (knowledge sharing conference)", "Q1 2023", "企业 (enterprises), 高校 (universities)",
                "政府政策支持 (government policy support)", "增强合作意愿 (increases willingness to cooperate)"),
                table.rows().get(0));
        assertEquals(List.of("技术转移协议签署 (technology transfer agreement signed)", "Q2 2023",
                "企业 (enterprises), 科研机构 (research institutions)", "新技术推广政策 (new technology promotion policy)",
                "促进技术应用 (promotes technology application)"), table.rows().get(1));
        assertEquals(List.of("创新产品上市 (innovative product market launch)", "Q3 2023",
                "企业 (enterprises), 市场机构 (market institutions)", "市场准入政策优化 (market access policy optimization)",
                "扩大市场影响力 (expands market influence)"), table.rows().get(2));
    }

    @Test
    void participationMatrixPolicyGroupsAndOneCaseNote() throws Exception {
        AnalysisResult result = run(example(), Map.of());
        ResultTable matrix = result.table("participation").orElseThrow();
        assertEquals(4, matrix.rows().size(), "three events and the total row");
        assertEquals(1, matrix.cell("知识共享会议 (knowledge sharing conference)", "actor.universities"));
        assertEquals(0, matrix.cell("知识共享会议 (knowledge sharing conference)", "actor.market_institutions"));
        assertEquals(3, matrix.cell("Total", "actor.enterprises"));
        assertEquals(3, result.table("policy-backgrounds").orElseThrow().rows().size());
        assertTrue(result.messages().stream().anyMatch(m -> m.text().contains("treated as one case")));
        assertTrue(result.table("transition-rates").isEmpty(), "one case: no cross-case analysis");
        assertTrue(result.isSuccessful());
    }

    @Test
    void timelineIsWellFormedPlainSvgWithCjkFont() throws Exception {
        String svg = (String) run(example(), Map.of()).table("timeline-svg").orElseThrow().rows().get(0).get(0);
        var document = DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(new InputSource(new StringReader(svg)));
        assertEquals("svg", document.getDocumentElement().getNodeName());
        assertEquals("1.1", document.getDocumentElement().getAttribute("version"));
        assertTrue(document.getDocumentElement().getAttribute("font-family").contains("Noto Sans CJK SC"));
        assertEquals(3, document.getElementsByTagName("rect").getLength() - 1, "one bar per event plus background");
        assertFalse(svg.contains("var(") || svg.contains("foreignObject") || svg.contains("<style"));
        assertTrue(svg.contains("知识共享会议"));
    }

    @Test
    void actorCasesGiveCrossCaseTables() throws Exception {
        AnalysisResult result = run(example(), Map.of("case-by", "actor"));
        ResultTable sequences = result.table("sequences").orElseThrow();
        assertEquals("knowledge sharing → technology transfer → market launch",
                sequences.cell("企业 (enterprises)", "sequence"));
        ResultTable rates = result.table("transition-rates").orElseThrow();
        assertEquals(1.0, rates.number("knowledge sharing", "technology transfer"), 0.0);
        assertEquals(Double.NaN, rates.number("market launch", "knowledge sharing"), "never followed");
        ResultTable distances = result.table("om-distances").orElseThrow();
        // enterprises (3 events) vs universities (knowledge sharing only): delete 2 events = 2 x indel 1
        assertEquals(2.0, distances.number("企业 (enterprises)", "高校 (universities)"), 0.0);
        // universities vs research institutions: one substitution (2) = one deletion + one insertion (2)
        assertEquals(2.0, distances.number("高校 (universities)", "科研机构 (research institutions)"), 0.0);
        assertEquals(4, result.table("clusters").orElseThrow().rows().size());
        assertEquals(3, result.table("cluster-merges").orElseThrow().rows().size());
        // each single type occurs in 2 of 4 cases = 50% >= min-support 0.5; pairs only in 1 case
        ResultTable frequent = result.table("frequent-subsequences").orElseThrow();
        assertEquals(3, frequent.rows().size());
        assertEquals(0.5, frequent.number("knowledge sharing", "support"), 0.0);
    }

    static Framework example() throws Exception {
        return ModelStore.load(TestResources.path("../../examples/events/model.synergos"));
    }

    static AnalysisResult run(Framework framework, Map<String, String> parameters) throws Exception {
        EventSequenceEngine engine = new EventSequenceEngine();
        return engine.run(new AnalysisRequest(AnalysisInput.of(framework, null, null),
                Parameters.resolve(engine.descriptor(), parameters), null), AnalysisMonitor.silent());
    }
}
