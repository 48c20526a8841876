package org.synergos.model.internal.validation;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.eclipse.emf.ecore.EObject;
import org.synergos.model.Auxiliary;
import org.synergos.model.Delay;
import org.synergos.model.Flow;
import org.synergos.model.Framework;
import org.synergos.model.LookupTable;
import org.synergos.model.Named;
import org.synergos.model.ParameterOverride;
import org.synergos.model.Scenario;
import org.synergos.model.Stock;
import org.synergos.model.SystemDynamicsModel;
import org.synergos.model.validation.ValidationRule;

/**
 * Structure of system dynamics models: time settings, unique names, flows between two different stocks,
 * lookup points, equations present, scenario overrides of the model's own parameters. The equations
 * themselves (syntax, names, loops, units) are checked by the system-dynamics engine, which owns the equation
 * language.
 */
final class SystemDynamicsRules {

    private SystemDynamicsRules() {
    }

    static void check(Framework framework, Findings findings) {
        framework.getSystemDynamicsModels().forEach(model -> check(model, findings));
    }

    private static void check(SystemDynamicsModel model, Findings findings) {
        double dt = model.getTimeStep();
        double span = model.getStopTime() - model.getStartTime();
        if (!(dt > 0)) {
            findings.report(ValidationRule.SD_TIME_SETTINGS, model, "has time step " + dt,
                    "give a positive time step (dt)");
        } else if (!(span > 0)) {
            findings.report(ValidationRule.SD_TIME_SETTINGS, model,
                    "stops at " + model.getStopTime() + ", not after its start " + model.getStartTime(),
                    "set the stop time after the start time");
        } else if (Math.abs(span / dt - Math.round(span / dt)) > 1e-9 * Math.max(1, span / dt)) {
            findings.report(ValidationRule.SD_TIME_SETTINGS, model,
                    "runs " + span + " time units, not a whole number of steps dt = " + dt,
                    "choose dt so that (stop − start)/dt is a whole number");
        }
        Map<String, Named> names = new HashMap<>();
        for (List<? extends Named> elements : List.of(model.getParameters(), model.getStocks(), model.getFlows(),
                model.getAuxiliaries(), model.getDelays(), model.getLookupTables())) {
            for (Named element : elements) {
                String name = element.getName();
                if (name == null || name.isBlank()) {
                    findings.report(ValidationRule.SD_MISSING_EQUATION, element, "has no name",
                            "name it: equations refer to it by name");
                    continue;
                }
                Named other = names.putIfAbsent(name, element);
                if (other != null) {
                    findings.report(ValidationRule.SD_DUPLICATE_NAME, element,
                            "has the name '" + name + "' of another element of system dynamics model '"
                                    + model.getName() + "'",
                            "rename one of them: equations refer to elements by name");
                }
            }
        }
        for (Stock stock : model.getStocks()) {
            missing(stock, stock.getInitialValue(), "initial value", findings);
        }
        for (Flow flow : model.getFlows()) {
            if (flow.getFrom() != null && flow.getFrom() == flow.getTo()) {
                findings.report(ValidationRule.SD_FLOW_SELF, flow,
                        "flows from stock '" + flow.getFrom().getName() + "' into itself",
                        "connect it to a different stock, or leave one end empty (a source or sink)");
            }
            missing(flow, flow.getEquation(), "equation", findings);
        }
        for (Auxiliary auxiliary : model.getAuxiliaries()) {
            missing(auxiliary, auxiliary.getEquation(), "equation", findings);
        }
        for (Delay delay : model.getDelays()) {
            missing(delay, delay.getInput(), "input", findings);
            missing(delay, delay.getDelayTime(), "delay time", findings);
        }
        for (LookupTable table : model.getLookupTables()) {
            checkLookup(table, findings);
        }
        for (Scenario scenario : model.getScenarios()) {
            for (ParameterOverride override : scenario.getOverrides()) {
                if (override.getParameter() == null || !model.getParameters().contains(override.getParameter())) {
                    findings.report(ValidationRule.SD_OVERRIDE_PARAMETER, override,
                            "of scenario '" + scenario.getName() + "' names no parameter of system dynamics model '"
                                    + model.getName() + "'",
                            "choose one of the model's parameters");
                }
            }
        }
    }

    private static void checkLookup(LookupTable table, Findings findings) {
        List<Double> x = table.getXValues();
        List<Double> y = table.getYValues();
        if (x.isEmpty() || x.size() != y.size()) {
            findings.report(ValidationRule.SD_LOOKUP_POINTS, table,
                    "has " + x.size() + " x and " + y.size() + " y values", "give each point an x and a y value");
            return;
        }
        for (int i = 1; i < x.size(); i++) {
            if (!(x.get(i) > x.get(i - 1))) {
                findings.report(ValidationRule.SD_LOOKUP_POINTS, table, String.format(Locale.ROOT,
                        "has x = %s at point %d after x = %s", x.get(i), i + 1, x.get(i - 1)),
                        "order the points by strictly ascending x");
                return;
            }
        }
    }

    private static void missing(EObject element, String text, String what, Findings findings) {
        if (text == null || text.isBlank()) {
            findings.report(ValidationRule.SD_MISSING_EQUATION, element, "has no " + what, "write its " + what);
        }
    }
}
