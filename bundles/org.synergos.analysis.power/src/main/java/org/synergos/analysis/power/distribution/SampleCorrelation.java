package org.synergos.analysis.power.distribution;

import org.apache.commons.math3.analysis.integration.gauss.GaussIntegrator;
import org.apache.commons.math3.analysis.integration.gauss.GaussIntegratorFactory;
import org.apache.commons.math3.analysis.solvers.BrentSolver;
import org.apache.commons.math3.special.Gamma;

/**
 * The exact distribution of Pearson's r in samples of n from a bivariate normal population with correlation
 * rho (Hotelling 1953): f(r) = (n-2) Gamma(n-1) (1-rho^2)^((n-1)/2) (1-r^2)^((n-4)/2)
 * / (sqrt(2 pi) Gamma(n-1/2) (1-rho r)^(n-3/2)) * 2F1(1/2, 1/2; n-1/2; (1+rho r)/2).
 * Tail probabilities integrate the density over Fisher's z = atanh(r), where it is smooth and close to normal
 * with SD 1/sqrt(n-3), by composite Gauss-Legendre quadrature on panels of half that SD; every factor is
 * taken in logarithms, so neither a large n nor r near +-1 overflows.
 */
public final class SampleCorrelation {

    /** The 2F1 series converges like ((1+|rho|)/2)^k; beyond this |rho| it needs too many terms. */
    public static final double MAX_ABS_RHO = 0.99;

    private static final int POINTS_PER_PANEL = 10;
    private static final double HALF_WIDTH_SDS = 40;
    private static final GaussIntegratorFactory GAUSS = new GaussIntegratorFactory();

    private final int n;
    private final double rho;
    private final double logConstant;
    private final double zCenter;
    private final double zSd;

    public SampleCorrelation(int n, double rho) {
        if (n < 4) {
            throw new IllegalArgumentException("the exact distribution of r is computed for n >= 4 (n = " + n + ")");
        }
        if (!(Math.abs(rho) <= MAX_ABS_RHO)) {
            throw new IllegalArgumentException("|rho| must be at most " + MAX_ABS_RHO + " (rho = " + rho + ")");
        }
        this.n = n;
        this.rho = rho;
        this.logConstant = Math.log(n - 2.0) + Gamma.logGamma(n - 1.0) - 0.5 * Math.log(2 * Math.PI)
                - Gamma.logGamma(n - 0.5) + (n - 1) / 2.0 * Math.log1p(-rho * rho);
        this.zCenter = atanh(rho);
        this.zSd = 1 / Math.sqrt(Math.max(1, n - 3));
    }

    /** P(r &ge; c). */
    public double upperTail(double c) {
        if (c <= -1) {
            return 1;
        }
        if (c >= 1) {
            return 0;
        }
        double from = Math.max(atanh(c), zCenter - HALF_WIDTH_SDS * zSd);
        double to = Math.max(from, zCenter + HALF_WIDTH_SDS * zSd);
        return clamp(integrate(from, to));
    }

    /** P(r &le; c). */
    public double lowerTail(double c) {
        if (c <= -1) {
            return 0;
        }
        if (c >= 1) {
            return 1;
        }
        double to = Math.min(atanh(c), zCenter + HALF_WIDTH_SDS * zSd);
        double from = Math.min(to, zCenter - HALF_WIDTH_SDS * zSd);
        return clamp(integrate(from, to));
    }

    /** The c with P(r &ge; c) = p. */
    public double upperQuantile(double p) {
        return Math.tanh(new BrentSolver(1e-13).solve(10_000, z -> upperTail(Math.tanh(z)) - p,
                zCenter - HALF_WIDTH_SDS * zSd, zCenter + HALF_WIDTH_SDS * zSd));
    }

    /** The c with P(r &le; c) = p. */
    public double lowerQuantile(double p) {
        return Math.tanh(new BrentSolver(1e-13).solve(10_000, z -> lowerTail(Math.tanh(z)) - p,
                zCenter - HALF_WIDTH_SDS * zSd, zCenter + HALF_WIDTH_SDS * zSd));
    }

    /** Density of z = atanh(r). */
    double densityOfZ(double z) {
        double logOneMinusR2 = -2 * logCosh(z); // 1 - tanh^2 = sech^2
        double logOneMinusRhoR = logOneMinusRhoTanh(z);
        double log = logConstant + (n - 2) / 2.0 * logOneMinusR2 - (n - 1.5) * logOneMinusRhoR;
        return Math.exp(log) * hypergeometric((1 + rho * Math.tanh(z)) / 2);
    }

    private double integrate(double from, double to) {
        // an interval too short for distinct quadrature nodes carries no probability worth adding
        if (!(to - from > 1e-9 * zSd)) {
            return 0;
        }
        int panels = (int) Math.ceil((to - from) / (zSd / 2));
        double width = (to - from) / panels;
        double sum = 0;
        for (int i = 0; i < panels; i++) {
            double a = from + i * width;
            GaussIntegrator rule = GAUSS.legendre(POINTS_PER_PANEL, a, a + width);
            sum += rule.integrate(this::densityOfZ);
        }
        return sum;
    }

    /** 2F1(1/2, 1/2; n - 1/2; x) for 0 &le; x &lt; 1 by its series. */
    private double hypergeometric(double x) {
        double term = 1;
        double sum = 1;
        for (int k = 0; term > 1e-17 * sum; k++) {
            term *= (k + 0.5) * (k + 0.5) / ((k + n - 0.5) * (k + 1)) * x;
            sum += term;
        }
        return sum;
    }

    /** log(1 - rho tanh z) = log((1-rho) e^z + (1+rho) e^-z) - log 2 - log cosh z, without cancellation. */
    private double logOneMinusRhoTanh(double z) {
        double a = Math.log1p(-rho) + z;
        double b = Math.log1p(rho) - z;
        double max = Math.max(a, b);
        return max + Math.log1p(Math.exp(Math.min(a, b) - max)) - Math.log(2) - logCosh(z);
    }

    private static double logCosh(double z) {
        double abs = Math.abs(z);
        return abs + Math.log1p(Math.exp(-2 * abs)) - Math.log(2);
    }

    private static double atanh(double x) {
        return 0.5 * Math.log((1 + x) / (1 - x));
    }

    private static double clamp(double p) {
        return Math.min(1, Math.max(0, p));
    }
}
