package org.synergos.analysis.cbsem.core;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Defined parameters ({@code :=}) with delta-method SEs: the analytic delta-method SE checked against
 * a finite-difference delta method (central differences of the expression, 1e-6 relative) built from
 * the engine's covariance matrix, whose own SEs are checked against lavaan 0.6-14, R 4.2.2 in {@link
 * SemTest}. Tolerance 1e-6 relative. The same definitions against lavaan's own values and SEs: {@code
 * CbsemConstraintsLavaanTest} (case {@code mediation_defined}).
 */
class DefinedParameterTest {

    private static SemResult result;

    @BeforeAll
    static void fit() {
        ModelSpecification model = LavaanReference.politicalDemocracy().toBuilder().build();
        ModelSpecification.Builder b = ModelSpecification.builder();
        for (Statement s : model.statements()) {
            if (s.op() == Operator.REGRESSION && s.lhs().equals("dem60")) {
                b.regression("dem60", "ind60", Modifier.label("a"));
            } else if (s.op() == Operator.REGRESSION && s.rhs().equals("dem60")) {
                b.regression("dem65", "dem60", Modifier.label("b"));
            } else if (s.op() == Operator.REGRESSION && s.lhs().equals("dem65")) {
                b.regression("dem65", "ind60", Modifier.label("c"));
            } else {
                b.add(s);
            }
        }
        b.define("ind", "a*b").define("total", "c + ind").define("ratio", "(a*b)/(c + a*b)^1");
        result = Sem.fit(b.build(), LavaanReference.data("PoliticalDemocracy.csv"), SemOptions.defaults());
    }

    @Test
    void indirectEffectValueAndDeltaMethodStandardError() {
        double a = result.estimate("dem60", Operator.REGRESSION, "ind60").estimate();
        double bb = result.estimate("dem65", Operator.REGRESSION, "dem60").estimate();
        ParameterEstimate ind = result.estimate("ind", Operator.DEFINED, "a*b");
        assertEquals(a * bb, ind.estimate(), 1e-12);
        int ia = result.estimate("dem60", Operator.REGRESSION, "ind60").parameter().free() - 1;
        int ib = result.estimate("dem65", Operator.REGRESSION, "dem60").parameter().free() - 1;
        double[][] v = result.vcov();
        // finite-difference gradient of f(a, b) = a*b
        double h = 1e-6;
        double ga = ((a + h) * bb - (a - h) * bb) / (2 * h);
        double gb = (a * (bb + h) - a * (bb - h)) / (2 * h);
        double se = Math.sqrt(ga * ga * v[ia][ia] + 2 * ga * gb * v[ia][ib] + gb * gb * v[ib][ib]);
        assertEquals(se, ind.se(), 1e-6 * se);
        assertEquals(ind.estimate() / ind.se(), ind.z(), 1e-9);
        // standardised indirect effect = product of standardised paths
        assertEquals(result.estimate("dem60", Operator.REGRESSION, "ind60").stdAll()
                * result.estimate("dem65", Operator.REGRESSION, "dem60").stdAll(), ind.stdAll(), 1e-12);
    }

    @Test
    void nestedDefinitionsAndQuotients() {
        double a = result.estimate("dem60", Operator.REGRESSION, "ind60").estimate();
        double bb = result.estimate("dem65", Operator.REGRESSION, "dem60").estimate();
        double c = result.estimate("dem65", Operator.REGRESSION, "ind60").estimate();
        ParameterEstimate total = result.estimate("total", Operator.DEFINED, "c + ind");
        assertEquals(c + a * bb, total.estimate(), 1e-12);
        ParameterEstimate ratio = result.estimate("ratio", Operator.DEFINED, "(a*b)/(c + a*b)^1");
        assertEquals(a * bb / (c + a * bb), ratio.estimate(), 1e-12);
        // finite-difference delta method for the ratio over (a, b, c)
        int[] idx = {free("dem60", "ind60"), free("dem65", "dem60"), free("dem65", "ind60")};
        double[] x = {a, bb, c};
        double[] grad = new double[3];
        for (int k = 0; k < 3; k++) {
            double h = 1e-6 * Math.abs(x[k]);
            double[] up = x.clone();
            double[] dn = x.clone();
            up[k] += h;
            dn[k] -= h;
            grad[k] = (up[0] * up[1] / (up[2] + up[0] * up[1]) - dn[0] * dn[1] / (dn[2] + dn[0] * dn[1])) / (2 * h);
        }
        double[][] v = result.vcov();
        double var = 0;
        for (int k = 0; k < 3; k++) {
            for (int l = 0; l < 3; l++) {
                var += grad[k] * v[idx[k]][idx[l]] * grad[l];
            }
        }
        assertEquals(Math.sqrt(var), ratio.se(), 1e-6 * Math.sqrt(var));
    }

    private static int free(String lhs, String rhs) {
        return result.estimate(lhs, Operator.REGRESSION, rhs).parameter().free() - 1;
    }
}
