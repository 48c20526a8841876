package org.synergos.analysis.mcpower.internal.simulate;

import java.util.SplittableRandom;

/**
 * Fits the model to one simulated sample. Implementations are thread-safe (one instance serves every worker).
 */
public interface ReplicationFitter {

    /**
     * @param data n × p simulated indicator values, columns in the population's indicator order
     * @param random the replication's own stream, for methods that resample (after the data are drawn)
     * @return estimates per target, or {@link Fit#failed(String)} when the estimation did not converge
     */
    Fit fit(double[][] data, SplittableRandom random);

    /**
     * One replication's result per target: estimate, standard error, whether the test rejects at α, and the bounds
     * of the 95% confidence interval (for coverage).
     */
    record Fit(double[] estimate, double[] se, boolean[] significant, double[] lower, double[] upper,
            String failure) {

        public static Fit failed(String reason) {
            return new Fit(null, null, null, null, null, reason);
        }

        public boolean ok() {
            return failure == null;
        }
    }
}
