package org.synergos.report.internal;

import java.util.List;

import org.synergos.analysis.api.AnalysisResult;
import org.synergos.analysis.api.ElementValue;
import org.synergos.analysis.api.EngineDescriptor;
import org.synergos.analysis.api.ResultColumn;
import org.synergos.analysis.api.ResultTable;
import org.synergos.analysis.api.format.CellText;
import org.synergos.model.Construct;
import org.synergos.model.ConstructMode;
import org.synergos.model.ExpectedSign;
import org.synergos.model.Framework;
import org.synergos.model.StructuralPath;
import org.synergos.model.helpers.Elements;

/**
 * Paper E's model (NQPF → DT → CIP, H1–H4) and a PLS-SEM result laid out exactly as the pls-sem engine
 * lays it out (PlsTables' table and column ids, PlsOverlays' element values, PlsEngine's provenance), with
 * the numbers of the nqpf-smes example report.
 */
final class PlsFixture {

    static final EngineDescriptor PLS = new EngineDescriptor("pls-sem", "PLS-SEM", "0.1.0", "", List.of());

    final Framework model;
    final Construct nqpf;
    final Construct dt;
    final Construct cip;
    final StructuralPath h1;
    final StructuralPath h2;
    final StructuralPath h3;

    /** @param decoration appended to construct names and the framework name (hostile strings in tests) */
    PlsFixture(String decoration) {
        model = Elements.framework("新质生产力 study" + decoration);
        nqpf = construct("NQPF", "新质生产力 (NQPF, new quality productive forces)" + decoration, 9);
        dt = construct("DT", "数字化转型 (DT, digital transformation)" + decoration, 5);
        cip = construct("CIP", "协同创新绩效 (CIP, collaborative innovation performance)" + decoration, 4);
        h1 = path("H1", nqpf, cip);
        h2 = path("H2", nqpf, dt);
        h3 = path("H3", dt, cip);
        Elements.mediation(model, "H4", nqpf, cip, dt).setExpectedSign(ExpectedSign.POSITIVE);
    }

    PlsFixture() {
        this("");
    }

    private Construct construct(String code, String name, int indicators) {
        Construct construct = Elements.construct(model, code, ConstructMode.REFLECTIVE);
        construct.setName(name);
        for (int i = 1; i <= indicators; i++) {
            Elements.indicator(construct, code.substring(0, 2) + i);
        }
        return construct;
    }

    private StructuralPath path(String label, Construct source, Construct target) {
        StructuralPath path = Elements.path(model, label, source, target);
        path.setExpectedSign(ExpectedSign.POSITIVE);
        return path;
    }

