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
 * @param result the R variable the code leaves the fit in
 */
public record RAnalysis(Framework framework, String name, Parameters parameters, String data, String result) {
}
