package org.synergos.analysis.cbsem.core;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.synergos.analysis.cbsem.internal.estimate.FittedModel;
import org.synergos.analysis.cbsem.internal.estimate.ModelFitter;
import org.synergos.analysis.cbsem.internal.evaluate.Evaluation;
import org.synergos.testing.ReferenceTable;
import org.synergos.testing.ReferenceResults;
import org.synergos.testing.TestResources;

/**
 * Test support: the PoliticalDemocracy model of the lavaan tutorial and comparisons of engine
 * results with lavaan 0.6-14 (R 4.2.2) outputs from {@code org.synergos.testing}'s {@code reference/} folder, or from
 * this bundle's {@code reference/} folder (written by its {@code run.R}; names starting with
 * {@value #BUNDLED}).
 */
final class LavaanReference {

    /** Prefix of reference files shipped in this bundle's {@code reference/} folder. */
    static final String BUNDLED = "bundled:";

    /** Source of every expected value in these tests. */
    static final String SOURCE = "lavaan 0.6-14, R 4.2.2";

    private double maxRelative;
    private String worst = "";

    static ModelSpecification politicalDemocracy() {
        return ModelSpecification.builder()
                .latent("ind60", "x1", "x2", "x3")
                .latent("dem60", "y1", "y2", "y3", "y4")
                .latent("dem65", "y5", "y6", "y7", "y8")
                .regression("dem60", "ind60")
                .regression("dem65", "ind60", "dem60")
                .covariance("y1", "y5")
                .covariance("y2", "y4", "y6")
                .covariance("y3", "y7")
                .covariance("y4", "y8")
                .covariance("y6", "y8")
                .build();
    }

    static DataSet data(String file) {
        return DataSet.readCsv(ReferenceResults.data(file));
    }

    /** |actual - expected| ≤ rel·|expected| or ≤ abs (for values near 0). */
    void assertClose(double expected, double actual, double rel, double abs, String what) {
        if (Double.isNaN(expected)) {
            assertTrue(Double.isNaN(actual) || actual == 0.0, what + ": expected NA (" + SOURCE + "), got " + actual);
            return;
        }
        double diff = Math.abs(actual - expected);
        if (Math.abs(expected) > abs) {
            double r = diff / Math.abs(expected);
            if (r > maxRelative) {
                maxRelative = r;
                worst = what;
            }
        }
        if (!(diff <= rel * Math.abs(expected) || diff <= abs)) {
            fail(what + ": expected " + expected + " (" + SOURCE + "), got " + actual + " (relative deviation "
                    + diff / Math.abs(expected) + ", tolerance " + rel + ")");
        }
    }

    /**
     * Compares every row of a lavaan {@code parameterEstimates(standardized = TRUE)} CSV with the
     * engine's estimates: est, se, z, std.lv, std.all, std.nox (when the file has it) to {@code rel} relative (absolute {@code abs}
     * near 0; for an estimate smaller than its SE, {@code rel·se} absolute), ci.lower/ci.upper to {@code rel} relative or {@code rel·se} absolute, p-values to 1e-3
     * relative or 1e-6 absolute.
     */
    void assertParameters(String referenceCsv, SemResult result, double rel, double abs, boolean compareSe) {
        ReferenceTable ref = table(referenceCsv);
        boolean grouped = ref.header().contains("group");
        for (int i = 0; i < ref.rowCount(); i++) {
            String lhs = ref.cell(i, "lhs");
            Operator op = Operator.ofSymbol(ref.cell(i, "op"));
            String rhs = ref.cell(i, "rhs");
            int group = grouped ? (int) ref.number(i, "group") : (op == Operator.DEFINED ? 0 : 1);
            ParameterEstimate e = result.estimate(lhs, op, rhs, group);
            String what = referenceCsv + " row " + (i + 1) + " " + lhs + " " + op.symbol() + " " + rhs + " g" + group;
            // for parameters smaller than their SE, lavaan's own optimiser precision (nlminb, rel.tol
            // 1e-10 on the objective) is the limit: allow 1e-4 of the SE (scaled alike for std values)
            double est = ref.number(i, "est");
            double se = ref.number(i, "se");
            double seScale = est != 0 && se > Math.abs(est) ? se / Math.abs(est) : 1.0;
            assertClose(est, e.estimate(), rel * seScale, abs, what + " est");
            assertClose(ref.number(i, "std.lv"), e.stdLv(), rel * seScale, abs, what + " std.lv");
            assertClose(ref.number(i, "std.all"), e.stdAll(), rel * seScale, abs, what + " std.all");
            if (ref.header().contains("std.nox")) {
                assertClose(ref.number(i, "std.nox"), e.stdNox(), rel * seScale, abs, what + " std.nox");
            }
            if (compareSe) {
                assertClose(ref.number(i, "se"), e.se(), rel, abs, what + " se");
                if (e.parameter().isFree()) {
                    assertClose(ref.number(i, "z"), e.z(), rel * seScale, abs, what + " z");
                    assertClose(ref.number(i, "pvalue"), e.pvalue(), 1e-3, 1e-6, what + " pvalue");
                    // a CI bound is est ∓ 1.96 se: its natural scale is the SE (bounds near 0 cancel)
                    double ciAbs = Math.max(abs, rel * ref.number(i, "se"));
                    assertClose(ref.number(i, "ci.lower"), e.ciLower(), rel, ciAbs, what + " ci.lower");
                    assertClose(ref.number(i, "ci.upper"), e.ciUpper(), rel, ciAbs, what + " ci.upper");
                }
            }
        }
        assertTrue(result.estimates().size() >= ref.rowCount(), "row count");
    }