    /** Rows: hypothesis, path, beta, t, p of the structural model; bootstrap columns are derived. */
    AnalysisResult result(Object[][] paths) {
        ResultTable.Builder structural = bootstrapColumns(ResultTable.builder("structural-model",
                "Structural model: path coefficients").column(ResultColumn.text("hypothesis", "Hypothesis"))
                .column(ResultColumn.text("path", "Path")).column(ResultColumn.decimal("beta", "β", 3)));
        for (Object[] row : paths) {
            structural.row(bootstrapRow(row[0], row[1], (double) row[2], (double) row[3], (double) row[4]));
        }
        ResultTable indirect = bootstrapColumns(ResultTable.builder("indirect-effects", "Specific indirect effects")
                .column(ResultColumn.text("hypothesis", "Hypothesis")).column(ResultColumn.text("effect", "Effect"))
                .column(ResultColumn.decimal("estimate", "Estimate", 3)))
                .row(bootstrapRow("H4", "NQPF → DT → CIP", 0.2814946656751705, 9.046712963782207, 2.07e-19)).build();
        ResultTable r2 = ResultTable.builder("r2", "Explanatory and predictive power")
                .column(ResultColumn.text("construct", "Construct")).column(ResultColumn.decimal("r2", "R²", 3))
                .column(ResultColumn.decimal("r2adj", "Adjusted R²", 3))
                .column(ResultColumn.decimal("q2", "Q² (blindfolding)", 3))
                .note("Q²: cross-validated redundancy, omission distance D = 7.")
                .row("CIP", 0.628602830972287, 0.6262144247405975, 0.4558881880996867)
                .row("DT", 0.20333535632438016, 0.200781944004907, 0.12962279156116674).build();
        AnalysisResult.Builder result = AnalysisResult.builder(PLS).table(structural.build()).table(indirect)
                .table(r2);
        StructuralPath[] elements = { h1, h2, h3 };
        for (int i = 0; i < paths.length && i < elements.length; i++) {
            double beta = (double) paths[i][2];
            double t = (double) paths[i][3];
            double p = (double) paths[i][4];
            result.value(new ElementValue(elements[i].getId(), "beta", beta,
                    CellText.fixed(beta, 3) + CellText.stars(p) + " (t = " + CellText.fixed(t, 2) + ")"))
                    .value(ElementValue.of(elements[i].getId(), "t", t)).value(ElementValue.of(elements[i].getId(), "p", p));
        }
        result.value(new ElementValue(model.getMediations().get(0).getId(), "indirect", 0.2814946656751705,
                "0.281*** (t = 9.05)"));
        result.value(new ElementValue(cip.getId(), "r2", 0.628602830972287, "R² = 0.629"))
                .value(new ElementValue(dt.getId(), "r2", 0.20333535632438016, "R² = 0.203"));
        for (Construct construct : List.of(nqpf, dt, cip)) {
            construct.getIndicators().forEach(indicator -> result.value(new ElementValue(indicator.getId(), "loading",
                    0.8123, "0.812")));
        }
        return result.provenance("software", "Synergos PLS-SEM 0.1.0").provenance("algorithm", "PLS path algorithm")
                .provenance("n", 314).provenance("iterations", 4).provenance("blindfolding", "7")
                .provenance("bootstrap", "5000").provenance("confidence", "0.95").provenance("consistent", "false")
                .provenance("max-iterations", "300").provenance("missing", "listwise")
                .provenance("plspredict-folds", "10")
                .provenance("plspredict-technique", "direct-antecedents")
                .provenance("plspredict-benchmark", "antecedent-indicators").provenance("seed", "20250314").provenance("tolerance", "1.0E-7")
                .provenance("weighting", "path").build();
    }

    /** The example report's structural model: all three paths supported. */
    AnalysisResult result() {
        return result(new Object[][] { { "H1", "NQPF → CIP", 0.28254854289993553, 6.910754185727148, 5.42e-12 },
                { "H2", "NQPF → DT", 0.45092721843372924, 10.362612584873359, 6.5e-25 },
                { "H3", "DT → CIP", 0.624257428178602, 17.664089322640905, 8.7e-68 } });
    }

    private static ResultTable.Builder bootstrapColumns(ResultTable.Builder table) {
        return table.column(ResultColumn.decimal("mean", "M (boot)", 3)).column(ResultColumn.decimal("sd", "SD", 3))
                .column(ResultColumn.decimal("t", "t", 3)).column(ResultColumn.pValue("p", "p"))
                .column(ResultColumn.decimal("ci.lower", "95% CI lower", 3))
                .column(ResultColumn.decimal("ci.upper", "95% CI upper", 3))
                .column(ResultColumn.decimal("bca.lower", "95% BCa lower", 3))
                .column(ResultColumn.decimal("bca.upper", "95% BCa upper", 3))
                .note("Bootstrap with 5000 valid of 5000 resamples; t = beta / SD; p two-sided from t (df = resamples − 1).");
    }

    private static List<Object> bootstrapRow(Object label, Object effect, double estimate, double t, double p) {
        double sd = Math.abs(estimate / t);
        return java.util.Arrays.asList(label, effect, estimate, estimate + 0.0007, sd, t, p, estimate - 1.96 * sd,
                estimate + 1.96 * sd, estimate - 1.97 * sd, estimate + 1.95 * sd);
    }
}
