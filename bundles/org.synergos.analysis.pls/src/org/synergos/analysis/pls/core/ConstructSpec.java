package org.synergos.analysis.pls.core;

import java.util.List;
import java.util.Objects;

/**
 * One construct of a {@link PlsModel}: its name, its indicator column names in order, and its
 * measurement.
 */
public record ConstructSpec(String name, List<String> indicators, Measurement measurement) {

    public ConstructSpec {
        Objects.requireNonNull(name, "construct name");
        Objects.requireNonNull(measurement, "measurement of construct " + name);
        indicators = List.copyOf(Objects.requireNonNull(indicators, "indicators of construct " + name));
    }
}
