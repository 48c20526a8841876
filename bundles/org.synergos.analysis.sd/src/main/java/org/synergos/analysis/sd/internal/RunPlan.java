package org.synergos.analysis.sd.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.synergos.model.ParameterOverride;
import org.synergos.model.Scenario;
import org.synergos.model.SystemDynamicsModel;

/**
 * The runs simulated side by side: the base run (the parameters' own values), the model's named scenarios
 * (parameter overrides) and a parameter sweep ("name=from:to:step", several joined by ';' for their
 * cartesian product, each value a run on top of the base values).
 */
public final class RunPlan {

    /** Maximum number of runs in one analysis. */
    public static final int MAX_RUNS = 10_000;

    public enum Kind {
        BASE("base"), SCENARIO("scenario"), SWEEP("sweep");

        private final String label;

        Kind(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    /** One run: a label, its kind, the model element it comes from (a scenario) and its parameter values. */
    public record Run(String label, Kind kind, String elementId, Map<Integer, Double> overrides, double[] parameters) {

        /** "a = 0.3, b = 2" or "" for the base run. */
        public String describe(CompiledModel model) {
            List<String> parts = new ArrayList<>();
            overrides.forEach((slot, value) -> parts.add(model.variables().get(slot).name() + " = " + number(value)));
            return String.join(", ", parts);
        }
    }

    private RunPlan() {
    }

    static String number(double value) {
        if (value == Math.rint(value) && Math.abs(value) < 1e15) {
            return String.format(Locale.ROOT, "%d", (long) value);
        }
        String text = Double.toString(value);
        return text.contains("E") ? text : new java.math.BigDecimal(text).stripTrailingZeros().toPlainString();
    }

    /**
     * @param scenarios "all", "none" or a comma-separated list of scenario names or ids
     * @param sweep "" or "name=from:to:step[;name=from:to:step]…"
     */
    public static List<Run> of(SystemDynamicsModel source, CompiledModel model, String scenarios, String sweep)
            throws SdException {
        List<Run> runs = new ArrayList<>();
        runs.add(new Run("base", Kind.BASE, source.getId(), Map.of(), model.defaults().clone()));
        for (Scenario scenario : selected(source, scenarios.trim())) {
            Map<Integer, Double> overrides = new LinkedHashMap<>();
            for (ParameterOverride o : scenario.getOverrides()) {
                if (o.getParameter() == null || !source.getParameters().contains(o.getParameter())) {
                    throw new SdException("scenario '" + scenario.getName() + "': an override names no parameter of"
                            + " system dynamics model '" + source.getName() + "'", scenario.getId());
                }
                if (!Double.isFinite(o.getValue())) {
                    throw new SdException("scenario '" + scenario.getName() + "': the value of '"
                            + o.getParameter().getName() + "' is not finite", scenario.getId());
                }
                overrides.put(model.variable(o.getParameter().getName()).slot(), o.getValue());
            }
            String label = scenario.getName() == null || scenario.getName().isBlank() ? scenario.getId()
                    : scenario.getName();
            runs.add(run(label, Kind.SCENARIO, scenario.getId(), overrides, model));
        }
        if (!sweep.isBlank()) {
            List<Map<Integer, Double>> grid = new ArrayList<>();
            grid.add(new LinkedHashMap<>());
            for (String part : sweep.split(";")) {
                if (part.isBlank()) {
                    continue;
                }
                double[] values;
                int eq = part.indexOf('=');
                String[] range = eq < 0 ? new String[0] : part.substring(eq + 1).split(":", -1);
                if (eq < 0 || range.length != 3) {
                    throw new SdException("sweep '" + part.trim() + "': write parameter=from:to:step", source.getId());
                }
                String name = part.substring(0, eq).trim();
                Variable v = model.variable(name);
                if (v == null || v.kind() != Variable.Kind.PARAMETER) {
                    throw new SdException("sweep '" + part.trim() + "': '" + name + "' is not a parameter of system"
                            + " dynamics model '" + source.getName() + "'", source.getId());
                }
                int slot = v.slot();
                double from;
                double to;
                double step;
                try {
                    from = Double.parseDouble(range[0].trim());
                    to = Double.parseDouble(range[1].trim());
                    step = Double.parseDouble(range[2].trim());
                } catch (NumberFormatException e) {
                    throw new SdException("sweep '" + part.trim() + "': from, to and step must be numbers",
                            source.getId());
                }
                if (!(step > 0) || !(to >= from) || !Double.isFinite(to) || !Double.isFinite(from)) {
                    throw new SdException("sweep '" + part.trim() + "': needs from ≤ to and a positive step",
                            source.getId());
                }
                long count = (long) Math.floor((to - from) / step + 1e-9) + 1;
                if (count * grid.size() > MAX_RUNS) {
                    throw new SdException("sweep '" + sweep.trim() + "' makes more than " + MAX_RUNS + " runs",
                            source.getId());
                }
                values = new double[(int) count];
                for (int i = 0; i < count; i++) {
                    values[i] = from + i * step;
                }
                List<Map<Integer, Double>> next = new ArrayList<>();
                for (Map<Integer, Double> point : grid) {
                    for (double value : values) {
                        Map<Integer, Double> extended = new LinkedHashMap<>(point);
                        extended.put(slot, value);
                        next.add(extended);
                    }
                }
                grid = next;
            }
            for (Map<Integer, Double> point : grid) {
                Run run = run("", Kind.SWEEP, null, point, model);
                runs.add(new Run(run.describe(model), Kind.SWEEP, null, point, run.parameters()));
            }
        }
        return runs;
    }

    private static Run run(String label, Kind kind, String elementId, Map<Integer, Double> overrides,
            CompiledModel model) {
        double[] parameters = model.defaults().clone();
        overrides.forEach((slot, value) -> parameters[slot] = value);
        return new Run(label, kind, elementId, java.util.Collections.unmodifiableMap(new LinkedHashMap<>(overrides)), parameters);
    }

    private static List<Scenario> selected(SystemDynamicsModel source, String scenarios) throws SdException {
        if (scenarios.equalsIgnoreCase("all")) {
            return source.getScenarios();
        }
        if (scenarios.equalsIgnoreCase("none") || scenarios.isEmpty()) {
            return List.of();
        }
        List<Scenario> selected = new ArrayList<>();
        for (String wanted : scenarios.split(",")) {
            String name = wanted.trim();
            Scenario found = source.getScenarios().stream()
                    .filter(s -> name.equals(s.getName()) || name.equals(s.getId())).findFirst().orElse(null);
            if (found == null) {
                throw new SdException("scenario '" + name + "' is not a scenario of system dynamics model '"
                        + source.getName() + "'", source.getId());
            }
            selected.add(found);
        }
        return selected;
    }
}
