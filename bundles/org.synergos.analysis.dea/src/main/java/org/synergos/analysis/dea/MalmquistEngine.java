package org.synergos.analysis.dea;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CancellationException;

import org.osgi.service.component.annotations.Component;
import org.synergos.analysis.api.AnalysisEngine;
import org.synergos.analysis.api.AnalysisException;
import org.synergos.analysis.api.AnalysisInput;
import org.synergos.analysis.api.AnalysisMonitor;
import org.synergos.analysis.api.AnalysisRequest;
import org.synergos.analysis.api.AnalysisResult;
import org.synergos.analysis.api.Applicability;
import org.synergos.analysis.api.EngineDescriptor;
import org.synergos.analysis.api.Message;
import org.synergos.analysis.api.ParameterDescriptor;
import org.synergos.analysis.dea.internal.Malmquist;
import org.synergos.analysis.dea.internal.MalmquistTables;
import org.synergos.analysis.dea.internal.Orientation;
import org.synergos.analysis.dea.internal.Returns;
import org.synergos.analysis.dea.internal.Sizes;
import org.synergos.analysis.dea.internal.Units;
import org.synergos.analysis.dea.internal.Units.Unit;
import org.synergos.data.Dataset;

/**
 * The Malmquist productivity index of a panel of DMUs (one row per DMU and period) between adjacent periods,
 * decomposed into efficiency change × technical change (Färe, Grosskopf, Norris &amp; Zhang 1994): geometric mean
 * of the adjacent periods' DEA distance functions, under constant returns to scale by default, with efficiency
 * change split into pure-efficiency and scale-efficiency change from VRS scores. See {@link Malmquist}.
 */
@Component(service = AnalysisEngine.class, property = AnalysisEngine.ENGINE_ID + "=" + MalmquistEngine.ID)
public final class MalmquistEngine implements AnalysisEngine {

    public static final String ID = "malmquist";

    private static final EngineDescriptor DESCRIPTOR = new EngineDescriptor(ID, "Malmquist productivity index (DEA)",
            "0.1.0",
            "Productivity change of DMUs between adjacent periods of a panel: Malmquist index = efficiency change ×"
                    + " technical change (Färe et al. 1994), with pure and scale efficiency change.",
            List.of(ParameterDescriptor.text(Units.DMU, "DMU column", "column of the DMU ids", ""),
                    ParameterDescriptor.text(Units.INPUTS, "Inputs", "comma-separated input columns (positive numbers)", ""),
                    ParameterDescriptor.text(Units.OUTPUTS, "Outputs", "comma-separated output columns (positive numbers)", ""),
                    ParameterDescriptor.text(Units.PERIOD, "Period column",
                            "column of the periods (one row per DMU and period); ordered numerically when all are numbers",
                            ""),
                    ParameterDescriptor.choice(DeaEngine.RTS, "Returns to scale",
                            "crs: Färe et al. (1994), with EFFCH = PECH × SECH; vrs: distance functions under VRS (cross-period"
                                    + " programmes may have no solution; no PECH/SECH)",
                            Returns.CRS.id(), Returns.CRS.id(), Returns.VRS.id()),
                    ParameterDescriptor.choice(DeaEngine.ORIENTATION, "Orientation",
                            "in: input distance functions; out: output distance functions", Orientation.IN.id(),
                            Orientation.IN.id(), Orientation.OUT.id())));

    @Override
    public EngineDescriptor descriptor() {
        return DESCRIPTOR;
    }

    @Override
    public Applicability applicability(AnalysisInput input) {
        return input.data().isPresent() ? Applicability.ok()
                : Applicability.notApplicable("no data set: bind the model to a CSV file with one row per DMU and period or"
                        + " pass --data");
    }

    @Override
    public AnalysisResult run(AnalysisRequest request, AnalysisMonitor monitor) throws AnalysisException {
        Dataset data = request.input().data().orElseThrow(() -> new AnalysisException("no data set"));
        String period = request.parameters().text(Units.PERIOD);
        if (period.isBlank()) {
            throw new AnalysisException("parameter '" + Units.PERIOD + "' must name the period column of " + data.describe()
                    + ": the Malmquist index compares periods (columns: " + String.join(", ", data.columnNames()) + ")");
        }
        Units.Columns columns = Units.columns(data, request.parameters().text(Units.DMU),
                request.parameters().text(Units.INPUTS), request.parameters().text(Units.OUTPUTS), period);
        Returns rts = Returns.of(request.parameters().text(DeaEngine.RTS));
        Orientation orientation = Orientation.of(request.parameters().text(DeaEngine.ORIENTATION));
        List<Unit> units = Units.read(data, columns);
        List<String> periods = Units.periods(units);
        if (periods.size() < 2) {
            throw new AnalysisException(data.describe() + " has " + periods.size() + " period in column '" + columns.period()
                    + "'" + (periods.isEmpty() ? "" : " (" + periods.get(0) + ")")
                    + ": the Malmquist index needs at least two periods");
        }
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (String p : periods) {
            counts.put(p, 0);
        }
        for (Unit unit : units) {
            counts.merge(unit.period(), 1, Integer::sum);
        }
        int m = columns.inputs().size();
        int s = columns.outputs().size();
        AnalysisResult.Builder result = AnalysisResult.builder(DESCRIPTOR);
        for (Map.Entry<String, Integer> count : counts.entrySet()) {
            String where = data.describe() + ", period " + count.getKey();
            Sizes.require(count.getValue(), m, s, where);
            Sizes.warning(count.getValue(), m, s, where).ifPresent(w -> result.message(Message.warning(w, "")));
        }
        monitor.begin("Malmquist index over " + periods.size() + " periods", 1);
        Malmquist.Result index = Malmquist.compute(units, rts, orientation, () -> {
            if (monitor.isCancelled()) {
                throw new CancellationException();
            }
        });
        monitor.worked(1);
        if (index.changes().isEmpty()) {
            throw new AnalysisException(data.describe() + ": no DMU is observed in two adjacent periods, so no Malmquist"
                    + " index can be computed");
        }
        List<String> notes = new ArrayList<>(index.unmatched());
        for (String missing : notes) {
            result.message(Message.warning(missing + ": it has no index for that pair of periods", ""));
        }
        for (String infeasible : index.infeasible()) {
            result.message(Message.warning("the cross-period VRS programme of " + infeasible + " has no feasible solution"
                    + " (no radial scaling reaches that period's VRS frontier); its distance, and the TECH and M that use"
                    + " it, are undefined (left empty); rts=crs is always feasible", ""));
        }
        new MalmquistTables(columns, rts, orientation, index).addTo(result);
        return result.provenance("method", "Malmquist productivity index, Färe, Grosskopf, Norris & Zhang (1994): geometric"
                + " mean of adjacent periods' distance functions; M = EFFCH × TECH")
                .provenance("returns to scale", rts.description())
                .provenance("orientation", orientation.description())
                .provenance("decomposition", rts == Returns.CRS
                        ? "EFFCH = PECH × SECH, PECH from VRS scores in their own periods" : "none (VRS index)")
                .provenance("technology of a period", "all DMUs observed in that period")
                .provenance("periods", String.join(", ", periods) + " (column '" + columns.period() + "')")
                .provenance("linear programmes", "Apache Commons Math 3.6.1 SimplexSolver, Bland's rule")
                .provenance("inputs", String.join(", ", columns.inputs()))
                .provenance("outputs", String.join(", ", columns.outputs())).build();
    }
}
