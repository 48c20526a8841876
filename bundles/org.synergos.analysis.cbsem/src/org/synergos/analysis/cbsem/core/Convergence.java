package org.synergos.analysis.cbsem.core;

/**
 * Optimiser outcome.
 *
 * @param converged whether the convergence criterion was met
 * @param iterations scoring iterations used
 * @param maxAbsGradient largest absolute gradient of the per-case log-likelihood at the end
 * @param message short description
 */
public record Convergence(boolean converged, int iterations, double maxAbsGradient, String message) {
}
