package org.synergos.analysis.sd.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.synergos.analysis.api.AnalysisResult;
import org.synergos.analysis.api.ElementValue;
import org.synergos.analysis.api.ResultColumn;
import org.synergos.analysis.api.ResultTable;
import org.synergos.model.Auxiliary;
import org.synergos.model.Delay;
import org.synergos.model.Flow;
import org.synergos.model.LookupTable;
import org.synergos.model.SimulationParameter;
import org.synergos.model.Stock;
import org.synergos.model.SystemDynamicsModel;

/**
 * Report stage: the engine's tables. {@code sd-equations} (the model as simulated), {@code sd-series} (one row
 * per run and saved time, one column per stock, flow, auxiliary and delay, keyed by element id),
 * {@code sd-runs} (each run's parameter values and final stocks) and, with observed data, {@code sd-fit}.
 */
public final class SdTables {

    public static final String EQUATIONS = "sd-equations";
    public static final String SERIES = "sd-series";
    public static final String RUNS = "sd-runs";
    public static final String FIT = "sd-fit";
    public static final String OBSERVED = "sd-observed";
    /** Element values: each stock's, flow's, auxiliary's and delay's value at the stop time of the base run. */
    public static final String FINAL_VALUE = "sd-final";

    private SdTables() {
    }

    /** The variables shown in the series: every kind but parameters, in model order (stocks first). */
    public static List<Variable> shown(CompiledModel model) {
        List<Variable> shown = new ArrayList<>();
        for (Variable.Kind kind : new Variable.Kind[] { Variable.Kind.STOCK, Variable.Kind.FLOW,
                Variable.Kind.AUXILIARY, Variable.Kind.DELAY }) {
            model.variables().stream().filter(v -> v.kind() == kind).forEach(shown::add);
        }
        return shown;
    }

    public static ResultTable equations(SystemDynamicsModel source) {
        ResultTable.Builder table = ResultTable.builder(EQUATIONS, "Equations of system dynamics model "
                + source.getName()).column(ResultColumn.text("element", "Element"))
                .column(ResultColumn.text("name", "Name")).column(ResultColumn.text("kind", "Kind"))
                .column(ResultColumn.text("units", "Units")).column(ResultColumn.text("definition", "Definition"));
        for (SimulationParameter p : source.getParameters()) {
            table.row(p.getId(), p.getName(), "parameter", p.getUnits(), RunPlan.number(p.getValue()));
        }
        for (Stock s : source.getStocks()) {
            List<String> in = source.getFlows().stream().filter(f -> f.getTo() == s).map(Flow::getName).toList();
            List<String> out = source.getFlows().stream().filter(f -> f.getFrom() == s).map(Flow::getName).toList();
            String rate = (in.isEmpty() ? "" : String.join(" + ", in))
                    + (out.isEmpty() ? "" : " − " + String.join(" − ", out));
            table.row(s.getId(), s.getName(), "stock", s.getUnits(),
                    "INTEG(" + (rate.isBlank() ? "0" : rate.trim()) + ", " + s.getInitialValue() + ")");
        }
        for (Flow f : source.getFlows()) {
            table.row(f.getId(), f.getName(), "flow", f.getUnits(), f.getEquation());
        }
        for (Auxiliary a : source.getAuxiliaries()) {
            table.row(a.getId(), a.getName(), "auxiliary", a.getUnits(), a.getEquation());
        }
        for (Delay d : source.getDelays()) {
            String initial = d.getInitialValue() == null || d.getInitialValue().isBlank() ? ""
                    : ", initial " + d.getInitialValue();
            table.row(d.getId(), d.getName(), "delay", d.getUnits(),
                    d.getKind().getLiteral() + "(" + d.getInput() + ", " + d.getDelayTime() + ")" + initial);
        }
        for (LookupTable t : source.getLookupTables()) {
            List<String> points = new ArrayList<>();
            for (int i = 0; i < Math.min(t.getXValues().size(), t.getYValues().size()); i++) {
                points.add("(" + RunPlan.number(t.getXValues().get(i)) + ", " + RunPlan.number(t.getYValues().get(i))
                        + ")");
            }
            table.row(t.getId(), t.getName(), "lookup", t.getUnits(),
                    t.getInterpolation().getLiteral().toLowerCase(Locale.ROOT) + " " + String.join(" ", points));
        }
        table.note("Stocks integrate inflows minus outflows from their initial values (Vensim's INTEG). Units as"
                + " declared; an empty cell means no units were declared (not checked).");
        return table.build();
    }

    public static ResultTable series(CompiledModel model, List<RunPlan.Run> runs, List<Simulator.Trajectory> results,
            String timeUnits) {
        List<Variable> shown = shown(model);
        ResultTable.Builder table = ResultTable.builder(SERIES, "Simulated time series")
                .column(ResultColumn.text("run", "Run"))
                .column(ResultColumn.decimal("time", "Time", 2).withUnit(timeUnits));
        for (Variable v : shown) {
            table.column(ResultColumn.decimal(v.id(), v.name(), 4).withUnit(v.units()));
        }
        for (int r = 0; r < runs.size(); r++) {
            Simulator.Trajectory trajectory = results.get(r);
            for (int n = 0; n < trajectory.times().length; n++) {
                List<Object> row = new ArrayList<>();
                row.add(runs.get(r).label());
                row.add(trajectory.times()[n]);
                for (Variable v : shown) {
                    row.add(trajectory.values()[n][v.slot()]);
                }
                table.row(row);
            }
        }
        table.note("One row per run and saved time; flows, auxiliaries and delays at time t are computed from the"
                + " stocks at t (a flow's value at t is its rate over the following step).");
        return table.build();
    }

