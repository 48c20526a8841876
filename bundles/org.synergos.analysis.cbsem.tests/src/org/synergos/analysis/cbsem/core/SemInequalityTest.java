package org.synergos.analysis.cbsem.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.synergos.testing.ReferenceResults;

/**
 * What the corpus (which compares the numbers with lavaan 0.6-14) does not show of inequality constraints:
 * which are reported active, how the covariance of the estimates holds them, what is refused and how.
 */
class SemInequalityTest {

    private static final String HS3 = """
            visual  =~ x1 + a*x2 + x3
            textual =~ x4 + l5*x5 + l6*x6
            speed   =~ x7 + x8 + x9
            """;

    private static SemResult fit(String constraints, SemOptions options) {
        return Sem.fit(LavaanSyntax.parse(HS3 + constraints),
                DataSet.readCsv(ReferenceResults.data("HolzingerSwineford1939.csv")), options);
    }

    @Test
    void anActiveConstraintPinsItsParameterAndIsReported() {
        SemResult r = fit("a > 0.6\nl5 < 2", SemOptions.defaults());
        assertEquals(List.of("a > 0.6"), r.activeInequalityConstraints());
        ParameterEstimate a = r.estimate("visual", Operator.LOADING, "x2");
        assertEquals(0.6, a.estimate(), 1e-12);
        assertEquals(0.0, a.se());
        assertTrue(a.parameter().isFree(), "the row stays free in the user's table, as in lavaan's");
        double[][] v = r.vcov();
        int k = a.parameter().free() - 1;
        for (double[] row : v) {
            assertEquals(0.0, row[k]);
        }
        // lavaan: df and npar ignore inequality constraints
        assertEquals(24, r.fitMeasures().df());
        assertEquals(21.0, r.fitMeasures().get("npar"));
    }

    @Test
    void anActiveConstraintBetweenLabelsMakesThemOneParameterInTheVcov() {
        SemResult r = fit("l5 < l6", SemOptions.defaults());
        assertEquals(List.of("l5 < l6"), r.activeInequalityConstraints());
        int i = r.estimate("textual", Operator.LOADING, "x5").parameter().free() - 1;
        int j = r.estimate("textual", Operator.LOADING, "x6").parameter().free() - 1;
        double[][] v = r.vcov();
        assertTrue(v[i][i] > 0);
        assertEquals(v[i][i], v[j][j]);
        assertEquals(v[i][i], v[i][j]);
    }

    @Test
    void inactiveConstraintsLeaveTheUnconstrainedFit() {
        SemResult constrained = fit("a > 0.3\na < 1", SemOptions.defaults());
        SemResult free = fit("", SemOptions.defaults());
        assertEquals(List.of(), constrained.activeInequalityConstraints());
        assertEquals(free.fitMeasures().chisq(), constrained.fitMeasures().chisq(), 1e-9);
        assertEquals(free.estimate("visual", Operator.LOADING, "x2").se(),
                constrained.estimate("visual", Operator.LOADING, "x2").se(), 1e-9);
        // no active constraint: the score tests are those of the unconstrained model
        assertEquals(Sem.modificationIndices(free).size(), Sem.modificationIndices(constrained).size());
    }

    @Test
    void scoreTestsAreRefusedWhileAConstraintIsActive() {
        SemResult r = fit("a > 0.6", SemOptions.defaults());
        SemException e = assertThrows(SemException.class, () -> Sem.modificationIndices(r));
        assertTrue(e.getMessage().contains("'a > 0.6'"), e.getMessage());
        assertThrows(SemException.class, () -> Sem.releaseAllConstraints(r));
    }

    @Test
    void contradictoryConstraintsAreRefused() {
        SemException e = assertThrows(SemException.class, () -> fit("a > 1\na < 0.5", SemOptions.defaults()));
        assertTrue(e.getMessage().contains("no estimate satisfies") && e.getMessage().contains("'a > 1'"),
                e.getMessage());
    }

    @Test
    void whatTheSearchCannotHonourIsRefusedByName() {
        assertRefused("a > 2*l5", "constraint 'a > 2*l5' is not supported");
        assertRefused("a > zz", "constraint 'a > zz': 'zz' is not the label");
        assertRefused("l5 == l6\nl5 < l6", "both labels name the same parameter");
        assertRefused("a == 0.5\na > 0.4", "'a' labels a fixed parameter");
        SemException boot = assertThrows(SemException.class,
                () -> fit("a > 0.6", SemOptions.builder().bootstrap(10, 1L).build()));
        assertTrue(boot.getMessage().contains("'a > 0.6'") && boot.getMessage().contains("bootstrap"),
                boot.getMessage());
    }

    private static void assertRefused(String constraints, String expected) {
        SemException e = assertThrows(SemException.class, () -> fit(constraints, SemOptions.defaults()));
        assertTrue(e.getMessage().contains(expected), e.getMessage());
    }
}
