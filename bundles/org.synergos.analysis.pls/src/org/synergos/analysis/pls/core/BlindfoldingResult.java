package org.synergos.analysis.pls.core;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Blindfolding Q² ({@code 1 − SSE/SSO}, cross-validated redundancy) per endogenous construct, with the
 * sums of squares in z-units of the indicators.
 */
public record BlindfoldingResult(int omissionDistance, Map<String, Double> q2, Map<String, Double> sse,
        Map<String, Double> sso) {

    public BlindfoldingResult {
        q2 = Collections.unmodifiableMap(new LinkedHashMap<>(q2));
        sse = Collections.unmodifiableMap(new LinkedHashMap<>(sse));
        sso = Collections.unmodifiableMap(new LinkedHashMap<>(sso));
    }
}
