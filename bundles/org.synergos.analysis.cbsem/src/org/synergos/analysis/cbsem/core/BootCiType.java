package org.synergos.analysis.cbsem.core;

import java.util.Arrays;
import java.util.Optional;

/**
 * Bootstrap confidence interval, as lavaan's {@code parameterEstimates(boot.ci.type = ...)} after
 * {@code se = "bootstrap"} (Davison &amp; Hinkley 1997, ch. 5). lavaan's {@code "bca"} (with acceleration) is not offered.
 */
public enum BootCiType {
    /** Percentile interval (lavaan's default). */
    PERC("perc"),
    /** Normal interval around the bias-corrected estimate, ±z·SE. */
    NORM("norm"),
    /** Basic (reverse percentile) interval. */
    BASIC("basic"),
    /** Bias-corrected percentile interval without acceleration. */
    BCA_SIMPLE("bca.simple");

    private final String lavaanName;

    BootCiType(String lavaanName) {
        this.lavaanName = lavaanName;
    }

    public String lavaanName() {
        return lavaanName;
    }

    public static Optional<BootCiType> ofLavaanName(String name) {
        return Arrays.stream(values()).filter(t -> t.lavaanName.equals(name)).findFirst();
    }
}
