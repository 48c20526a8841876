package org.synergos.report.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.synergos.analysis.api.AnalysisResult;
import org.synergos.analysis.api.EngineDescriptor;
import org.synergos.analysis.api.ResultColumn;
import org.synergos.analysis.api.ResultTable;
import org.synergos.analysis.api.format.CellText;
import org.synergos.model.ExpectedSign;

class ResultsParagraphTest {

    @Test
    void plsParagraphStatesEachHypothesisTheIndirectEffectAndExplainedVariance() {
        PlsFixture fixture = new PlsFixture();
        assertEquals("H1 (NQPF → CIP) was supported (β = 0.283, t = 6.911, p < .001). "
                + "H2 (NQPF → DT) was supported (β = 0.451, t = 10.363, p < .001). "
                + "H3 (DT → CIP) was supported (β = 0.624, t = 17.664, p < .001). "
                + "H4 (NQPF → DT → CIP) was supported: the specific indirect effect was 0.281 (t = 9.047, p < .001); "
                + "with the direct effect NQPF → CIP also significant, the mediation is partial (complementary). "
                + "R² was 0.629 for CIP (adjusted 0.626) and 0.203 for DT (adjusted 0.201). "
                + "Q² (blindfolding) was 0.456 for CIP and 0.130 for DT, all above zero, indicating predictive "
                + "relevance.", ResultsParagraph.render(fixture.model, fixture.result()));
    }

    @Test
    void notSignificantOrWrongSignIsNotSupportedAndUnspecifiedSignAcceptsEither() {
        PlsFixture fixture = new PlsFixture();
        fixture.h3.setExpectedSign(ExpectedSign.UNSPECIFIED);
        AnalysisResult result = fixture.result(new Object[][] { { "H1", "NQPF → CIP", 0.043, 1.282, 0.2 },
                { "H2", "NQPF → DT", -0.31, -5.1, 0.0004 }, { "H3", "DT → CIP", -0.2, -3.3, 0.001 } });
        String text = ResultsParagraph.render(fixture.model, result);
        assertTrue(text.contains("H1 (NQPF → CIP) was not supported (β = 0.043, t = 1.282, p = .200)."), text);
        assertTrue(text.contains("H2 (NQPF → DT) was not supported (β = -0.310, t = -5.100, p < .001); the effect "
                + "was significant but negative, contrary to the hypothesised positive sign."), text);
        assertTrue(text.contains("H3 (DT → CIP) was supported (β = -0.200, t = -3.300, p = .001)."), text);
        assertTrue(text.contains("as the direct effect NQPF → CIP was not significant, the mediation is full "
                + "(indirect-only)"), text);
    }

    @Test
    void everyNumberInTheParagraphIsATableCellAsTheTablesPrintIt() {
        PlsFixture fixture = new PlsFixture();
        AnalysisResult result = fixture.result();
        Set<String> cells = new HashSet<>();
        for (ResultTable table : result.tables()) {
            for (List<Object> row : table.rows()) {
                for (int c = 0; c < row.size(); c++) {
                    cells.add(CellText.format(table.columns().get(c), row.get(c)));
                }
            }
        }
        Matcher numbers = Pattern.compile("-?\\d*\\.\\d+").matcher(ResultsParagraph.render(fixture.model, result));
        int found = 0;
        while (numbers.find()) {
            String number = numbers.group();
            assertTrue(cells.contains(number) || cells.contains("< " + number), number + " is in no table");
            found++;
        }
        assertEquals(18, found, "3 per path, 3 for the indirect effect, 4 R², 2 Q²");
    }

