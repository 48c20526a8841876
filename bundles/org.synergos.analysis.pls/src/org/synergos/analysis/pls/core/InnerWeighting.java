package org.synergos.analysis.pls.core;

/**
 * Inner weighting schemes of the PLS algorithm (Lohmöller 1989, ch. 2). For a focal construct j and an
 * adjacent construct i the inner weight is:
 * <ul>
 * <li>{@link #PATH}: the multiple-regression coefficient of j on all its predecessors when i is a
 * predecessor of j; the correlation when i is a successor of j;</li>
 * <li>{@link #FACTORIAL}: the correlation;</li>
 * <li>{@link #CENTROID}: the sign of the correlation.</li>
 * </ul>
 */
public enum InnerWeighting {
    PATH, FACTORIAL, CENTROID
}
