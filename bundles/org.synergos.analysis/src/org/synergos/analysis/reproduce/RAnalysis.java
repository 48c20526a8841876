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
 * @param summaryStatistics whether {@link #data()} holds a matrix file's rows (covariances or correlations with n)
 *        rather than cases; the script defines {@value RScriptWriter#MOMENTS_FUNCTION}{@code (frame, group)},
 *        which turns such a frame into {@code list(cov, mean, nobs)} (lists of them by group) for lavaan's
 *        {@code sample.cov}, {@code sample.mean} and {@code sample.nobs}
 */
public record RAnalysis(Framework framework, String name, Parameters parameters, String data, String id,
        boolean summaryStatistics) {

    /** An analysis of cases. */
    public RAnalysis(Framework framework, String name, Parameters parameters, String data, String id) {
        this(framework, name, parameters, data, id, false);
    }

    /** The R variable the code leaves the fit in: {@code fit_<id>}. */
    public String result() {
        return variable("fit");
    }

    /** Another R variable of this analysis, {@code <prefix>_<id>}, e.g. its model syntax. */
    public String variable(String prefix) {
        return RLiterals.variable(prefix, id);
    }
}
