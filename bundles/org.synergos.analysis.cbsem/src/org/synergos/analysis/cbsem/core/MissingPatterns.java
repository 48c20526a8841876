package org.synergos.analysis.cbsem.core;

import java.util.List;

/**
 * Missing-data patterns of a group, as lavaan's {@code lavInspect(fit, "patterns")} and
 * {@code lavInspect(fit, "coverage")}: cases with no observed value are left out (as FIML leaves them out);
 * patterns are ordered by decreasing number of cases, ties by their 0/1 string (lavaan's order).
 *
 * @param variables the observed variables, in the parameter table's order
 * @param patterns the patterns
 * @param coverage proportion of the cases observing both variables, variables × variables
 */
public record MissingPatterns(List<String> variables, List<Pattern> patterns, double[][] coverage) {

    /**
     * One pattern.
     *
     * @param observed per variable, whether this pattern observes it
     * @param cases number of cases with this pattern
     */
    public record Pattern(boolean[] observed, int cases) {

        public Pattern {
            observed = observed.clone();
        }

        @Override
        public boolean[] observed() {
            return observed.clone();
        }
    }

    public MissingPatterns {
        variables = List.copyOf(variables);
        patterns = List.copyOf(patterns);
        double[][] copy = new double[coverage.length][];
        for (int i = 0; i < coverage.length; i++) {
            copy[i] = coverage[i].clone();
        }
        coverage = copy;
    }

    @Override
    public double[][] coverage() {
        double[][] copy = new double[coverage.length][];
        for (int i = 0; i < coverage.length; i++) {
            copy[i] = coverage[i].clone();
        }
        return copy;
    }
}
