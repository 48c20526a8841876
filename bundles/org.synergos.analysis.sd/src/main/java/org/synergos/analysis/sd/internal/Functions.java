package org.synergos.analysis.sd.internal;

import java.util.Map;

/**
 * The built-in functions, their arities and their definitions in simulated time. STEP, RAMP and PULSE follow
 * Vensim's reference (and PySD's functions.py, which implements them): STEP(h, t0) = h once TIME ≥ t0;
 * RAMP(s, t0, t1) = s·(TIME − t0) between t0 and t1, 0 before, s·(t1 − t0) after (no t1: no end);
 * PULSE(t0, w) = 1 while t0 ≤ TIME &lt; t0 + w, 0 otherwise, a width of 0 being one time step.
 */
public final class Functions {

    /** Minimum and maximum number of arguments; -1 = no maximum. */
    record Arity(int min, int max) {
    }

    static final Map<String, Arity> ARITY = Map.ofEntries(Map.entry("MIN", new Arity(2, -1)),
            Map.entry("MAX", new Arity(2, -1)), Map.entry("ABS", new Arity(1, 1)), Map.entry("EXP", new Arity(1, 1)),
            Map.entry("LN", new Arity(1, 1)), Map.entry("SQRT", new Arity(1, 1)), Map.entry("STEP", new Arity(2, 2)),
            Map.entry("RAMP", new Arity(2, 3)), Map.entry("PULSE", new Arity(2, 2)));

    private Functions() {
    }

    public static boolean isBuiltIn(String upperCaseName) {
        return ARITY.containsKey(upperCaseName);
    }

    static double step(double time, double height, double stepTime) {
        return time >= stepTime ? height : 0.0;
    }

    static double ramp(double time, double slope, double start, double end) {
        if (time <= start) {
            return 0.0;
        }
        if (!Double.isNaN(end) && time >= end) {
            return slope * (end - start);
        }
        return slope * (time - start);
    }

    static double pulse(double time, double dt, double start, double width) {
        double w = width == 0.0 ? dt : width;
        return time >= start && time < start + w ? 1.0 : 0.0;
    }
}
