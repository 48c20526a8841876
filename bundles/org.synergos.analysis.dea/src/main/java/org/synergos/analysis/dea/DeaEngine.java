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
import org.synergos.analysis.dea.internal.CrossSection;
import org.synergos.analysis.dea.internal.DeaTables;
import org.synergos.analysis.dea.internal.Orientation;
import org.synergos.analysis.dea.internal.Returns;
import org.synergos.analysis.dea.internal.Sizes;
import org.synergos.analysis.dea.internal.Units;
import org.synergos.analysis.dea.internal.Units.Unit;
import org.synergos.data.Dataset;

/**
 * Data envelopment analysis: the CCR model (constant returns to scale; Charnes, Cooper &amp; Rhodes 1978) and the
 * BCC model (variable returns to scale; Banker, Charnes &amp; Cooper 1984), input- or output-oriented, for DMUs
 * given as rows of a data set. Gives CRS and VRS scores, scale efficiency CRS/VRS and the returns-to-scale class
 * (from the NIRS score, as DEAP), and under the chosen returns to scale the second-stage max slacks, intensities
 * and peers, and Andersen &amp; Petersen's (1993) super-efficiency. With a period column, each period is its own
 * cross-section against its own frontier. Linear programmes by Commons Math's simplex.
 */
@Component(service = AnalysisEngine.class, property = AnalysisEngine.ENGINE_ID + "=" + DeaEngine.ID)
public final class DeaEngine implements AnalysisEngine {

    public static final String ID = "dea";
    public static final String RTS = "rts";
    public static final String ORIENTATION = "orientation";

    private static final EngineDescriptor DESCRIPTOR = new EngineDescriptor(ID, "Data envelopment analysis (DEA)", "0.1.0",
            "CCR (CRS) and BCC (VRS) efficiency of decision-making units, input- or output-oriented: scale efficiency,"
                    + " returns to scale, slacks, peers and intensities, Andersen–Petersen super-efficiency.",
            List.of(ParameterDescriptor.text(Units.DMU, "DMU column", "column of the DMU ids (one row per DMU)", ""),
                    ParameterDescriptor.text(Units.INPUTS, "Inputs", "comma-separated input columns (positive numbers)", ""),
                    ParameterDescriptor.text(Units.OUTPUTS, "Outputs", "comma-separated output columns (positive numbers)", ""),
                    ParameterDescriptor.text(Units.PERIOD, "Period column",
                            "optional: each period is evaluated against its own frontier; empty = one cross-section", ""),
                    ParameterDescriptor.choice(RTS, "Returns to scale",
                            "model of the slacks, peers, intensities and super-efficiency: vrs (BCC, Benchmarking's default)"
                                    + " or crs (CCR); CRS and VRS scores are always given",
                            Returns.VRS.id(), Returns.VRS.id(), Returns.CRS.id()),
                    ParameterDescriptor.choice(ORIENTATION, "Orientation",
                            "in: contract inputs (θ); out: expand outputs (φ, score 1/φ)", Orientation.IN.id(),
                            Orientation.IN.id(), Orientation.OUT.id())));

    @Override
    public EngineDescriptor descriptor() {
        return DESCRIPTOR;
    }

    @Override
    public Applicability applicability(AnalysisInput input) {
        return input.data().isPresent() ? Applicability.ok()
                : Applicability.notApplicable("no data set: bind the model to a CSV file with one row per DMU or pass --data");
    }

    @Override
    public AnalysisResult run(AnalysisRequest request, AnalysisMonitor monitor) throws AnalysisException {
        Dataset data = request.input().data().orElseThrow(() -> new AnalysisException("no data set"));
        Units.Columns columns = Units.columns(data, request.parameters().text(Units.DMU),
                request.parameters().text(Units.INPUTS), request.parameters().text(Units.OUTPUTS),
                request.parameters().text(Units.PERIOD));
        Returns rts = Returns.of(request.parameters().text(RTS));
        Orientation orientation = Orientation.of(request.parameters().text(ORIENTATION));
        List<Unit> units = Units.read(data, columns);
        int m = columns.inputs().size();
        int s = columns.outputs().size();
        Map<String, List<Unit>> sections = new LinkedHashMap<>();
        if (columns.period() == null) {
            sections.put(null, units);
        } else {
            for (String period : Units.periods(units)) {
                sections.put(period, new ArrayList<>());
            }
            for (Unit unit : units) {
                sections.get(unit.period()).add(unit);
            }
        }
        AnalysisResult.Builder result = AnalysisResult.builder(DESCRIPTOR);
        for (Map.Entry<String, List<Unit>> section : sections.entrySet()) {
            String where = data.describe() + (section.getKey() == null ? "" : ", period " + section.getKey());
            Sizes.require(section.getValue().size(), m, s, where);
            Sizes.warning(section.getValue().size(), m, s, where).ifPresent(w -> result.message(Message.warning(w, "")));
        }
        double[][] scales = Units.scales(units);
        monitor.begin("DEA of " + units.size() + " DMUs", units.size());
        Runnable cancelled = () -> {
            if (monitor.isCancelled()) {
                throw new CancellationException();
            }
        };
        List<CrossSection.Result> results = new ArrayList<>();
        for (List<Unit> section : sections.values()) {
            CrossSection.Result evaluated = CrossSection.evaluate(section, rts, orientation, scales, cancelled);
            results.add(evaluated);
            monitor.worked(section.size());
            for (String dmu : evaluated.infeasibleSuper()) {
                result.message(Message.warning("the super-efficiency programme of " + dmu + " (" + rts.description()
                        + ", " + orientation.description() + ") has no feasible solution: without it no combination of the"
                        + " other DMUs reaches it, so its super-efficiency is undefined (left empty)", ""));
            }
        }
        new DeaTables(columns, rts, orientation, results).addTo(result);
        return result.provenance("method", "data envelopment analysis: CCR (Charnes, Cooper & Rhodes 1978) and BCC"
                + " (Banker, Charnes & Cooper 1984), " + orientation.description())
                .provenance("returns to scale of slacks, peers and super-efficiency", rts.description())
                .provenance("slacks", "second stage: maximum sum of slacks with the radial score fixed (as Benchmarking's"
                        + " slack() and DEAP)")
                .provenance("returns-to-scale class", "CRS = VRS: constant; else NIRS = VRS: decreasing; else increasing"
                        + " (relative tolerance " + CrossSection.RTS_TOLERANCE + ")")
                .provenance("super-efficiency", "Andersen & Petersen (1993): the DMU excluded from its reference set")
                .provenance("linear programmes", "Apache Commons Math 3.6.1 SimplexSolver, Bland's rule")
                .provenance("DMUs", units.size()).provenance("inputs", String.join(", ", columns.inputs()))
                .provenance("outputs", String.join(", ", columns.outputs()))
                .provenance("periods", columns.period() == null ? "one cross-section"
                        : sections.size() + " (column '" + columns.period() + "'), each against its own frontier")
                .build();
    }
}
