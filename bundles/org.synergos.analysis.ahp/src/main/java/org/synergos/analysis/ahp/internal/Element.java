package org.synergos.analysis.ahp.internal;

/**
 * The goal, a criterion (at any depth) or an alternative of the hierarchy.
 *
 * @param id the id in the hierarchy file, unique there; the row key of the result tables
 * @param name display name (the id when the file gives none)
 * @param modelElement id of the model element it stands for (e.g. an index), or null
 * @param line where it is declared in the file
 */
public record Element(String id, String name, String modelElement, int line) {
}
