package org.synergos.analysis.sd.internal;

/** A compiled equation. */
@FunctionalInterface
interface Ev {
    double eval(Frame frame);
}
