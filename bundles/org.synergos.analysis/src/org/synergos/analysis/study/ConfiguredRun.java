package org.synergos.analysis.study;

import org.synergos.analysis.api.AnalysisResult;

/** The result of one analysis configured in a model, under the configuration's name. */
public record ConfiguredRun(String name, String engineId, AnalysisResult result) {
}