    /** Compares the listed fit measures with {@code fit_measures_all} of a lavaan fit JSON. */
    void assertFitMeasures(String referenceJson, SemResult result, List<String> names, double rel, double abs) {
        JsonNode all = json(referenceJson).get("fit_measures_all");
        for (String name : names) {
            JsonNode node = all.get(name);
            if (node == null) {
                fail("reference " + referenceJson + " has no fit measure " + name);
            }
            assertClose(node.asDouble(), result.fitMeasures().get(name), rel, abs, referenceJson + " " + name);
        }
    }

    /**
     * The fitted model of {@code fit} re-evaluated at lavaan's estimates in {@code paramsCsv} (no optimisation),
     * in the table it was fitted with (with active inequality constraints as equalities, as lavaan's SEs).
     */
    static FittedModel fittedAt(SemResult fit, String paramsCsv, boolean grouped) {
        ReferenceTable params = table(paramsCsv);
        ParameterTable table = fit.fitted().table();
        double[] theta = new double[table.freeCount()];
        for (int i = 0; i < params.rowCount(); i++) {
            Operator op = Operator.ofSymbol(params.cell(i, "op"));
            int group = grouped ? (int) params.number(i, "group") : 1;
            Parameter p = op == Operator.DEFINED || op == Operator.EQUALITY ? null
                    : table.find(params.cell(i, "lhs"), op, params.cell(i, "rhs"), group);
            if (p != null && p.isFree()) {
                theta[p.free() - 1] = params.number(i, "est");
            }
        }
        FittedModel own = fit.fitted();
        return ModelFitter.fit(table, own.samples(), own.h1(), own.fiml(), theta, 0, 1e-12);
    }

    /**
     * The whole evaluation of {@code fit} (SEs, standardised values, fit measures, with the baseline
     * model fitted by Synergos) at lavaan's estimates: separates the formulas from the optima.
     */
    static SemResult evaluatedAt(SemResult fit, String paramsCsv, boolean grouped) {
        FittedModel fm = fittedAt(fit, paramsCsv, grouped);
        Evaluation ev = Evaluation.of(fm, fit.options(), fit.parameterTable());
        return new SemResult(fit.parameterTable(), fit.options(), ev.estimates(), new FitMeasures(ev.fit()), ev.r2(),
                ev.heywood(), ev.warnings(), fm.convergence(), ev.vcov(), fit.groupSizes(), ev.bootstrapOk(), fm);
    }

    /** A reference CSV: from org.synergos.testing, or bundled when the name starts with {@value #BUNDLED}. */
    static ReferenceTable table(String name) {
        return name.startsWith(BUNDLED) ? TestResources.table("reference/" + name.substring(BUNDLED.length()))
                : ReferenceResults.table(name);
    }

    /** A reference JSON: from org.synergos.testing, or bundled when the name starts with {@value #BUNDLED}. */
    static JsonNode json(String name) {
        if (!name.startsWith(BUNDLED)) {
            return ReferenceResults.json(name);
        }
        try {
            return new ObjectMapper().readTree(TestResources.path("reference/" + name.substring(BUNDLED.length())).toFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    double maxRelative() {
        return maxRelative;
    }

    String report(String label) {
        return label + ": max relative deviation vs " + SOURCE + " = " + maxRelative + " (" + worst + ")";
    }
}