    @Test
    void cbsemParagraphUsesStandardisedEstimatesAndZ() {
        PlsFixture fixture = new PlsFixture();
        EngineDescriptor cbsem = new EngineDescriptor("cb-sem", "CB-SEM", "0.1.0", "", List.of());
        ResultTable parameters = ResultTable.builder("parameters", "Parameter estimates")
                .column(ResultColumn.text("lhs", "lhs")).column(ResultColumn.text("op", "op"))
                .column(ResultColumn.text("rhs", "rhs")).column(ResultColumn.integer("group", "Group"))
                .column(ResultColumn.decimal("est", "Estimate", 3)).column(ResultColumn.decimal("se", "SE", 3))
                .column(ResultColumn.decimal("z", "z", 2)).column(ResultColumn.pValue("pvalue", "p"))
                .column(ResultColumn.decimal("std.all", "Std. (all)", 3))
                .row("NQPF", "=~", "NQ1", 1, 1.0, 0.0, null, null, 0.8)
                .row("CIP", "~", "NQPF", 1, 0.31, 0.05, 6.2, 1e-9, 0.29)
                .row("CIP", "~", "NQPF", 2, 0.11, 0.05, 2.2, 0.03, 0.10)
                .row("DT", "~", "NQPF", 1, 0.05, 0.05, 1.0, 0.317, 0.04)
                .row("ind_H4", ":=", "a*b", 1, 0.021, 0.02, 1.05, 0.29, 0.02).build();
        ResultTable r2 = ResultTable.builder("r2", "Explained variance (R²)")
                .column(ResultColumn.text("variable", "Variable")).column(ResultColumn.integer("group", "Group"))
                .column(ResultColumn.decimal("r2", "R²", 3)).row("NQ1", 1, 0.64).row("CIP", 1, 0.412).build();
        AnalysisResult result = AnalysisResult.builder(cbsem).table(parameters).table(r2).build();
        assertEquals("H1 (NQPF → CIP) was supported (β = 0.290, z = 6.20, p < .001). "
                + "H2 (NQPF → DT) was not supported (β = 0.040, z = 1.00, p = .317). "
                + "H4 (NQPF → DT → CIP) was not supported: the specific indirect effect was 0.021 (z = 1.05, p = .290). "
                + "R² was 0.412 for CIP.", ResultsParagraph.render(fixture.model, result));
    }

    /** cb-sem names groups by label (lavaan's group.label); the paragraph reports the first group listed only. */
    @Test
    void cbsemParagraphOfAMultigroupFitReportsTheFirstLabelledGroup() {
        PlsFixture fixture = new PlsFixture();
        EngineDescriptor cbsem = new EngineDescriptor("cb-sem", "CB-SEM", "0.1.0", "", List.of());
        ResultTable parameters = ResultTable.builder("parameters", "Parameter estimates")
                .column(ResultColumn.text("lhs", "lhs")).column(ResultColumn.text("op", "op"))
                .column(ResultColumn.text("rhs", "rhs")).column(ResultColumn.text("group", "Group"))
                .column(ResultColumn.decimal("est", "Estimate", 3)).column(ResultColumn.decimal("se", "SE", 3))
                .column(ResultColumn.decimal("z", "z", 2)).column(ResultColumn.pValue("pvalue", "p"))
                .column(ResultColumn.decimal("std.all", "Std. (all)", 3))
                .row("CIP", "~", "NQPF", "low", 0.31, 0.05, 6.2, 1e-9, 0.29)
                .row("CIP", "~", "NQPF", "high", 0.11, 0.05, 2.2, 0.03, 0.10).build();
        ResultTable r2 = ResultTable.builder("r2", "Explained variance (R²)")
                .column(ResultColumn.text("variable", "Variable")).column(ResultColumn.text("group", "Group"))
                .column(ResultColumn.decimal("r2", "R²", 3)).row("CIP", "low", 0.412).row("CIP", "high", 0.2).build();
        AnalysisResult result = AnalysisResult.builder(cbsem).table(parameters).table(r2).build();
        assertEquals("H1 (NQPF → CIP) was supported (β = 0.290, z = 6.20, p < .001). R² was 0.412 for CIP.",
                ResultsParagraph.render(fixture.model, result));
    }

    @Test
    void analysesWithoutAStructuralModelHaveNoResultsParagraph() {
        EngineDescriptor descriptive = new EngineDescriptor("descriptive", "Descriptive", "0.1.0", "", List.of());
        assertEquals("", ResultsParagraph.render(new PlsFixture().model, AnalysisResult.builder(descriptive).build()));
    }
}
