package org.synergos.analysis.power.distribution;

import java.util.function.IntToDoubleFunction;

import org.apache.commons.math3.special.Gamma;

/**
 * Sums {@code sum_j w_j(mu) * term(j)} over Poisson weights w_j = e^-mu mu^j / j!, outward from the mode of the
 * weights, where the mass is: summing from j = 0 upwards underflows e^-mu for a large noncentrality and needs
 * about mu terms before anything counts. Terms must be bounded by 1 in absolute value (probabilities).
 */
final class PoissonMixture {

    /** Weights below this add less than it to a sum of probabilities; the weights fall off geometrically. */
    private static final double NEGLIGIBLE = 1e-20;

    private PoissonMixture() {
    }

    static double sum(double mu, IntToDoubleFunction term) {
        if (mu == 0) {
            return term.applyAsDouble(0);
        }
        int mode = (int) Math.floor(mu);
        double sum = 0;
        for (int j = mode; j >= 0; j--) {
            double w = weight(mu, j);
            sum += w * term.applyAsDouble(j);
            if (w < NEGLIGIBLE) {
                break;
            }
        }
        for (int j = mode + 1;; j++) {
            double w = weight(mu, j);
            sum += w * term.applyAsDouble(j);
            if (w < NEGLIGIBLE) {
                break;
            }
        }
        return sum;
    }

    static double weight(double mu, int j) {
        return Math.exp(-mu + j * Math.log(mu) - Gamma.logGamma(j + 1.0));
    }
}
