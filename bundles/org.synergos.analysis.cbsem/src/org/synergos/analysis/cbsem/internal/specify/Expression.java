package org.synergos.analysis.cbsem.internal.specify;

import java.util.Map;
import java.util.Set;

/**
 * A parsed arithmetic expression over parameter labels (for {@code :=} defined parameters), with
 * analytic partial derivatives for the delta method.
 */
public interface Expression {

    /** Value with the given label values; fails on an unknown label. */
    double evaluate(Map<String, Double> values);

    /** Analytic partial derivative with respect to {@code label}. */
    double partial(Map<String, Double> values, String label);

    /** Adds the labels used to {@code out}. */
    void collectLabels(Set<String> out);
}
