package org.synergos.analysis.cbsem.internal.evaluate;

/**
 * Incremental fit indices comparing the model's X² (df) with the baseline's X²₀ (df₀), with lavaan
 * 0.6's conventions at the boundaries (values capped or NA where the formula breaks down). The robust
 * CFI, TLI and RNI replace {@code X² - df} by {@code X² - c·df} (Brosseau-Liard &amp; Savalei 2014); as in
 * lavaan they fall back to the plain formulas when a scaling factor is exactly 1.
 */
final class IncrementalFit {

    private IncrementalFit() {
    }

    /** Comparative fit index (Bentler 1990). */
    static double cfi(double x2, double df, double x2B, double dfB, double c, double cB) {
        double[] t = excess(x2, df, x2B, dfB, c, cB);
        double t1 = Math.max(t[0], 0);
        double t2 = Math.max(Math.max(t[0], t[1]), 0);
        return t1 == 0 && t2 == 0 ? 1.0 : 1 - t1 / t2;
    }

    /** Tucker–Lewis index = non-normed fit index (Tucker &amp; Lewis 1973; Bentler &amp; Bonett 1980). */
    static double tli(double x2, double df, double x2B, double dfB, double c, double cB) {
        double[] t = excess(x2, df, x2B, dfB, c, cB);
        double t1 = t[0] * dfB;
        double t2 = t[1] * df;
        if (df > 0 && Math.abs(t2) > 0) {
            return 1 - t1 / t2;
        }
        return Double.isFinite(t1) && Double.isFinite(t2) ? 1.0 : Double.NaN;
    }

    /** Relative noncentrality index (McDonald &amp; Marsh 1990). */
    static double rni(double x2, double df, double x2B, double dfB, double c, double cB) {
        double[] t = excess(x2, df, x2B, dfB, c, cB);
        if (t[1] == 0 || !Double.isFinite(t[0]) || !Double.isFinite(t[1])) {
            return Double.NaN;
        }
        return 1 - t[0] / t[1];
    }

    /** Normed fit index (Bentler &amp; Bonett 1980). */
    static double nfi(double x2, double df, double x2B, double dfB) {
        if (df > dfB || x2B == 0) {
            return Double.NaN;
        }
        return df > 0 ? (x2B - x2) / x2B : 1.0;
    }

    /** Parsimony normed fit index (James, Mulaik &amp; Brett 1982): NFI · df/df₀. */
    static double pnfi(double x2, double df, double x2B, double dfB) {
        return dfB > 0 && x2B > 0 ? df / dfB * (x2B - x2) / x2B : Double.NaN;
    }

    /** Relative fit index (Bollen 1986). */
    static double rfi(double x2, double df, double x2B, double dfB) {
        if (df > dfB) {
            return Double.NaN;
        }
        if (df > 0 && dfB > 0) {
            double t1 = x2B / dfB - x2 / df;
            double t2 = x2B / dfB;
            if (!Double.isFinite(t1) || !Double.isFinite(t2)) {
                return Double.NaN;
            }
            return t1 < 0 || t2 < 0 ? 1.0 : t1 / t2;
        }
        return 1.0;
    }

    /** Incremental fit index (Bollen 1989). */
    static double ifi(double x2, double df, double x2B, double dfB) {
        double t1 = x2B - x2;
        double t2 = x2B - df;
        if (!Double.isFinite(t1) || !Double.isFinite(t2)) {
            return Double.NaN;
        }
        if (t2 < 0) {
            return 1.0;
        }
        return t2 == 0 ? Double.NaN : t1 / t2;
    }

    /** {X² - c·df, X²₀ - c₀·df₀}, or with c = c₀ = 1 when either factor is exactly 1 or df is 0. */
    private static double[] excess(double x2, double df, double x2B, double dfB, double c, double cB) {
        boolean scaled = df > 0 && c != 1 && cB != 1;
        return scaled ? new double[] {x2 - c * df, x2B - cB * dfB} : new double[] {x2 - df, x2B - dfB};
    }
}
