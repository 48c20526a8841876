package org.synergos.analysis.sd.internal;

import java.util.function.BooleanSupplier;

import org.synergos.model.IntegrationMethod;

/**
 * Estimate stage: fixed-step integration of a {@link CompiledModel}.
 *
 * <p>Times are t_n = start + n·dt for n = 0 … N, N = (stop − start)/dt (refused unless a whole number within
 * 1e-9). At each t_n the auxiliaries, flows and delay outputs are computed from the stocks at t_n and saved
 * with them (Vensim's output: a flow saved at t_n is the rate over [t_n, t_n+1)).
 * <ul>
 * <li><b>Euler</b> (Vensim's default): S(t_n+1) = S(t_n) + dt·(inflows − outflows)(t_n);</li>
 * <li><b>RK4</b>: the classical fourth-order Runge–Kutta step, the rates evaluated at t_n, twice at
 * t_n + dt/2 and at t_n + dt (so STEP, PULSE and RAMP are evaluated at the half step too), S(t_n+1) =
 * S(t_n) + dt/6·(k1 + 2k2 + 2k3 + k4), as deSolve's rk4 and Vensim's "RK4 fixed".</li>
 * </ul>
 * Delays are state too: DELAY1 a level L with outflow L/T (output L/T), DELAY3 three levels in series with
 * delay T/3 each (output L3/(T/3)); SMOOTH y' = (input − y)/T, SMOOTH3 three such stages with T/3; initial
 * levels make the initial output the delay's initial value (default: its input at the start).
 */
public final class Simulator {

    /** Saved values: times[n] and values[n][slot]. */
    public record Trajectory(double[] times, double[][] values) {
    }

    private final CompiledModel model;

    public Simulator(CompiledModel model) {
        this.model = model;
    }

    /** Number of steps, or an exception naming the inconsistent settings. */
    public static int steps(double start, double stop, double dt, String modelName, String modelId) throws SdException {
        if (!(dt > 0) || !Double.isFinite(dt)) {
            throw new SdException("system dynamics model '" + modelName + "': the time step dt must be positive, not "
                    + dt, modelId);
        }
        if (!(stop > start)) {
            throw new SdException("system dynamics model '" + modelName + "': the stop time (" + stop
                    + ") must be after the start time (" + start + ")", modelId);
        }
        double ratio = (stop - start) / dt;
        long n = Math.round(ratio);
        if (Math.abs(ratio - n) > 1e-9 * Math.max(1, ratio)) {
            throw new SdException("system dynamics model '" + modelName + "': stop − start (" + (stop - start)
                    + ") is not a whole number of time steps dt = " + dt, modelId);
        }
        if (n > 10_000_000) {
            throw new SdException("system dynamics model '" + modelName + "': " + n + " time steps are more than the"
                    + " 10,000,000 the engine runs", modelId);
        }
        return (int) n;
    }

    public Trajectory run(double[] parameters, IntegrationMethod method, double start, int steps, double dt,
            BooleanSupplier cancelled) throws SdException {
        int slots = model.variables().size();
        Frame frame = new Frame(slots, dt);
        System.arraycopy(parameters, 0, frame.values, 0, slots);
        double[] state = new double[model.stateSize()];
        frame.state = state;
        frame.time = start;
        try {
            initialize(frame, state);
            double[] times = new double[steps + 1];
            double[][] saved = new double[steps + 1][];
            double[] k1 = new double[state.length];
            double[] k2 = new double[state.length];
            double[] k3 = new double[state.length];
            double[] k4 = new double[state.length];
            double[] probe = new double[state.length];
            for (int n = 0; n <= steps; n++) {
                if ((n & 1023) == 0 && cancelled.getAsBoolean()) {
                    throw new java.util.concurrent.CancellationException();
                }
                double t = start + n * dt;
                times[n] = t;
                derivative(frame, t, state, k1);
                saved[n] = frame.values.clone();
                checkFinite(saved[n], t);
                if (n == steps) {
                    break;
                }
                if (method == IntegrationMethod.RK4) {
                    double half = dt / 2;
                    for (int i = 0; i < state.length; i++) {
                        probe[i] = state[i] + half * k1[i];
                    }
                    derivative(frame, t + half, probe, k2);
                    for (int i = 0; i < state.length; i++) {
                        probe[i] = state[i] + half * k2[i];
                    }
                    derivative(frame, t + half, probe, k3);
                    for (int i = 0; i < state.length; i++) {
                        probe[i] = state[i] + dt * k3[i];
                    }
                    derivative(frame, t + dt, probe, k4);
                    for (int i = 0; i < state.length; i++) {
                        state[i] = state[i] + dt * (k1[i] + 2 * k2[i] + 2 * k3[i] + k4[i]) / 6;
                    }
                } else {
                    for (int i = 0; i < state.length; i++) {
                        state[i] = state[i] + dt * k1[i];
                    }
                }
            }
            return new Trajectory(times, saved);
        } catch (SimulationError e) {
            throw new SdException(e.getMessage(), e.elementId);
        }
    }

