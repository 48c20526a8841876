/**
 * The CB-SEM engine's translation of a Synergos model ({@link org.synergos.analysis.cbsem.mapping.CbsemModelMapping}),
 * exported so that other engines fit exactly the model {@code cb-sem} fits.
 */
package org.synergos.analysis.cbsem.mapping;
