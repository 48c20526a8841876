package org.synergos.analysis.cbsem.internal.evaluate;

import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.LUDecomposition;
import org.apache.commons.math3.linear.RealMatrix;
import org.synergos.analysis.cbsem.internal.estimate.FittedModel;
import org.synergos.analysis.cbsem.internal.estimate.GroupSample;
import org.synergos.analysis.cbsem.internal.model.Dense;
import org.synergos.analysis.cbsem.internal.estimate.SaturatedEm;

/**
 * Scaling factor of the Yuan–Bentler test statistic (Yuan &amp; Bentler 2000), in the Mplus
 * variant that lavaan uses for MLR ({@code test = "yuan.bentler.mplus"}): {@code c = (tr(A₁⁻¹B₁) -
 * tr(A₀⁻¹B₀)) / df}, where A₁ and B₁ are the observed and first-order information of the saturated
 * (H1) model evaluated at the sample moments, or the EM estimates with missing data ("unstructured", as
 * lavaan does for this trace; {@link SaturatedInformation}), and
 * A₀, B₀ those of the model (A₀ the information used for the standard errors).
 * Satorra &amp; Bentler (1994) give the general form {@code tr(UΓ)/df}.
 */
public final class YuanBentlerScaling {

    /**
     * @param c scaling factor of the chi-square (T_scaled = T / c)
     * @param traceH1 tr(A₁⁻¹B₁)
     * @param traceH0 tr(A₀⁻¹B₀)
     * @param h1Moments saturated moments in tr(A₁⁻¹B₁): all but those of fixed.x covariates
     */
    public record Result(double c, double traceH1, double traceH0, int h1Moments) {
    }

    private YuanBentlerScaling() {
    }

    /**
     * @param fm fitted model
     * @param a0 observed (or expected) information of the model, total over cases (q×q)
     * @param b0 first-order information of the model, total over cases (q×q)
     * @param df degrees of freedom
     */
    public static Result compute(FittedModel fm, double[] a0, double[] b0, int df) {
        int q = fm.table().freeCount();
        double traceH0 = q == 0 ? 0 : trace(solve(a0, q), b0, q);
        double traceH1 = 0;
        int moments = 0;
        for (int g = 0; g < fm.models().size(); g++) {
            GroupSample data = fm.samples().get(g);
            SaturatedEm.Moments h1 = fm.h1().get(g);
            boolean means = fm.models().get(g).meanStructure();
            SaturatedInformation sat = new SaturatedInformation(data.p(), means);
            // fixed.x moments: zero rows and columns, kept out of the inverse (as lavaan)
            boolean[] fixed = FixedXMoments.of(sat, fm.table(), means);
            double[] a1 = FixedXMoments.zeroed(sat.observed(data, h1.mean(), h1.cov()), sat.dim(), fixed);
            double[] b1 = FixedXMoments.zeroed(sat.firstOrder(data, h1.mean(), h1.cov()), sat.dim(), fixed);
            traceH1 += trace(FixedXMoments.inverseOmitting(a1, sat.dim(), fixed, YuanBentlerScaling::solve), b1,
                    sat.dim());
            moments += FixedXMoments.free(fixed);
        }
        return new Result((traceH1 - traceH0) / df, traceH1, traceH0, moments);
    }

    static double[] solve(double[] a, int n) {
        RealMatrix m = new Array2DRowRealMatrix(Dense.unflatten(a, n), false);
        RealMatrix inv = new LUDecomposition(m).getSolver().getInverse();
        return Dense.flatten(inv.getData());
    }

    static double trace(double[] ainv, double[] b, int n) {
        double t = 0;
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                t += ainv[i * n + j] * b[j * n + i];
            }
        }
        return t;
    }
}