    private void initialize(Frame frame, double[] state) {
        for (int slot : model.initOrder()) {
            Variable v = model.variables().get(slot);
            // stocks and delays start from their initial values; auxiliaries and flows are computed from them
            boolean fromInitial = v.kind() == Variable.Kind.STOCK || v.kind() == Variable.Kind.DELAY;
            frame.values[slot] = (fromInitial ? model.initial()[slot] : model.equations()[slot]).eval(frame);
            if (!Double.isFinite(frame.values[slot])) {
                throw new SimulationError(v.describe() + " is " + frame.values[slot] + " at the start time "
                        + frame.time, v.id());
            }
            if (v.kind() == Variable.Kind.STOCK) {
                state[stateOf(slot)] = frame.values[slot];
            }
        }
        for (CompiledModel.DelayState d : model.delays()) {
            double out = frame.values[d.slot()];
            if (d.material()) {
                double time = ModelCompiler.positive(d.delayTime().eval(frame), model.variables().get(d.slot()), frame);
                double level = d.order() == 1 ? out * time : out * (time / 3.0);
                for (int i = 0; i < d.order(); i++) {
                    state[d.state() + i] = level;
                }
            } else {
                for (int i = 0; i < d.order(); i++) {
                    state[d.state() + i] = out;
                }
            }
        }
    }

    private int stateOf(int slot) {
        for (CompiledModel.StockState s : model.stocks()) {
            if (s.slot() == slot) {
                return s.state();
            }
        }
        throw new IllegalStateException();
    }

    /** Evaluates every variable at (t, state) into frame.values and the state's derivative into out. */
    private void derivative(Frame frame, double t, double[] state, double[] out) {
        frame.time = t;
        frame.state = state;
        double[] v = frame.values;
        for (CompiledModel.StockState s : model.stocks()) {
            v[s.slot()] = state[s.state()];
        }
        Ev[] equations = model.equations();
        for (int slot : model.rateOrder()) {
            v[slot] = equations[slot].eval(frame);
        }
        for (CompiledModel.StockState s : model.stocks()) {
            double net = 0;
            for (int in : s.inflows()) {
                net += v[in];
            }
            for (int o : s.outflows()) {
                net -= v[o];
            }
            out[s.state()] = net;
        }
        for (CompiledModel.DelayState d : model.delays()) {
            Variable variable = model.variables().get(d.slot());
            double input = d.input().eval(frame);
            double time = ModelCompiler.positive(d.delayTime().eval(frame), variable, frame);
            int k = d.state();
            if (d.order() == 1) {
                out[k] = d.material() ? input - state[k] / time : (input - state[k]) / time;
            } else {
                double stage = time / 3.0;
                if (d.material()) {
                    double o1 = state[k] / stage;
                    double o2 = state[k + 1] / stage;
                    double o3 = state[k + 2] / stage;
                    out[k] = input - o1;
                    out[k + 1] = o1 - o2;
                    out[k + 2] = o2 - o3;
                } else {
                    out[k] = (input - state[k]) / stage;
                    out[k + 1] = (state[k] - state[k + 1]) / stage;
                    out[k + 2] = (state[k + 1] - state[k + 2]) / stage;
                }
            }
        }
    }

    private void checkFinite(double[] values, double t) {
        for (Variable v : model.variables()) {
            double x = values[v.slot()];
            if (!Double.isFinite(x)) {
                throw new SimulationError(v.describe() + " is " + x + " at time " + t
                        + " (a division by zero, an overflow or a function outside its domain)", v.id());
            }
        }
    }
}
