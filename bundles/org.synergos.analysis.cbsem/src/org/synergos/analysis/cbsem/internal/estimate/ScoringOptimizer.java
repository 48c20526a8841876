package org.synergos.analysis.cbsem.internal.estimate;

import org.synergos.analysis.cbsem.core.Convergence;
import org.synergos.analysis.cbsem.internal.model.Dense;

/**
 * Maximises the log-likelihood by Fisher scoring (the Gauss–Newton method of normal-theory ML; Lee
 * &amp; Jennrich 1979: the inverse expected information, recomputed each step, as metric) while a full
 * step promises more than {@value #SCORING_GAIN} per case, then by a quasi-Newton (BFGS) method that
 * starts from the last expected information and refines the curvature by BFGS updates (Nocedal &amp;
 * Wright 2006, §6.1); scoring is robust far from the optimum, BFGS converges superlinearly near it
 * at a fraction of a scoring step's cost. An Armijo back-tracking line search also keeps Σ positive
 * definite; a full step whose change of ℓ is within rounding noise is accepted, since the Armijo
 * test cannot discriminate there. When the quasi-Newton direction fails, the metric is reset to the
 * current expected information.
 * Converged when the largest per-case gradient {@code max|∂ℓ/∂θ|/N} is below the tolerance, or the
 * largest relative step is below 1e-14 with a gradient below the square root of the tolerance.
 */
public final class ScoringOptimizer {

    /** Below this expected gain in ℓ per case of a full step, scoring hands over to BFGS. */
    private static final double SCORING_GAIN = 1e-3;
    /** Relative change of ℓ within rounding noise: a full quasi-Newton step is then taken as is. */
    private static final double NOISE = 1e-12;

    private final int maxIterations;
    private final double tolerance;

    public ScoringOptimizer(int maxIterations, double tolerance) {
        this.maxIterations = maxIterations;
        this.tolerance = tolerance;
    }

    /** Result: the final parameters and the convergence record. */
    public record Outcome(double[] theta, double logLik, Convergence convergence) {
    }

    public Outcome maximise(Likelihood lik, double[] start, int totalN) {
        return maximise(lik, start, totalN, null);
    }

    /**
     * As {@link #maximise(Likelihood, double[], int)} with a given initial inverse metric (e.g. the
     * inverse information of the original sample for bootstrap refits), or null.
     */
    public Outcome maximise(Likelihood lik, double[] start, int totalN, double[] initialInverseMetric) {
        int q = lik.freeCount();
        double[] theta = start.clone();
        double[] grad = new double[q];
        double[] newGrad = new double[q];
        double[] info = new double[q * q];
        double[] dir = new double[q];
        double[] trial = new double[q];
        double[] s = new double[q];
        double[] y = new double[q];
        double[] hy = new double[q];
        double ll = initialInverseMetric == null ? lik.evaluate(theta, grad, info) : lik.gradient(theta, grad);
        if (Double.isNaN(ll)) {
            return new Outcome(theta, ll, new Convergence(false, 0, Double.NaN,
                    "implied covariance matrix not positive definite at the start values"));
        }
        if (q == 0) {
            return new Outcome(theta, ll, new Convergence(true, 0, 0.0, "no free parameters"));
        }
        double[] hinv = initialInverseMetric == null ? inverseMetric(info, q) : initialInverseMetric.clone();
        if (hinv == null) {
            return new Outcome(theta, ll, new Convergence(false, 0, maxAbs(grad) / totalN,
                    "information matrix singular at the start values"));
        }
        if (maxAbs(grad) / totalN < tolerance) {
            return new Outcome(theta, ll, new Convergence(true, 0, maxAbs(grad) / totalN, "converged at the start values"));
        }
        boolean freshMetric = initialInverseMetric == null;
        boolean scoring = initialInverseMetric == null;
        for (int it = 1; it <= maxIterations; it++) {
            multiply(hinv, grad, dir, q);
            double slope = dot(grad, dir, q);
            if (!(slope > 0)) {
                if (freshMetric) {
                    return new Outcome(theta, ll, new Convergence(false, it, maxAbs(grad) / totalN,
                            "no ascent direction"));
                }
                hinv = reset(lik, theta, grad, info, q);
                freshMetric = true;
                it--;
                if (hinv == null) {
                    return new Outcome(theta, ll, new Convergence(false, it, maxAbs(grad) / totalN,
                            "information matrix singular during optimisation"));
                }
                continue;
            }
            double t = 1.0;
            double newLl = Double.NaN;
            boolean accepted = false;
            boolean gradientDone = false;
            for (int h = 0; h < 50; h++) {
                step(theta, t, dir, trial, q);
                // the full step is nearly always accepted: evaluate its gradient at once
                gradientDone = h == 0;
                newLl = gradientDone ? lik.gradient(trial, newGrad) : lik.logLik(trial);
                if (!Double.isNaN(newLl) && (newLl >= ll + 1e-4 * t * slope
                        || (t == 1.0 && Math.abs(newLl - ll) <= NOISE * Math.abs(ll)))) {
                    accepted = true;
                    break;
                }
                t *= 0.5;
            }
            if (!accepted) {
                double g = maxAbs(grad) / totalN;
                if (g < Math.sqrt(tolerance)) {
                    return new Outcome(theta, ll, new Convergence(true, it, g, "converged (no further improvement)"));
                }
                if (freshMetric) {
                    return new Outcome(theta, ll, new Convergence(false, it, g, "line search failed"));
                }
                hinv = reset(lik, theta, grad, info, q);
                freshMetric = true;
                if (hinv == null) {
                    return new Outcome(theta, ll, new Convergence(false, it, g, "information matrix singular"));
                }
                continue;
            }
            if (!gradientDone) {
                newLl = lik.gradient(trial, newGrad);
            }
            double change = differences(trial, theta, grad, newGrad, s, y, q);
            System.arraycopy(trial, 0, theta, 0, q);
            System.arraycopy(newGrad, 0, grad, 0, q);
            ll = newLl;
            double g = maxAbs(grad) / totalN;
            if (g < tolerance || (change < 1e-14 && g < Math.sqrt(tolerance))) {
                return new Outcome(theta, ll, new Convergence(true, it, g, "converged"));
            }
            if (scoring) {
                if (slope / totalN < SCORING_GAIN) {
                    scoring = false;
                } else {
                    hinv = reset(lik, theta, grad, info, q);
                    freshMetric = true;
                    if (hinv == null) {
                        return new Outcome(theta, ll, new Convergence(false, it, g, "information matrix singular"));
                    }
                    continue;
                }
            }
            double sy = dot(s, y, q);
            if (sy > 1e-14 * Math.sqrt(dot(s, s, q) * dot(y, y, q))) {
                bfgsUpdate(hinv, s, y, hy, sy, q);
                freshMetric = false;
            }
        }
        return new Outcome(theta, ll, new Convergence(false, maxIterations, maxAbs(grad) / totalN,
                "iteration limit reached"));
    }

