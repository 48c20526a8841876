package org.synergos.analysis.api;

import java.util.List;

/**
 * Whether an engine can run on a given input and, if not, why (each reason says what is missing).
 */
public record Applicability(boolean applicable, List<String> reasons) {

    public Applicability {
        reasons = List.copyOf(reasons);
    }

    public static Applicability ok() {
        return new Applicability(true, List.of());
    }

    public static Applicability notApplicable(String... reasons) {
        return new Applicability(false, List.of(reasons));
    }

    public static Applicability notApplicable(List<String> reasons) {
        return new Applicability(false, reasons);
    }
}
