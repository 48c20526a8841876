package org.synergos.analysis.sd;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.eclipse.emf.ecore.EObject;
import org.osgi.service.component.annotations.Component;
import org.synergos.analysis.api.AnalysisEngine;
import org.synergos.analysis.api.AnalysisException;
import org.synergos.analysis.api.AnalysisInput;
import org.synergos.analysis.api.AnalysisMonitor;
import org.synergos.analysis.api.AnalysisRequest;
import org.synergos.analysis.api.AnalysisResult;
import org.synergos.analysis.api.Applicability;
import org.synergos.analysis.api.EngineDescriptor;
import org.synergos.analysis.api.ParameterDescriptor;
import org.synergos.analysis.sd.internal.CompiledModel;
import org.synergos.analysis.sd.internal.ModelCompiler;
import org.synergos.analysis.sd.internal.ObservedData;
import org.synergos.analysis.sd.internal.RunPlan;
import org.synergos.analysis.sd.internal.SdException;
import org.synergos.analysis.sd.internal.SdTables;
import org.synergos.analysis.sd.internal.Simulator;
import org.synergos.model.Framework;
import org.synergos.model.IntegrationMethod;
import org.synergos.model.SystemDynamicsModel;

/**
 * System dynamics simulation (Forrester 1961; Sterman 2000, Business Dynamics): a stock-flow model of the
 * study is integrated with a fixed time step (Euler with Vensim's semantics, or classical RK4), for the base
 * parameter values, the model's named scenarios and an optional parameter sweep side by side, and compared
 * with observed series (RMSE, MAPE, Theil's U1 and its bias/variance/covariance decomposition after Sterman
 * 1984). Paper A simulates the synergy effect of collaborative innovation this way.
 */
@Component(service = AnalysisEngine.class, property = AnalysisEngine.ENGINE_ID + "=" + SystemDynamicsEngine.ID)
public final class SystemDynamicsEngine implements AnalysisEngine {

    public static final String ID = "system-dynamics";
    public static final String MODEL = "model";
    public static final String METHOD = "method";
    public static final String SCENARIOS = "scenarios";
    public static final String SWEEP = "sweep";
    public static final String CHECK_UNITS = "check-units";

    private static final EngineDescriptor DESCRIPTOR = new EngineDescriptor(ID, "System dynamics simulation", "0.1.0",
            "Fixed-step simulation of a stock-flow model (Euler or RK4) with scenarios, parameter sweeps and fit to"
                    + " observed series (RMSE, MAPE, Theil's U1 and its decomposition).",
            List.of(ParameterDescriptor.text(MODEL, "Model",
                    "id or name of the system dynamics model to simulate (empty: the study's only one)", ""),
                    ParameterDescriptor.choice(METHOD, "Integration method",
                            "model: the model's own setting; euler: Euler (Vensim); rk4: classical Runge-Kutta",
                            "model", "model", "euler", "rk4"),
                    ParameterDescriptor.text(SCENARIOS, "Scenarios",
                            "all, none, or scenario names/ids separated by commas, run beside the base run", "all"),
                    ParameterDescriptor.text(SWEEP, "Parameter sweep",
                            "parameter=from:to:step; several joined by ';' run their cartesian product", ""),
                    ParameterDescriptor.flag(CHECK_UNITS, "Check units",
                            "refuse equations whose units do not match their element's", true)));

    @Override
    public EngineDescriptor descriptor() {
        return DESCRIPTOR;
    }

    @Override
    public Applicability applicability(AnalysisInput input) {
        if (input.model().isEmpty() || !(input.model().get() instanceof Framework framework)) {
            return Applicability.notApplicable("needs a study with a system dynamics model");
        }
        return framework.getSystemDynamicsModels().isEmpty()
                ? Applicability.notApplicable("the study has no system dynamics model")
                : Applicability.ok();
    }

