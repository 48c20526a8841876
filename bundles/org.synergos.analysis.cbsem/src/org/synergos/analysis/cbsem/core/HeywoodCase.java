package org.synergos.analysis.cbsem.core;

/**
 * An improper solution element (Heywood case): a negative variance estimate, left as estimated.
 *
 * @param parameter the variance row concerned
 * @param estimate its (negative) estimate
 * @param message human-readable description
 */
public record HeywoodCase(Parameter parameter, double estimate, String message) {
}
