package org.synergos.diagram;

/** End decoration of an edge at its target. */
public enum Arrowhead {
    /** A plain line (associations such as event participants). */
    NONE,
    /** A filled triangle (causal and structural effects). */
    TRIANGLE,
    /** An open "V" (weaker relations such as mediation). */
    OPEN
}
