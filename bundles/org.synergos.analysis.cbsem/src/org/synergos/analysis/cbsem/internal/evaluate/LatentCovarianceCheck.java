package org.synergos.analysis.cbsem.internal.evaluate;

import java.util.ArrayList;
import java.util.List;

import org.synergos.analysis.cbsem.core.ParameterTable;
import org.synergos.analysis.cbsem.internal.estimate.FittedModel;
import org.synergos.analysis.cbsem.internal.model.Dense;
import org.synergos.analysis.cbsem.internal.model.ImpliedMoments;

/**
 * lavaan's post-estimation check of the latent variables' model-implied covariance matrix
 * ({@code lavInspect(fit, "cov.lv")}): when it is not positive definite the solution is improper (e.g. a
 * factor correlation above 1), and lavaan warns. Here the warning names the group and the latent pairs
 * whose implied correlation exceeds 1 in absolute value. Negative latent variances are reported as
 * Heywood cases already.
 */
final class LatentCovarianceCheck {

    private LatentCovarianceCheck() {
    }

    static List<String> warnings(FittedModel fm) {
        ParameterTable table = fm.table();
        List<String> latent = table.latent();
        List<String> out = new ArrayList<>();
        if (latent.isEmpty()) {
            return out;
        }
        int p = table.observed().size();
        int m = latent.size();
        for (int g = 1; g <= table.groupCount(); g++) {
            ImpliedMoments mom = new ImpliedMoments(fm.models().get(g - 1), table.freeCount());
            mom.compute(fm.theta());
            int n = mom.n();
            double[] all = mom.allCovariance();
            double[] lv = new double[m * m];
            boolean negativeVariance = false;
            for (int i = 0; i < m; i++) {
                for (int j = 0; j < m; j++) {
                    lv[i * m + j] = all[(p + i) * n + p + j];
                }
                negativeVariance |= lv[i * m + i] < 0;
            }
            if (negativeVariance || Dense.cholesky(lv.clone(), m)) {
                continue;
            }
            List<String> pairs = new ArrayList<>();
            for (int i = 0; i < m; i++) {
                for (int j = i + 1; j < m; j++) {
                    double r = lv[i * m + j] / Math.sqrt(lv[i * m + i] * lv[j * m + j]);
                    if (Math.abs(r) > 1) {
                        pairs.add(latent.get(i) + " ~~ " + latent.get(j) + " (correlation " + r + ")");
                    }
                }
            }
            String where = table.groupCount() > 1 ? " in group " + g + " (" + table.groupLabels().get(g - 1) + ")" : "";
            out.add("covariance matrix of latent variables is not positive definite" + where
                    + (pairs.isEmpty() ? "" : ": " + String.join(", ", pairs))
                    + " (improper solution, left as estimated)");
        }
        return out;
    }
}
