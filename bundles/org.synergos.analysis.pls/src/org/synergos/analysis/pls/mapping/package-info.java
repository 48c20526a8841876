/**
 * The PLS-SEM engine's translation of a Synergos model ({@link org.synergos.analysis.pls.mapping.PlsModelMapping}),
 * exported so that other engines estimate exactly the model {@code pls-sem} estimates.
 */
package org.synergos.analysis.pls.mapping;
