package org.synergos.analysis.sd.internal;

import java.util.List;
import java.util.Map;

/**
 * A system dynamics model ready to simulate: variables in slots, equations compiled in dependency order.
 *
 * @param name the model's name
 * @param variables every variable, by slot
 * @param defaults each parameter's value (NaN in other slots)
 * @param rateOrder the slots of auxiliaries, flows and delay outputs in evaluation order
 * @param equations per slot, the equation evaluated in {@code rateOrder} (null for parameters and stocks)
 * @param stocks the stocks with their state index, inflows and outflows
 * @param delays the delays with their first state index
 * @param initOrder the slots evaluated at the start time, in order (stocks, delays, auxiliaries, flows)
 * @param initial per slot, the initialization equation: a stock's initial value, a delay's initial output
 * @param stateSize the length of the integrator's state vector
 * @param timeUnits the model's time units (null when not given)
 */
public record CompiledModel(String name, List<Variable> variables, double[] defaults, int[] rateOrder, Ev[] equations,
        List<StockState> stocks, List<DelayState> delays, int[] initOrder, Ev[] initial, int stateSize, String timeUnits,
        Map<String, Variable> byName) {

    /** A stock: its slot, index in the state vector, and the slots of its inflows and outflows. */
    public record StockState(int slot, int state, int[] inflows, int[] outflows) {
    }

    /** A delay: slot of its output, kind, first state index and compiled input and delay time. */
    public record DelayState(int slot, org.synergos.model.DelayKind kind, int state, Ev input, Ev delayTime) {

        int order() {
            return kind == org.synergos.model.DelayKind.DELAY3 || kind == org.synergos.model.DelayKind.SMOOTH3 ? 3 : 1;
        }

        boolean material() {
            return kind == org.synergos.model.DelayKind.DELAY1 || kind == org.synergos.model.DelayKind.DELAY3;
        }
    }

    public Variable variable(String name) {
        return byName.get(name);
    }
}
