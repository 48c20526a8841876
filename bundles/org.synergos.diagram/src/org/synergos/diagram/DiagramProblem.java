package org.synergos.diagram;

/**
 * Why an element is missing from a diagram (a dangling or unset reference, a missing id). Diagrams of broken
 * models still open; the problems tell the user which element to fix.
 *
 * @param elementId id of the offending element, or {@code null} when it has none
 * @param mappingId the mapping that tried to show it
 * @param message   readable explanation naming the element, e.g.
 *                  {@code structural path 'H1' (NQPF -> (none)): target is not on the diagram}
 */
public record DiagramProblem(String elementId, String mappingId, String message) {
}
