package org.synergos.analysis.sd.internal;

/**
 * A table function. Linear interpolation is R's approx(x, y, xout, rule = 2) formula
 * y[i] + (y[j] − y[i])·((v − x[i])/(x[j] − x[i])); outside the points the end values are kept (Vensim and
 * rule = 2). STEP gives the y of the last point whose x ≤ v (the first y below the first x).
 */
record Lookup(String name, double[] x, double[] y, boolean step) {

    double at(double v) {
        int n = x.length;
        if (Double.isNaN(v)) {
            return Double.NaN;
        }
        if (v <= x[0]) {
            return y[0];
        }
        if (v >= x[n - 1]) {
            return y[n - 1];
        }
        int lo = 0;
        int hi = n - 1;
        while (lo < hi - 1) {
            int mid = (lo + hi) >>> 1;
            if (v < x[mid]) {
                hi = mid;
            } else {
                lo = mid;
            }
        }
        if (step) {
            return y[lo];
        }
        if (v == x[hi]) {
            return y[hi];
        }
        return y[lo] + (y[hi] - y[lo]) * ((v - x[lo]) / (x[hi] - x[lo]));
    }
}
