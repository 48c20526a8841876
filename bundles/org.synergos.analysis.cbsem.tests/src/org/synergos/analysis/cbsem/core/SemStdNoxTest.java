package org.synergos.analysis.cbsem.core;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.synergos.testing.ReferenceTable;

/**
 * {@code std.nox} on a model with observed exogenous covariates (x1, x2, x3 regressors of the democracy
 * factors), against lavaan 0.6-14, R 4.2.2 ({@code lavaan_inspect/mimic_ml_*}: {@code sem(mimic, data = d)}
 * with lavaan's defaults). Tolerance 1e-4 relative (absolute 1e-6 near 0), as every lavaan comparison.
 */
class SemStdNoxTest {

    private static final double REL = 1e-4;
    private static final double ABS = 1e-6;

    static ModelSpecification mimic() {
        return ModelSpecification.builder()
                .latent("dem60", "y1", "y2", "y3", "y4")
                .latent("dem65", "y5", "y6", "y7", "y8")
                .regression("dem60", "x1", "x2")
                .regression("dem65", "dem60", "x3")
                .covariance("y1", "y5")
                .build();
    }

    @Test
    void everyColumnIncludingStdNoxMatchesLavaan() {
        SemResult result = Sem.fit(mimic(), LavaanReference.data("PoliticalDemocracy.csv"), SemOptions.defaults());
        LavaanReference ref = new LavaanReference();
        ref.assertParameters("lavaan_inspect/mimic_ml_params.csv", result, REL, ABS, true);
        System.out.println(ref.report("std.nox (MIMIC)"));
    }

    @Test
    void stdNoxKeepsTheCovariatesScaleWhereStdAllDoesNot() {
        // lavaan's standardizedSolution(type = "std.nox") gives the same numbers as the std.nox column
        SemResult result = Sem.fit(mimic(), LavaanReference.data("PoliticalDemocracy.csv"), SemOptions.defaults());
        ReferenceTable nox = LavaanReference.table("lavaan_inspect/mimic_ml_stdnox.csv");
        LavaanReference ref = new LavaanReference();
        int differing = 0;
        for (int i = 0; i < nox.rowCount(); i++) {
            ParameterEstimate e = result.estimate(nox.cell(i, "lhs"), Operator.ofSymbol(nox.cell(i, "op")),
                    nox.cell(i, "rhs"));
            ref.assertClose(nox.number(i, "est.std"), e.stdNox(), REL, ABS, "std.nox " + e.parameter());
            differing += Math.abs(e.stdNox() - e.stdAll()) > 1e-3 ? 1 : 0;
        }
        // the regressions on x1-x3 and the covariates' (co)variances
        assertTrue(differing >= 9, differing + " rows where std.nox differs from std.all");
    }
}
