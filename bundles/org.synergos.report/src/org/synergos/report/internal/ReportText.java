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

    /** Approximate printed width in character cells: CJK and other wide characters count two. */
    static int displayWidth(String text) {
        int width = 0;
        for (int i = 0; i < text.length(); i = text.offsetByCodePoints(i, 1)) {
            int cp = text.codePointAt(i);
            width += Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN || cp >= 0x3000 && cp <= 0x9FFF
                    || cp >= 0xFF00 && cp <= 0xFFEF ? 2 : 1;
        }
        return width;
    }

    /** "key: value; key: value" in the engine's order. */
    static String provenance(Map<String, String> provenance) {
        StringJoiner text = new StringJoiner("; ");
        provenance.forEach((key, value) -> text.add(key + ": " + value));
        return text.toString();
    }
}
