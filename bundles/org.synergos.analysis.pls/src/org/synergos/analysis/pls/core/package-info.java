/**
 * Public facade of the Synergos PLS-SEM numeric core: model specification ({@link
 * org.synergos.analysis.pls.core.PlsModel}), options ({@link org.synergos.analysis.pls.core.PlsOptions}),
 * estimation ({@link org.synergos.analysis.pls.core.PlsEstimator}), bootstrap ({@link
 * org.synergos.analysis.pls.core.PlsBootstrap}) and predictive relevance ({@link
 * org.synergos.analysis.pls.core.Blindfolding}, {@link org.synergos.analysis.pls.core.PlsPredict}).
 *
 * <p>All values are immutable. Reference implementations the engine is tested against: seminr 2.3.2 and
 * cSEM 0.6.1 (R 4.2.2).
 */
package org.synergos.analysis.pls.core;
