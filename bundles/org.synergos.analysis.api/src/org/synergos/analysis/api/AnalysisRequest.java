package org.synergos.analysis.api;

import java.util.Objects;

/**
 * One run of one engine: the input, the resolved parameters and access to other engines' results
 * (engines reuse one another's results through the {@link AnalysisExecutor}, never through copies).
 */
public record AnalysisRequest(AnalysisInput input, Parameters parameters, AnalysisExecutor executor) {

    public AnalysisRequest {
        Objects.requireNonNull(input, "input");
        Objects.requireNonNull(parameters, "parameters");
    }
}
