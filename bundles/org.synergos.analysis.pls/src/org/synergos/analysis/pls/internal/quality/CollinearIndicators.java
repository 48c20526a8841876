package org.synergos.analysis.pls.internal.quality;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.synergos.analysis.pls.internal.model.CompiledModel;

/**
 * Pairs of indicators of one construct that are perfectly collinear (|r| = 1 up to rounding): the
 * estimates stay finite, but every resample reproduces them exactly, so bootstrap SEs are zero and t
 * values astronomically large. Reported as warnings rather than left to look significant.
 */
public final class CollinearIndicators {

    /** |r| at or above this counts as perfect collinearity (duplicated or linearly transformed columns). */
    static final double PERFECT = 1 - 1e-9;

    private CollinearIndicators() {
    }

    /** One warning per collinear pair, naming the indicators and their construct. */
    public static List<String> in(double[] correlations, CompiledModel model) {
        int p = model.indicatorCount;
        List<String> warnings = new ArrayList<>();
        for (int a = 0; a < p; a++) {
            for (int b = a + 1; b < p; b++) {
                double r = correlations[a * p + b];
                if (model.blockOf[a] == model.blockOf[b] && Math.abs(r) >= PERFECT) {
                    warnings.add(String.format(Locale.ROOT,
                            "indicators '%s' and '%s' of construct '%s' are perfectly collinear (r = %.3f): their "
                                    + "bootstrap standard errors are zero and t values meaningless; drop one of them",
                            model.indicatorNames.get(a), model.indicatorNames.get(b),
                            model.constructNames.get(model.blockOf[a]), r));
                }
            }
        }
        return warnings;
    }
}
