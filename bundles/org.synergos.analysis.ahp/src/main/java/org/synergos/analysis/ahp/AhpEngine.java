package org.synergos.analysis.ahp;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CancellationException;

import org.eclipse.emf.ecore.EObject;
import org.osgi.service.component.annotations.Component;
import org.synergos.analysis.ahp.internal.AhpTables;
import org.synergos.analysis.ahp.internal.Hierarchy;
import org.synergos.analysis.ahp.internal.HierarchyException;
import org.synergos.analysis.ahp.internal.HierarchyReader;
import org.synergos.analysis.ahp.internal.PriorityMethod;
import org.synergos.analysis.ahp.internal.RandomIndex;
import org.synergos.analysis.ahp.internal.Synthesis;
import org.synergos.analysis.api.AnalysisEngine;
import org.synergos.analysis.api.AnalysisException;
import org.synergos.analysis.api.AnalysisInput;
import org.synergos.analysis.api.AnalysisMonitor;
import org.synergos.analysis.api.AnalysisRequest;
import org.synergos.analysis.api.AnalysisResult;
import org.synergos.analysis.api.Applicability;
import org.synergos.analysis.api.EngineDescriptor;
import org.synergos.analysis.api.ParameterDescriptor;
import org.synergos.model.Identified;

/**
 * The analytic hierarchy process (Saaty 1977, 1980): a hierarchy goal → criteria → sub-criteria → optional
 * alternatives, read from a JSON file in the study folder, with one pairwise comparison matrix per parent
 * on Saaty's 1–9 scale (several judges' matrices are aggregated element-wise by geometric mean, AIJ).
 * Gives local weights with λmax, CI and CR per matrix, global weights of the criteria, priorities of the
 * alternatives and a consistency table flagging CR above the threshold with the most inconsistent triad.
 */
@Component(service = AnalysisEngine.class, property = AnalysisEngine.ENGINE_ID + "=" + AhpEngine.ID)
public final class AhpEngine implements AnalysisEngine {

    public static final String ID = "ahp";
    public static final String HIERARCHY = "hierarchy";
    public static final String METHOD = "method";
    public static final String CR_THRESHOLD = "cr-threshold";

    private static final EngineDescriptor DESCRIPTOR = new EngineDescriptor(ID, "Analytic hierarchy process (AHP)",
            "0.1.0", "Weights of criteria and priorities of alternatives from pairwise comparisons on Saaty's 1–9 "
                    + "scale, with consistency ratios; group judgements aggregated by geometric mean.",
            List.of(ParameterDescriptor.text(HIERARCHY, "Hierarchy file",
                    "JSON file with the hierarchy and the comparison matrices, relative to the study folder", "ahp.json"),
                    ParameterDescriptor.choice(METHOD, "Priority method",
                            "eigenvector: Saaty's principal eigenvector; geometric-mean: row geometric means",
                            PriorityMethod.EIGENVECTOR.id(), PriorityMethod.EIGENVECTOR.id(),
                            PriorityMethod.GEOMETRIC_MEAN.id()),
                    ParameterDescriptor.decimal(CR_THRESHOLD, "CR threshold",
                            "a matrix whose consistency ratio exceeds this is flagged (Saaty's 0.10)", 0.10, 0, 1)));

    @Override
    public EngineDescriptor descriptor() {
        return DESCRIPTOR;
    }

    @Override
    public Applicability applicability(AnalysisInput input) {
        return input.modelFile().isPresent() ? Applicability.ok()
                : Applicability.notApplicable("needs a study: the hierarchy file (parameter '" + HIERARCHY
                        + "') is read from the study's folder");
    }

    @Override
    public AnalysisResult run(AnalysisRequest request, AnalysisMonitor monitor) throws AnalysisException {
        Path modelFile = request.input().modelFile().orElseThrow();
        String name = request.parameters().text(HIERARCHY).trim();
        Path folder = modelFile.toAbsolutePath().normalize().getParent();
        Path file = folder.resolve(name).normalize();
        if (!file.startsWith(folder)) {
            // as a model's data sources: a study is its folder, so it can be moved or shared whole
            throw new AnalysisException("the hierarchy file '" + name + "' (parameter '" + HIERARCHY
                    + "') is outside the study folder " + folder);
        }
        if (!Files.isRegularFile(file)) {
            throw new AnalysisException("the hierarchy file '" + name + "' (parameter '" + HIERARCHY + "') is not in "
                    + folder + "; see the AHP plugin's README for its format");
        }
        PriorityMethod method = PriorityMethod.of(request.parameters().text(METHOD));
        double threshold = request.parameters().decimal(CR_THRESHOLD);
        monitor.begin("reading the hierarchy", 1);
        Hierarchy hierarchy;
        try {
            hierarchy = HierarchyReader.read(file, modelElementIds(request.input()));
        } catch (HierarchyException e) {
            throw new AnalysisException(e.getMessage());
        }
        monitor.worked(1);
        Synthesis.Result result = Synthesis.of(hierarchy, method, () -> {
            if (monitor.isCancelled()) {
                throw new CancellationException();
            }
        });
        AnalysisResult.Builder builder = AnalysisResult.builder(DESCRIPTOR);
        new AhpTables(result, threshold).addTo(builder);
        return builder.provenance("method", "analytic hierarchy process (Saaty 1980)")
                .provenance("priorities", method.description())
                .provenance("random index", RandomIndex.SOURCE + ", n = 1 to " + RandomIndex.maximumOrder())
                .provenance("group aggregation", "element-wise geometric mean of the judges' matrices (AIJ)")
                .provenance("hierarchy file", folder.relativize(file).toString())
                .provenance("CR threshold", threshold).build();
    }

    /** Ids the hierarchy's "element" links may refer to; null when the input has no model. */
    private static Set<String> modelElementIds(AnalysisInput input) {
        if (input.model().isEmpty()) {
            return null;
        }
        Set<String> ids = new HashSet<>();
        EObject model = input.model().get();
        if (model instanceof Identified identified && identified.getId() != null) {
            ids.add(identified.getId());
        }
        model.eAllContents().forEachRemaining(object -> {
            if (object instanceof Identified identified && identified.getId() != null) {
                ids.add(identified.getId());
            }
        });
        return ids;
    }
}
