package org.synergos.analysis.sd.internal;

/**
 * Evaluate stage: agreement of a simulated series S with an observed series A at the same n times
 * (Sterman 1984, "Appropriate summary statistics for evaluating the historical fit of system dynamics
 * models", Dynamica 10(2), 51–66).
 * <ul>
 * <li>MSE = mean((S − A)²), RMSE = √MSE;</li>
 * <li>MAPE = 100 · mean(|S − A| / |A|) (undefined, NaN, when an observation is 0);</li>
 * <li>Theil's inequality coefficient <b>U1</b> (Theil 1958/1966): U = √MSE / (√mean(S²) + √mean(A²)), between
 * 0 (perfect fit) and 1 — not Theil's U2, which compares with a no-change forecast;</li>
 * <li>Theil's decomposition of the MSE as Sterman uses it: U^M = (S̄ − Ā)²/MSE (bias), U^S = (s_S − s_A)²/MSE
 * (unequal variation), U^C = 2(1 − r)·s_S·s_A/MSE (unequal covariation), with standard deviations s and
 * correlation r computed with divisor n, so that U^M + U^S + U^C = 1.</li>
 * </ul>
 */
public record FitStatistics(int n, double meanSimulated, double meanObserved, double rmse, double mape,
        double theilU1, double bias, double variance, double covariance, double r) {

    public static FitStatistics of(double[] simulated, double[] observed) {
        int n = simulated.length;
        double ms = 0;
        double ma = 0;
        for (int i = 0; i < n; i++) {
            ms += simulated[i];
            ma += observed[i];
        }
        ms /= n;
        ma /= n;
        double mse = 0;
        double s2 = 0;
        double a2 = 0;
        double ape = 0;
        double vs = 0;
        double va = 0;
        double cov = 0;
        for (int i = 0; i < n; i++) {
            double e = simulated[i] - observed[i];
            mse += e * e;
            s2 += simulated[i] * simulated[i];
            a2 += observed[i] * observed[i];
            ape += observed[i] == 0 ? Double.NaN : Math.abs(e) / Math.abs(observed[i]);
            double ds = simulated[i] - ms;
            double da = observed[i] - ma;
            vs += ds * ds;
            va += da * da;
            cov += ds * da;
        }
        mse /= n;
        double sdS = Math.sqrt(vs / n);
        double sdA = Math.sqrt(va / n);
        double r = sdS > 0 && sdA > 0 ? (cov / n) / (sdS * sdA) : Double.NaN;
        double rmse = Math.sqrt(mse);
        double u1 = rmse / (Math.sqrt(s2 / n) + Math.sqrt(a2 / n));
        double um = mse > 0 ? (ms - ma) * (ms - ma) / mse : Double.NaN;
        double us = mse > 0 ? (sdS - sdA) * (sdS - sdA) / mse : Double.NaN;
        double uc = mse > 0 ? 2 * (1 - (Double.isNaN(r) ? 0 : r)) * sdS * sdA / mse : Double.NaN;
        return new FitStatistics(n, ms, ma, rmse, 100 * ape / n, u1, um, us, uc, r);
    }
}