    @Override
    public AnalysisResult run(AnalysisRequest request, AnalysisMonitor monitor) throws AnalysisException {
        EObject root = request.input().model().orElseThrow();
        SystemDynamicsModel source = select((Framework) root, request.parameters().text(MODEL).trim());
        try {
            return simulate(source, request, monitor);
        } catch (SdException e) {
            throw new AnalysisException(e.getMessage(), e.elementId(), e);
        }
    }

    private static SystemDynamicsModel select(Framework framework, String wanted) throws AnalysisException {
        List<SystemDynamicsModel> models = framework.getSystemDynamicsModels();
        if (wanted.isEmpty()) {
            if (models.size() == 1) {
                return models.get(0);
            }
            throw new AnalysisException("the study has " + models.size() + " system dynamics models ("
                    + String.join(", ", models.stream().map(m -> "'" + m.getName() + "'").toList())
                    + "); name one with parameter '" + MODEL + "'");
        }
        return models.stream().filter(m -> wanted.equals(m.getId()) || wanted.equals(m.getName())).findFirst()
                .orElseThrow(() -> new AnalysisException("parameter '" + MODEL + "': the study has no system dynamics"
                        + " model with id or name '" + wanted + "'"));
    }

    private static AnalysisResult simulate(SystemDynamicsModel source, AnalysisRequest request, AnalysisMonitor monitor)
            throws SdException {
        boolean checkUnits = request.parameters().flag(CHECK_UNITS);
        CompiledModel model = ModelCompiler.compile(source, checkUnits);
        String methodChoice = request.parameters().text(METHOD);
        IntegrationMethod method = switch (methodChoice) {
            case "euler" -> IntegrationMethod.EULER;
            case "rk4" -> IntegrationMethod.RK4;
            default -> source.getMethod();
        };
        double start = source.getStartTime();
        double dt = source.getTimeStep();
        int steps = Simulator.steps(start, source.getStopTime(), dt, source.getName(), source.getId());
        List<RunPlan.Run> runs = RunPlan.of(source, model, request.parameters().text(SCENARIOS),
                request.parameters().text(SWEEP));
        String timeColumn = source.getTimeColumn() == null || source.getTimeColumn().isBlank() ? "time"
                : source.getTimeColumn().trim();
        List<ObservedData.Series> observed = ObservedData.of(model, request.input().data().orElse(null), timeColumn,
                start, dt, steps, source.getId());
        monitor.begin("simulating " + runs.size() + " run(s)", runs.size());
        Simulator simulator = new Simulator(model);
        List<Simulator.Trajectory> results = new ArrayList<>();
        for (RunPlan.Run run : runs) {
            try {
                results.add(simulator.run(run.parameters(), method, start, steps, dt, monitor::isCancelled));
            } catch (SdException e) {
                throw new SdException("run '" + run.label() + "': " + e.getMessage(), e.elementId());
            }
            monitor.worked(1);
        }
        String timeUnits = model.timeUnits() == null ? "" : model.timeUnits();
        AnalysisResult.Builder builder = AnalysisResult.builder(DESCRIPTOR);
        builder.table(SdTables.equations(source));
        builder.table(SdTables.series(model, runs, results, timeUnits));
        builder.table(SdTables.runs(model, runs, results));
        if (!observed.isEmpty()) {
            builder.table(SdTables.fit(runs, results, observed));
            builder.table(SdTables.observed(observed, start, dt, timeUnits));
        }
        SdTables.finalValues(builder, model, results.get(0));
        return builder.provenance("method", method == IntegrationMethod.RK4
                ? "classical fourth-order Runge-Kutta, fixed step" : "Euler, fixed step (Vensim semantics)")
                .provenance("model", source.getName())
                .provenance("start", start).provenance("stop", source.getStopTime()).provenance("dt", dt)
                .provenance("steps", steps).provenance("time units", timeUnits)
                .provenance("runs", runs.size())
                .provenance("units check", checkUnits ? "on" : "off")
                .provenance("fit statistics", observed.isEmpty() ? "none (no observed columns)"
                        : String.format(Locale.ROOT, "%d observed series: RMSE, MAPE, Theil's U1 with U^M/U^S/U^C"
                                + " (Sterman 1984)", observed.size()))
                .build();
    }
}
