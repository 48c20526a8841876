package org.synergos.analysis.cbsem.core;

import java.util.ArrayList;
import java.util.List;

/**
 * Summary statistics instead of raw data, as lavaan's {@code sample.cov}, {@code sample.nobs} and
 * {@code sample.mean}: per group the number of cases, the covariance matrix with the n − 1 divisor (as
 * published and as statistics packages print it) and optionally the means. Immutable.
 */
public final class SummaryData {

    private final List<String> names;
    private final List<Group> groups;

    private SummaryData(List<String> names, List<Group> groups) {
        this.names = List.copyOf(names);
        this.groups = List.copyOf(groups);
    }

    /**
     * @param names the variables, in the order of every group's matrix
     * @param groups one entry per group (one entry with label {@code ""} for a single group)
     */
    public static SummaryData of(List<String> names, List<Group> groups) {
        if (groups.isEmpty()) {
            throw new IllegalArgumentException("summary data need at least one group");
        }
        List<String> labels = new ArrayList<>();
        for (Group g : groups) {
            if (g.covariance.length != names.size()) {
                throw new IllegalArgumentException("group '" + g.label + "' has a " + g.covariance.length + " × "
                        + g.covariance.length + " matrix for " + names.size() + " variables");
            }
            if (g.means != null && g.means.length != names.size()) {
                throw new IllegalArgumentException("group '" + g.label + "' has " + g.means.length + " means for "
                        + names.size() + " variables");
            }
            if (labels.contains(g.label)) {
                throw new IllegalArgumentException("group '" + g.label + "' is given twice");
            }
            labels.add(g.label);
        }
        return new SummaryData(names, groups);
    }

    public List<String> names() {
        return names;
    }

    public List<Group> groups() {
        return groups;
    }

    /** Group labels in order ({@code [""]} for one group without a label). */
    public List<String> groupLabels() {
        return groups.stream().map(Group::label).toList();
    }

    /** True when every group has means (then, as in lavaan, the model has a mean structure by default). */
    public boolean hasMeans() {
        return groups.stream().allMatch(g -> g.means != null);
    }

    /**
     * One group's statistics.
     *
     * @param label the group's label
     * @param n the number of cases
     * @param covariance the covariance matrix (n − 1 divisor), variables × variables
     * @param means the means, or {@code null}
     */
    public record Group(String label, int n, double[][] covariance, double[] means) {

        public Group {
            double[][] copy = new double[covariance.length][];
            for (int i = 0; i < covariance.length; i++) {
                copy[i] = covariance[i].clone();
            }
            covariance = copy;
            means = means == null ? null : means.clone();
        }

        @Override
        public double[][] covariance() {
            double[][] copy = new double[covariance.length][];
            for (int i = 0; i < covariance.length; i++) {
                copy[i] = covariance[i].clone();
            }
            return copy;
        }

        @Override
        public double[] means() {
            return means == null ? null : means.clone();
        }
    }
}
