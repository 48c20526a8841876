package org.synergos.analysis.cbsem.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/**
 * Modification indices and score tests of released equality constraints against lavaan 0.6-14, R
 * 4.2.2: {@code modindices(fit, sort. = FALSE, minimum.value = 0)} and {@code lavTestScore(fit)},
 * bundled {@code reference/*_modindices.csv} and {@code poldem_mg_invariance_tests.json} written by
 * {@code reference/run.R}. Three checks per model: the candidate sets are the same row for row
 * (candidates whose freeing is not identified are left out by both); evaluated at lavaan's own
 * estimates (from its parameter table), MI, EPC, sepc.lv and sepc.all agree to 1e-6 relative (the
 * formulas); and from Synergos' own fit, MI agrees to 1e-4 relative to max(MI, 1). EPCs of small MIs
 * are not compared from the two fits: with a score near 0 they amplify the optimisers' precision
 * (lavaan's nlminb stops at a relative change of 1e-10 in the objective; in the chain model, for
 * example, dem65 =~ y1 has MI 0.104 and its EPC moves by 4e-4 relative between the two optima).
 */
class ModificationIndexLavaanTest {

    private static final double REL = LavaanModIndices.REL;
    private static final LavaanReference REF = new LavaanReference();
    private static final LavaanModIndices MI = new LavaanModIndices(REF);
    private static final DataSet DATA = LavaanReference.data("PoliticalDemocracy.csv");
    private static final DataSet GROUPED = LavaanReference.data("PoliticalDemocracy_grouped.csv");

    @AfterAll
    static void report() {
        System.out.println(REF.report("modification indices"));
    }

    @Test
    void politicalDemocracyModelMatchesLavaan() {
        SemResult fit = Sem.fit(LavaanReference.politicalDemocracy(), DATA, SemOptions.defaults());
        MI.assertMatches("poldem_ml_modindices.csv", fit, false, "lavaan_poldem/poldem_ml_params.csv");
    }

    @Test
    void latentResidualCovariancesAndPathsInAChainMatchLavaan() {
        // ind60 -> dem60 -> dem65: ind60 ~~ dem65 (covariance with dem65's residual), dem60 ~~ dem65
        // and the structural paths among the latents are candidates
        ModelSpecification chain = measurement()
                .regression("dem60", "ind60")
                .regression("dem65", "dem60")
                .covariance("y1", "y5")
                .covariance("y2", "y4", "y6")
                .covariance("y3", "y7")
                .covariance("y4", "y8")
                .covariance("y6", "y8")
                .build();
        SemResult fit = Sem.fit(chain, DATA, SemOptions.defaults());
        REF.assertParameters(LavaanReference.BUNDLED + "poldem_chain_ml_params.csv", fit, REL, 1e-6, true);
        MI.assertMatches("poldem_chain_ml_modindices.csv", fit, false,
                LavaanReference.BUNDLED + "poldem_chain_ml_params.csv");
        assertTrue(has(Sem.modificationIndices(fit), "ind60", Operator.COVARIANCE, "dem65"));
    }

    @Test
    void latentCovariancesFixedAtZeroMatchLavaan() {
        ModelSpecification orthogonal = measurement()
                .covariance("ind60", "dem60", Modifier.fixed(0))
                .covariance("ind60", "dem65", Modifier.fixed(0))
                .covariance("dem60", "dem65", Modifier.fixed(0))
                .build();
        SemResult fit = Sem.fit(orthogonal, DATA, SemOptions.defaults());
        REF.assertParameters(LavaanReference.BUNDLED + "poldem_orthogonal_ml_params.csv", fit, REL, 1e-6, true);
        MI.assertMatches("poldem_orthogonal_ml_modindices.csv", fit, false,
                LavaanReference.BUNDLED + "poldem_orthogonal_ml_params.csv");
    }

    @Test
    void multigroupMetricModelMatchesLavaan() {
        // fixed marker loadings become identified candidates once loadings are equal across groups
        SemResult fit = Sem.fit(LavaanReference.politicalDemocracy(), GROUPED,
                SemOptions.builder().group("grp").groupEqual(GroupEquality.LOADINGS).build());
        MI.assertMatches("poldem_mg_metric_modindices.csv", fit, true,
                "lavaan_poldem_variants/poldem_mg_metric_params.csv");
    }

    @Test
    void releasedEqualityConstraintsMatchLavTestScore() {
        JsonNode tests = LavaanReference.json(LavaanReference.BUNDLED + "poldem_mg_invariance_tests.json");
        SemResult metric = Sem.fit(LavaanReference.politicalDemocracy(), GROUPED,
                SemOptions.builder().group("grp").groupEqual(GroupEquality.LOADINGS).build());
        SemResult scalar = Sem.fit(LavaanReference.politicalDemocracy(), GROUPED, SemOptions.builder().group("grp")
                .groupEqual(GroupEquality.LOADINGS, GroupEquality.INTERCEPTS).build());
        assertScoreTests(tests.get("score_metric"), metric, "metric");
        assertScoreTests(tests.get("score_scalar"), scalar, "scalar");
    }

    private static void assertScoreTests(JsonNode expected, SemResult fit, String what) {
        List<ReleasedConstraint> released = Sem.releasedConstraints(fit);
        JsonNode uni = expected.get("univariate");
        assertEquals(uni.size(), released.size(), what + ": one test per equality constraint");
        for (int i = 0; i < uni.size(); i++) {
            JsonNode u = uni.get(i);
            ReleasedConstraint r = released.get(i);
            String label = what + " " + u.get("lhs").asText() + " " + u.get("op").asText() + " " + u.get("rhs").asText();
            assertEquals(u.get("lhs").asText(), r.lhs(), label);
            assertEquals(Operator.ofSymbol(u.get("op").asText()), r.op(), label);
            assertEquals(u.get("rhs").asText(), r.rhs(), label);
            assertEquals(u.get("group_a").asInt(), r.referenceGroup(), label);
            assertEquals(u.get("group_b").asInt(), r.group(), label);
            double x2 = u.get("x2").asDouble();
            REF.assertClose(x2, r.mi(), REL * Math.max(1.0, x2) / Math.max(x2, 1e-12), 0.0, label + " X²");
            REF.assertClose(u.get("pvalue").asDouble(), r.pvalue(), 1e-3, 1e-6, label + " p");
        }
        ChiSquareDifference total = Sem.releaseAllConstraints(fit);
        REF.assertClose(expected.get("total").get("x2").asDouble(), total.chisqDiff(), REL, 0.0, what + " total X²");
        assertEquals(expected.get("total").get("df").asInt(), total.dfDiff(), what + " total df");
    }

    private static ModelSpecification.Builder measurement() {
        return ModelSpecification.builder()
                .latent("ind60", "x1", "x2", "x3")
                .latent("dem60", "y1", "y2", "y3", "y4")
                .latent("dem65", "y5", "y6", "y7", "y8");
    }

    private static boolean has(List<ModificationIndex> indices, String lhs, Operator op, String rhs) {
        for (ModificationIndex m : indices) {
            if (m.op() == op && ((m.lhs().equals(lhs) && m.rhs().equals(rhs))
                    || (op == Operator.COVARIANCE && m.lhs().equals(rhs) && m.rhs().equals(lhs)))) {
                return true;
            }
        }
        return false;
    }
}
