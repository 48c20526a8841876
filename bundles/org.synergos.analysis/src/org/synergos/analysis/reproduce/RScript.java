package org.synergos.analysis.reproduce;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A written script, what it reproduces and what it leaves out.
 *
 * @param text the R script
 * @param reproduced the analyses it reproduces (by name, in model order) and the R packages each uses
 * @param omissions the analyses it does not reproduce, each with why (also written into the script)
 */
public record RScript(String text, Map<String, List<String>> reproduced, List<Omission> omissions) {

    /** An analysis the script does not reproduce, and why. */
    public record Omission(String analysis, String engineId, String reason) {

        /** The analysis named, with the reason, e.g. for standard error. */
        public String message() {
            return title(analysis, engineId) + " is not reproduced: " + reason;
        }
    }

    /** How the script and its messages name an analysis: {@code analysis "NAME" (engine ID)}. */
    static String title(String analysis, String engineId) {
        return "analysis " + RLiterals.string(analysis) + " (engine " + engineId + ")";
    }

    public RScript {
        reproduced = Map.copyOf(reproduced);
        omissions = List.copyOf(omissions);
    }

    /** Why the analysis named {@code analysis} is not in the script, if it was left out. */
    public Optional<Omission> omission(String analysis) {
        return omissions.stream().filter(o -> o.analysis().equals(analysis)).findFirst();
    }
}
