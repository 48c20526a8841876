package org.synergos.analysis.cbsem.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.synergos.testing.ReferenceResults;
import org.synergos.testing.ReferenceTable;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The differential corpus: every model of {@code org.synergos.testing}'s {@code reference/lavaan_corpus/}
 * (written by {@code regenerate-lavaan-corpus.R} with lavaan 0.6-14 on R 4.2.2) fitted by the core with
 * only the options lavaan's call named, everything else at the core's defaults. Models, data and options
 * come from the corpus's {@code manifest.json}; nothing about a model is written here.
 *
 * <p>Per model, as its manifest entry's {@code synergos} says: {@code fit} compares every row of
 * lavaan's {@code parameterEstimates(standardized = TRUE, ci = TRUE)} in every column (est, se, z,
 * pvalue, ci.lower, ci.upper, std.lv, std.all) and every fit measure {@link FitMeasures} provides, at
 * 1e-4 relative or absolute, whichever is looser, and expects no warning where lavaan gave none;
 * {@code heywood} also expects the named Heywood warning, {@code warning: <text>} a warning containing
 * {@code <text>} (lavaan's too); {@code nonconvergence} a
 * {@link NonConvergenceException} instead of numbers; {@code refused: <message>} a refusal whose message
 * contains {@code <message>}.
 *
 * <p>Two rules, both narrow: a parameter a {@code label == number} constraint pins has SE 0 and CI = estimate
 * here where lavaan prints NA (the root of a rounding-negative variance); and a model whose values differ
 * passes only if lavaan's optimiser is the limit (our log-likelihood at least lavaan's, our evaluation at
 * lavaan's estimates in agreement).
 */
class LavaanCorpusTest {

    private static final String FOLDER = "lavaan_corpus/";
    private static final double TOLERANCE = 1e-4;
    private static final List<String> COLUMNS = List.of("est", "se", "z", "pvalue", "ci.lower", "ci.upper", "std.lv",
            "std.all");

    static Stream<Arguments> models() {
        List<Arguments> out = new ArrayList<>();
        for (JsonNode model : ReferenceResults.json(FOLDER + "manifest.json").get("models")) {
            out.add(Arguments.of(model.get("id").asText(), model));
        }
        return out.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("models")
    void coreReproducesLavaan(String id, JsonNode model) {
        JsonNode reference = ReferenceResults.json(FOLDER + id + "_fit.json");
        String expectation = model.get("synergos").asText();
        DataSet data = DataSet.readCsv(ReferenceResults.data(model.get("data").asText()));
        String syntax = model.get("model").asText();
        String call = id + " (" + model.get("call").asText() + ", lavaan 0.6-14)";

        if (expectation.startsWith("refused: ")) {
            String message = expectation.substring("refused: ".length());
            RuntimeException refusal = assertThrows(RuntimeException.class,
                    () -> Sem.fit(LavaanSyntax.parse(syntax), data, LavaanOptions.of(model.get("options"))), call);
            assertTrue(refusal instanceof SemException || refusal instanceof IllegalArgumentException,
                    call + ": a refusal, not " + refusal);
            assertTrue(refusal.getMessage().contains(message), call + ": refusal names the element: " + refusal);
            return;
        }
        if (expectation.equals("nonconvergence")) {
            assertFalse(reference.get("converged").asBoolean(), call + ": lavaan did not converge either");
            NonConvergenceException e = assertThrows(NonConvergenceException.class,
                    () -> Sem.fit(LavaanSyntax.parse(syntax), data, LavaanOptions.of(model.get("options"))), call);
            assertTrue(e.getMessage().startsWith("estimation did not converge"), e.getMessage());
            assertFalse(e.convergence().converged());
            return;
        }
        assertTrue(reference.get("converged").asBoolean(), call + ": lavaan converged");
        SemResult result = Sem.fit(LavaanSyntax.parse(syntax), data, LavaanOptions.of(model.get("options")));
        List<String> mismatches = new ArrayList<>();
        compareParameters(id, result, mismatches);
        int compared = compareFitMeasures(reference.get("fit_measures_all"), result, mismatches);
        assertTrue(compared >= 20, call + ": only " + compared + " fit measures compared");
        if (!mismatches.isEmpty()) {
            assertLavaansOptimumIsTheLimit(id, reference, result, mismatches, call);
        }
        assertArrayEqualsNobs(reference.get("nobs"), result.groupSizes(), call);
        checkWarnings(expectation, reference.get("warnings"), result, call);
    }

    /**
     * Where our numbers differ, they must differ only because lavaan's optimiser stopped short (nlminb's
     * default relative tolerance on the objective leaves flat directions imprecise): our log-likelihood is
     * at least lavaan's, and our whole evaluation at lavaan's estimates (SEs, standardised values, every fit
     * measure; nothing re-optimised but the baseline) agrees with lavaan at 1e-4. Anything else fails,
     * listing what differs.
     */
    private static void assertLavaansOptimumIsTheLimit(String id, JsonNode reference, SemResult result,
            List<String> mismatches, String call) {
        String differences = call + ": " + mismatches.size() + " values differ from lavaan:\n  "
                + String.join("\n  ", mismatches.subList(0, Math.min(40, mismatches.size())));
        boolean grouped = ReferenceResults.table(FOLDER + id + "_params.csv").header().contains("group");
        SemResult atLavaan = LavaanReference.evaluatedAt(result, FOLDER + id + "_params.csv", grouped);
        double gain = result.fitMeasures().logLikelihood() - atLavaan.fitMeasures().logLikelihood();
        assertTrue(gain >= -1e-9, differences + "\n and lavaan's estimates have the higher log-likelihood (by "
                + -gain + "): our optimum is worse");
        List<String> atLavaanMismatches = new ArrayList<>();
        compareParameters(id, atLavaan, atLavaanMismatches);
        compareFitMeasures(reference.get("fit_measures_all"), atLavaan, atLavaanMismatches);
        assertTrue(atLavaanMismatches.isEmpty(), differences + "\n and at lavaan's estimates still:\n  "
                + String.join("\n  ", atLavaanMismatches.subList(0, Math.min(40, atLavaanMismatches.size()))));
        System.out.println(call + ": lavaan's optimum is less precise than ours (log-likelihood +" + gain
                + "); at lavaan's estimates everything agrees; at ours " + mismatches);
    }

    private static void compareParameters(String id, SemResult result, List<String> mismatches) {
        ReferenceTable ref = ReferenceResults.table(FOLDER + id + "_params.csv");
        boolean grouped = ref.header().contains("group");
        for (int i = 0; i < ref.rowCount(); i++) {
            String lhs = ref.cell(i, "lhs");
            Operator op = Operator.ofSymbol(ref.cell(i, "op"));
            String rhs = ref.cell(i, "rhs");
            int group = op == Operator.DEFINED ? 0 : grouped ? (int) ref.number(i, "group") : 1;
            String row = lhs + " " + op.symbol() + " " + rhs + (grouped ? " [group " + group + "]" : "");
            ParameterEstimate ours = find(result, lhs, op, rhs, group);
            if (ours == null) {
                mismatches.add(row + ": no such row in our estimates");
                continue;
            }
            double[] values = { ours.estimate(), ours.se(), ours.z(), ours.pvalue(), ours.ciLower(), ours.ciUpper(),
                    ours.stdLv(), ours.stdAll() };
            boolean pinned = pinnedByConstraint(ref, i, ours);
            for (int c = 0; c < COLUMNS.size(); c++) {
                String column = COLUMNS.get(c);
                double lavaan = ref.number(i, column);
                if (pinned && (column.equals("se") || column.startsWith("ci."))) {
                    // lavaan's NA here is sqrt of a rounding-negative variance; the exact value is se 0, CI = est
                    lavaan = column.equals("se") ? 0.0 : ref.number(i, "est");
                }
                compare(row + " " + column, lavaan, values[c], mismatches);
            }
        }
        long ownRows = result.estimates().stream().filter(e -> e.op() != Operator.EQUALITY).count();
        if (ownRows != ref.rowCount()) {
            mismatches.add("we report " + ownRows + " parameter rows, lavaan " + ref.rowCount());
        }
    }

    /**
     * A parameter that a {@code label == number} constraint pins: lavaan keeps it free under the
     * constraint and reports its SE and CI as NA (the square root of a variance that is 0 up to rounding),
     * the core fixes it (SE 0, CI = estimate). Only such rows qualify: lavaan NA, ours fixed, a label.
     */
    private static boolean pinnedByConstraint(ReferenceTable ref, int i, ParameterEstimate ours) {
        return ref.header().contains("label") && !ref.cell(i, "label").isEmpty() && Double.isNaN(ref.number(i, "se"))
                && !Double.isNaN(ref.number(i, "est")) && !ours.parameter().isFree() && ours.se() == 0.0;
    }

    /** Every measure our FitMeasures has, against lavaan's value of the same name. */
    private static int compareFitMeasures(JsonNode lavaan, SemResult result, List<String> mismatches) {
        int compared = 0;
        for (Map.Entry<String, Double> measure : result.fitMeasures().asMap().entrySet()) {
            JsonNode value = lavaan.get(measure.getKey());
            if (value == null) {
                mismatches.add("fit measure " + measure.getKey() + ": lavaan has no measure of that name");
                continue;
            }
            compare("fit measure " + measure.getKey(), value.isNull() ? Double.NaN : value.asDouble(),
                    measure.getValue(), mismatches);
            compared++;
        }
        return compared;
    }

    private static void checkWarnings(String expectation, JsonNode lavaanWarnings, SemResult result, String call) {
        List<String> lavaan = LavaanOptions.texts(lavaanWarnings);
        if (expectation.equals("heywood")) {
            assertTrue(lavaan.stream().anyMatch(w -> w.contains("variances are negative")),
                    call + ": lavaan warned of a negative variance: " + lavaan);
            assertFalse(result.heywoodCases().isEmpty(), call + ": Heywood case flagged");
            for (HeywoodCase h : result.heywoodCases()) {
                assertTrue(h.estimate() < 0, h.toString());
                assertTrue(result.warnings().contains(h.message()), call + ": warning for " + h.parameter());
                assertTrue(h.message().contains("Heywood case") && h.message().contains(h.parameter().lhs()),
                        call + ": the warning names the element: " + h.message());
            }
            return;
        }
        if (expectation.startsWith("warning: ")) {
            String text = expectation.substring("warning: ".length());
            assertTrue(lavaan.stream().anyMatch(w -> w.contains(text)), call + ": lavaan warned: " + lavaan);
            assertTrue(result.warnings().stream().anyMatch(w -> w.contains(text)),
                    call + ": our warning '" + text + "': " + result.warnings());
            return;
        }
        assertEquals("fit", expectation, call + ": unknown expectation in the manifest");
        assertEquals(List.of(), lavaan, call + ": a 'fit' model has no lavaan warning");
        assertEquals(List.of(), result.warnings(), call + ": no warning where lavaan gave none");
        assertTrue(result.convergence().converged(), call);
    }

    private static void assertArrayEqualsNobs(JsonNode nobs, int[] ours, String call) {
        List<Integer> lavaan = new ArrayList<>();
        if (nobs.isArray()) {
            nobs.forEach(n -> lavaan.add(n.asInt()));
        } else {
            lavaan.add(nobs.asInt());
        }
        assertEquals(lavaan, java.util.Arrays.stream(ours).boxed().toList(), call + ": cases used per group");
    }

    /** |ours - lavaan| ≤ 1e-4·max(1, |lavaan|); lavaan's NA must be NaN here. */
    private static void compare(String what, double lavaan, double ours, List<String> mismatches) {
        if (Double.isNaN(lavaan) || Double.isNaN(ours)) {
            if (Double.isNaN(lavaan) != Double.isNaN(ours)) {
                mismatches.add(what + ": lavaan " + lavaan + ", ours " + ours);
            }
            return;
        }
        if (Math.abs(ours - lavaan) > TOLERANCE * Math.max(1.0, Math.abs(lavaan))) {
            mismatches.add(what + ": lavaan " + lavaan + ", ours " + ours);
        }
    }

    private static ParameterEstimate find(SemResult result, String lhs, Operator op, String rhs, int group) {
        for (ParameterEstimate e : result.estimates()) {
            if (e.op() != op || e.group() != group) {
                continue;
            }
            // lavaan writes a definition's expression without spaces: match := rows by name
            if (op == Operator.DEFINED ? e.lhs().equals(lhs)
                    : (e.lhs().equals(lhs) && e.rhs().equals(rhs))
                            || (op == Operator.COVARIANCE && e.lhs().equals(rhs) && e.rhs().equals(lhs))) {
                return e;
            }
        }
        return null;
    }

    /** The corpus covers what issue 14 asks for, so a regeneration cannot quietly shrink it. */
    @Test
    void corpusCoversIssue14() {
        List<JsonNode> all = new ArrayList<>();
        ReferenceResults.json(FOLDER + "manifest.json").get("models").forEach(all::add);
        assertTrue(all.size() >= 25, all.size() + " models");
        assertTrue(all.stream().anyMatch(m -> m.get("synergos").asText().equals("heywood")), "a Heywood case");
        assertTrue(all.stream().anyMatch(m -> m.get("synergos").asText().startsWith("warning: ")),
                "an improper solution lavaan warns about");
        assertTrue(all.stream().anyMatch(m -> m.get("synergos").asText().equals("nonconvergence")),
                "a non-converging model");
        assertTrue(all.stream().anyMatch(m -> m.get("options").has("group.equal")
                && LavaanOptions.texts(m.get("options").get("group.equal")).contains("intercepts")),
                "scalar invariance");
        assertTrue(all.stream().anyMatch(m -> m.get("options").path("estimator").asText().equals("MLR")
                && m.get("options").path("missing").asText().equals("ml")), "MLR with FIML");
        assertTrue(all.stream().anyMatch(m -> m.get("model").asText().contains(":=")), "defined parameters");
        assertTrue(all.stream().anyMatch(m -> m.get("model").asText().contains("==")), "== constraints");
        assertTrue(all.stream().filter(m -> m.get("options").path("estimator").asText().equals("MLM")
                && m.get("synergos").asText().equals("fit")).count() >= 3, "MLM fitted");
        // issue 14: inequality constraints fitted, at least one active (a parameter at its bound, SE 0) and one not
        List<String> inequality = all.stream()
                .filter(m -> m.get("model").asText().matches("(?s).*\\w\\s*[<>]\\s*\\S.*")
                        && m.get("synergos").asText().equals("fit"))
                .map(m -> m.get("id").asText()).toList();
        assertTrue(inequality.size() >= 3, "inequality models fitted: " + inequality);
        assertTrue(inequality.contains("hs_cfa_inequality") && inequality.contains("hs_cfa_inequality_inactive"),
                inequality.toString());
    }
}
