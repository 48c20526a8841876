package org.synergos.report.internal;

import java.util.Locale;
import java.util.Map;
import java.util.StringJoiner;

import org.synergos.analysis.api.AnalysisResult;
import org.synergos.model.Framework;

/** Sentences the HTML and the Word report share, so both say the same. */
final class ReportText {

    private ReportText() {
    }

    static String modelSummary(Framework model) {
        int indicators = model.getConstructs().stream().mapToInt(c -> c.getIndicators().size()).sum();
        return model.getConstructs().size() + " constructs measured by " + indicators + " indicators, "
                + model.getPaths().size() + " structural paths, " + model.getMediations().size()
                + " mediation hypotheses, " + model.getActors().size() + " actors, " + model.getEvents().size()
                + " events, " + model.getIndices().size() + " indices.";
    }

    /** "completed", or the failure status ("failed", "timed_out with errors"). */
    static String status(AnalysisResult result) {
        return result.isSuccessful() ? "completed"
                : result.status().name().toLowerCase(Locale.ROOT) + (result.isCompleted() ? " with errors" : "");
    }

    /** "key: value; key: value" in the engine's order. */
    static String provenance(Map<String, String> provenance) {
        StringJoiner text = new StringJoiner("; ");
        provenance.forEach((key, value) -> text.add(key + ": " + value));
        return text.toString();
    }
}
