package org.synergos.analysis.reproduce;

import org.synergos.analysis.api.Parameters;
import org.synergos.model.Framework;

/**
 * One configured analysis as its R code is written.
 *
 * @param framework the model
 * @param name the analysis's name, for comments
 * @param parameters the engine's parameters as the run uses them: the model's values, defaults filled in
 * @param data the R variable holding the analysis's data frame
 * @param id what the analysis's own R variables are named after (its model id)
 */
public record RAnalysis(Framework framework, String name, Parameters parameters, String data, String id) {

    /** The R variable the code leaves the fit in: {@code fit_<id>}. */
    public String result() {
        return variable("fit");
    }

    /** Another R variable of this analysis, {@code <prefix>_<id>}, e.g. its model syntax. */
    public String variable(String prefix) {
        return RLiterals.variable(prefix, id);
    }
}
