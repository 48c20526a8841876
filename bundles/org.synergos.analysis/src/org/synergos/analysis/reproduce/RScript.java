package org.synergos.analysis.reproduce;

import java.util.List;

/**
 * A written script and what it leaves out.
 *
 * @param text the R script
 * @param omissions one line per analysis the script does not reproduce, naming it and why (also written
 *        into the script as comments)
 */
public record RScript(String text, List<String> omissions) {

    public RScript {
        omissions = List.copyOf(omissions);
    }
}