    private static double[] reset(Likelihood lik, double[] theta, double[] grad, double[] info, int q) {
        lik.evaluate(theta, grad, info);
        return inverseMetric(info, q);
    }

    /** Inverse of the information, with a small ridge if it is not positive definite. */
    private static double[] inverseMetric(double[] info, int q) {
        double[] out = Dense.inverseSpd(info, q);
        double ridge = 1e-8;
        while (out == null && ridge < 1e4) {
            double[] r = info.clone();
            for (int k = 0; k < q; k++) {
                r[k * q + k] += ridge * Math.max(1.0, Math.abs(info[k * q + k]));
            }
            out = Dense.inverseSpd(r, q);
            ridge *= 100;
        }
        return out;
    }

    /** BFGS update of the inverse Hessian H: H ← (I - ρsy')H(I - ρys') + ρss', ρ = 1/s'y. */
    private static void bfgsUpdate(double[] h, double[] s, double[] y, double[] hy, double sy, int q) {
        multiply(h, y, hy, q);
        double yhy = dot(y, hy, q);
        double rho = 1.0 / sy;
        double c = (1.0 + rho * yhy) * rho;
        // H + (c s - ρ Hy) s' - ρ s (Hy)', symmetric: lower triangle, mirrored
        for (int i = 0; i < q; i++) {
            double a = c * s[i] - rho * hy[i];
            double b = rho * s[i];
            int ri = i * q;
            for (int j = 0; j <= i; j++) {
                double v = h[ri + j] + a * s[j] - b * hy[j];
                h[ri + j] = v;
                h[j * q + i] = v;
            }
        }
    }

    /** trial = theta + t dir. */
    private static void step(double[] theta, double t, double[] dir, double[] trial, int q) {
        for (int k = 0; k < q; k++) {
            trial[k] = theta[k] + t * dir[k];
        }
    }

    /** s = trial - theta, y = grad - newGrad; returns the largest relative step. */
    private static double differences(double[] trial, double[] theta, double[] grad, double[] newGrad, double[] s,
            double[] y, int q) {
        double change = 0;
        for (int k = 0; k < q; k++) {
            s[k] = trial[k] - theta[k];
            y[k] = grad[k] - newGrad[k];
            change = Math.max(change, Math.abs(s[k]) / Math.max(1.0, Math.abs(theta[k])));
        }
        return change;
    }

    private static void multiply(double[] m, double[] v, double[] out, int q) {
        for (int i = 0; i < q; i++) {
            double acc = 0;
            for (int j = 0; j < q; j++) {
                acc += m[i * q + j] * v[j];
            }
            out[i] = acc;
        }
    }

    private static double dot(double[] a, double[] b, int q) {
        double s = 0;
        for (int i = 0; i < q; i++) {
            s += a[i] * b[i];
        }
        return s;
    }

    private static double maxAbs(double[] v) {
        double m = 0;
        for (double x : v) {
            m = Math.max(m, Math.abs(x));
        }
        return m;
    }
}
