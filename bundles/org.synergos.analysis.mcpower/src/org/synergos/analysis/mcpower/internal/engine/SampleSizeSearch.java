package org.synergos.analysis.mcpower.internal.engine;

import java.util.Map;
import java.util.TreeMap;
import java.util.function.IntFunction;

import org.synergos.analysis.mcpower.internal.simulate.MonteCarlo;

/**
 * The smallest n at which a target's simulated power reaches the target power, for each target and for all
 * together (the smallest power of all), by bisection over the integers in [low, high]: power is evaluated at
 * high first (not reached there: no answer), then at low (reached: low), then halving the bracket
 * (lo not reached, hi reached) until hi = lo + 1. Every evaluation runs all replications with the same streams
 * (common random numbers), so power is a smooth function of n; it is assumed to rise with n. The searches of the
 * targets share one cache of evaluations, so each n is simulated once.
 */
final class SampleSizeSearch {

    private SampleSizeSearch() {
    }

    /**
     * @param overall the smallest n for all targets, 0 when not reached at high
     * @param perTarget the smallest n per target, 0 when not reached at high
     */
    record Outcome(int low, int high, int overall, int[] perTarget, Map<Integer, MonteCarlo.Summary> evaluated) {
    }

    static Outcome search(IntFunction<MonteCarlo.Summary> at, int targets, double target, int low, int high) {
        Map<Integer, MonteCarlo.Summary> evaluated = new TreeMap<>();
        IntFunction<MonteCarlo.Summary> cached = n -> evaluated.computeIfAbsent(n, at::apply);
        int[] perTarget = new int[targets];
        for (int t = 0; t < targets; t++) {
            perTarget[t] = bisect(cached, t, target, low, high);
        }
        int overall = bisect(cached, -1, target, low, high);
        return new Outcome(low, high, overall, perTarget, evaluated);
    }

    private static int bisect(IntFunction<MonteCarlo.Summary> at, int t, double target, int low, int high) {
        if (!reaches(at.apply(high), t, target)) {
            return 0;
        }
        if (reaches(at.apply(low), t, target)) {
            return low;
        }
        int lo = low;
        int hi = high;
        while (hi - lo > 1) {
            int mid = lo + (hi - lo) / 2;
            if (reaches(at.apply(mid), t, target)) {
                hi = mid;
            } else {
                lo = mid;
            }
        }
        return hi;
    }

    private static boolean reaches(MonteCarlo.Summary summary, int t, double target) {
        if (t >= 0) {
            return summary.power()[t] >= target;
        }
        for (double p : summary.power()) {
            if (p < target) {
                return false;
            }
        }
        return true;
    }
}
