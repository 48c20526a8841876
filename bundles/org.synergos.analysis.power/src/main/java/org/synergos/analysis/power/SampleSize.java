package org.synergos.analysis.power;

/** The smallest total sample size at which a test reaches a target power (power grows with n). */
public final class SampleSize {

    /** Beyond this a study is not planned but a population surveyed; the search stops with a message. */
    public static final int MAX_N = 10_000_000;

    private SampleSize() {
    }

    /** The outcome at the smallest n with power &ge; target; empty if even {@link #MAX_N} does not reach it. */
    public static java.util.Optional<Outcome> minimum(PowerTest test, double target) {
        int low = test.minimumN();
        Outcome first = test.at(low);
        if (first.power() >= target) {
            return java.util.Optional.of(first);
        }
        // low fails; double until high reaches the target, then bisect: low fails, high passes
        long high = Math.max(low + 1, 2L * low);
        Outcome atHigh = test.at((int) high);
        while (atHigh.power() < target) {
            if (high >= MAX_N) {
                return java.util.Optional.empty();
            }
            low = (int) high;
            high = Math.min(MAX_N, 2 * high);
            atHigh = test.at((int) high);
        }
        while (high - low > 1) {
            int mid = (int) ((low + high) / 2);
            Outcome atMid = test.at(mid);
            if (atMid.power() >= target) {
                high = mid;
                atHigh = atMid;
            } else {
                low = mid;
            }
        }
        return java.util.Optional.of(atHigh);
    }
}
