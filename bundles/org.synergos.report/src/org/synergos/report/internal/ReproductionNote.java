package org.synergos.report.internal;

import java.util.List;
import java.util.Optional;

import org.synergos.analysis.reproduce.RScript;

/** The methods section's sentence on the report's R script ({@code reproduce.R}) for one analysis. Plain text. */
final class ReproductionNote {

    static final String FILE = "reproduce.R";

    private ReproductionNote() {
    }

    static String of(Optional<RScript> script, String analysis) {
        if (script.isEmpty()) {
            return "";
        }
        List<String> packages = script.get().reproduced().get(analysis);
        if (packages != null) {
            return "The R script " + FILE + " in this report's folder reruns this analysis with "
                    + String.join(" and ", packages) + " on the same data (Rscript " + FILE + ").";
        }
        return script.get().omission(analysis).map(o -> "This analysis is not in " + FILE + ": " + o.reason() + ".")
                .orElse("");
    }

    /** The methods paragraph with the note after it. */
    static String append(String methods, String note) {
        if (note.isEmpty()) {
            return methods;
        }
        return methods.isEmpty() ? note : methods + " " + note;
    }
}
