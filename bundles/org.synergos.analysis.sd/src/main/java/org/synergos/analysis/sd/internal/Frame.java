package org.synergos.analysis.sd.internal;

/** The values an equation reads at one evaluation: every variable's slot, the integrator's state, time, dt. */
final class Frame {

    final double[] values;
    double[] state;
    double time;
    final double dt;

    Frame(int slots, double dt) {
        this.values = new double[slots];
        this.dt = dt;
    }
}