    public static ResultTable runs(CompiledModel model, List<RunPlan.Run> runs, List<Simulator.Trajectory> results) {
        List<Variable> stocks = model.variables().stream().filter(v -> v.kind() == Variable.Kind.STOCK).toList();
        ResultTable.Builder table = ResultTable.builder(RUNS, "Runs and final values of the stocks")
                .column(ResultColumn.text("run", "Run")).column(ResultColumn.text("kind", "Kind"))
                .column(ResultColumn.text("parameters", "Parameter values"));
        for (Variable v : stocks) {
            table.column(ResultColumn.decimal(v.id(), v.name(), 4).withUnit(v.units()));
        }
        for (int r = 0; r < runs.size(); r++) {
            RunPlan.Run run = runs.get(r);
            double[][] values = results.get(r).values();
            List<Object> row = new ArrayList<>();
            row.add(run.label());
            row.add(run.kind().label());
            row.add(run.kind() == RunPlan.Kind.BASE ? "as in the model" : run.describe(model));
            for (Variable v : stocks) {
                row.add(values[values.length - 1][v.slot()]);
            }
            table.row(row);
        }
        table.note("Final values at the stop time. Scenarios and sweep points change only the parameters named.");
        return table.build();
    }

    public static ResultTable fit(List<RunPlan.Run> runs, List<Simulator.Trajectory> results,
            List<ObservedData.Series> observed) {
        ResultTable.Builder table = ResultTable.builder(FIT, "Fit of the simulated to the observed series")
                .column(ResultColumn.text("run", "Run")).column(ResultColumn.text("variable", "Variable"))
                .column(ResultColumn.text("column", "Observed column")).column(ResultColumn.integer("n", "n"))
                .column(ResultColumn.decimal("rmse", "RMSE", 4)).column(ResultColumn.decimal("mape", "MAPE (%)", 2))
                .column(ResultColumn.decimal("theil-u1", "Theil's U1", 4))
                .column(ResultColumn.decimal("um", "U^M (bias)", 3))
                .column(ResultColumn.decimal("us", "U^S (variance)", 3))
                .column(ResultColumn.decimal("uc", "U^C (covariance)", 3))
                .column(ResultColumn.decimal("r", "r", 3)).column(ResultColumn.text("element", "Element"));
        for (int r = 0; r < runs.size(); r++) {
            for (ObservedData.Series series : observed) {
                FitStatistics f = statistics(results.get(r), series);
                table.row(runs.get(r).label(), series.variable().name(), series.column(), f.n(), f.rmse(), nan(f.mape()),
                        f.theilU1(), nan(f.bias()), nan(f.variance()), nan(f.covariance()), nan(f.r()),
                        series.variable().id());
            }
        }
        table.note("RMSE = √mean((S − A)²); MAPE = 100·mean(|S − A|/|A|) (empty when an observation is 0);"
                + " Theil's inequality coefficient U1 = RMSE/(√mean(S²) + √mean(A²)) (0 = perfect, 1 = worst);"
                + " U^M, U^S, U^C: Theil's decomposition of the MSE into bias, unequal variation and unequal"
                + " covariation (Sterman 1984; standard deviations with divisor n; they sum to 1); r: correlation"
                + " of S and A.");
        return table.build();
    }

    /** The observed series as read: one row per variable and observation (the report draws them as points). */
    public static ResultTable observed(List<ObservedData.Series> observed, double start, double dt, String timeUnits) {
        ResultTable.Builder table = ResultTable.builder(OBSERVED, "Observed series")
                .column(ResultColumn.text("element", "Element")).column(ResultColumn.text("variable", "Variable"))
                .column(ResultColumn.text("column", "Observed column"))
                .column(ResultColumn.decimal("time", "Time", 2).withUnit(timeUnits))
                .column(ResultColumn.decimal("observed", "Observed", 4));
        for (ObservedData.Series series : observed) {
            for (int i = 0; i < series.steps().length; i++) {
                table.row(series.variable().id(), series.variable().name(), series.column(),
                        start + series.steps()[i] * dt, series.values()[i]);
            }
        }
        table.note("The observations compared in the fit table, at the saved times they fall on.");
        return table.build();
    }

    public static FitStatistics statistics(Simulator.Trajectory trajectory, ObservedData.Series series) {
        double[] simulated = new double[series.steps().length];
        for (int i = 0; i < simulated.length; i++) {
            simulated[i] = trajectory.values()[series.steps()[i]][series.variable().slot()];
        }
        return FitStatistics.of(simulated, series.values());
    }

    private static Double nan(double value) {
        return Double.isNaN(value) ? null : value;
    }

    public static void finalValues(AnalysisResult.Builder builder, CompiledModel model, Simulator.Trajectory base) {
        double[] last = base.values()[base.values().length - 1];
        for (Variable v : shown(model)) {
            if (v.id() != null) {
                builder.value(ElementValue.of(v.id(), FINAL_VALUE, last[v.slot()]));
            }
        }
    }
}
