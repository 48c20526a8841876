package org.synergos.analysis.cbsem.internal.evaluate;

import java.util.List;

import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.EigenDecomposition;
import org.synergos.analysis.cbsem.core.Operator;
import org.synergos.analysis.cbsem.core.Parameter;
import org.synergos.analysis.cbsem.internal.estimate.FittedModel;
import org.synergos.analysis.cbsem.internal.model.ImpliedMoments;

/**
 * lavaan's post-fit check ({@code lavInspect(fit, "post.check")}), which its bootstrap uses to count inadmissible
 * draws: no negative variance of an observed or a latent variable, a positive (semi)definite covariance matrix of
 * the latent variables (checked when no latent variance is negative) and of the observed variables' residuals
 * (when no observed variance is negative), eigenvalues down to {@code -ε^(3/4)}.
 */
public final class Admissibility {

    private static final double TOLERANCE = -Math.pow(Math.ulp(1.0), 0.75);

    private Admissibility() {
    }

    public static boolean admissible(FittedModel fm) {
        List<Parameter> rows = fm.table().rows();
        List<String> observed = fm.table().observed();
        boolean observedOk = true;
        boolean latentOk = true;
        for (int i = 0; i < rows.size(); i++) {
            Parameter r = rows.get(i);
            if (r.group() > 0 && r.op() == Operator.COVARIANCE && r.lhs().equals(r.rhs()) && fm.value(i) < 0) {
                if (observed.contains(r.lhs())) {
                    observedOk = false;
                } else {
                    latentOk = false;
                }
            }
        }
        if (!observedOk || !latentOk) {
            return false;
        }
        double[] theta = fm.theta();
        for (var model : fm.models()) {
            ImpliedMoments mom = new ImpliedMoments(model, fm.table().freeCount());
            mom.compute(theta);
            int p = mom.p();
            int n = mom.n();
            if (n > p && smallestEigenvalue(mom.allCovariance(), n, p, n) < TOLERANCE) {
                return false;
            }
            if (smallestEigenvalue(mom.sMatrix(), n, 0, p) < TOLERANCE) {
                return false;
            }
        }
        return true;
    }

    /** Smallest eigenvalue of the block [from, to) × [from, to) of an n×n row-major matrix. */
    private static double smallestEigenvalue(double[] m, int n, int from, int to) {
        int k = to - from;
        double[][] block = new double[k][k];
        for (int i = 0; i < k; i++) {
            for (int j = 0; j < k; j++) {
                block[i][j] = m[(from + i) * n + from + j];
            }
        }
        double[] values = new EigenDecomposition(new Array2DRowRealMatrix(block, false)).getRealEigenvalues();
        double min = Double.POSITIVE_INFINITY;
        for (double v : values) {
            min = Math.min(min, v);
        }
        return min;
    }
}
