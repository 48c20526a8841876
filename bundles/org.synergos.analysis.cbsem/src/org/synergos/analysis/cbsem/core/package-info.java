/**
 * Public facade of the covariance-based SEM engine: specification ({@link
 * org.synergos.analysis.cbsem.core.ModelSpecification} → {@link
 * org.synergos.analysis.cbsem.core.ParameterTable}), estimation ({@link
 * org.synergos.analysis.cbsem.core.Sem}) and immutable results ({@link
 * org.synergos.analysis.cbsem.core.SemResult}). Pipeline: specify → estimate → evaluate, with a
 * lavaan-like parameter table as the canonical intermediate representation.
 */
package org.synergos.analysis.cbsem.core;
