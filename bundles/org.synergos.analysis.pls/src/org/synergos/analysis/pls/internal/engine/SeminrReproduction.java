package org.synergos.analysis.pls.internal.engine;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.osgi.service.component.annotations.Component;
import org.synergos.analysis.api.Parameters;
import org.synergos.analysis.pls.core.ConstructSpec;
import org.synergos.analysis.pls.core.Measurement;
import org.synergos.analysis.pls.core.PlsModel;
import org.synergos.analysis.pls.core.PlsPredictTechnique;
import org.synergos.analysis.pls.core.StructuralPath;
import org.synergos.analysis.reproduce.RAnalysis;
import org.synergos.analysis.reproduce.RLiterals;
import org.synergos.analysis.reproduce.RReproduction;
import org.synergos.analysis.reproduce.ReproductionException;

/**
 * A {@code pls-sem} analysis as seminr code: composites in Mode A or B and, with PLSc, reflective constructs
 * (seminr estimates {@code reflective()} constructs consistently), {@code estimate_pls()} with the run's inner
 * weighting, missing-data treatment and stop criterion spelled out, then the bootstrap and PLSpredict. Options
 * seminr has no counterpart for (centroid weighting, blindfolding) are refused or named in the script.
 */
@Component(service = RReproduction.class)
public final class SeminrReproduction implements RReproduction {

    @Override
    public String engineId() {
        return PlsEngine.ID;
    }

    @Override
    public List<String> packages() {
        return List.of("seminr");
    }

    @Override
    public String code(RAnalysis analysis) throws ReproductionException {
        Parameters parameters = analysis.parameters();
        PlsModelMapping mapping;
        try {
            mapping = PlsModelMapping.of(analysis.framework(), parameters.flag("consistent"));
        } catch (IllegalArgumentException e) {
            throw new ReproductionException(e.getMessage());
        }
        String weighting = parameters.text("weighting");
        if (weighting.equals("centroid")) {
            throw new ReproductionException("weighting 'centroid': seminr has no centroid inner weighting "
                    + "(it offers path and factorial)");
        }
        String measurement = analysis.variable("mm");
        String structural = analysis.variable("sm");
        PlsModel model = mapping.model();
        StringBuilder out = new StringBuilder();
        out.append(measurement).append(" <- constructs(\n");
        List<String> constructs = new ArrayList<>();
        for (ConstructSpec construct : model.constructs()) {
            constructs.add("  " + construct(construct));
        }
        out.append(String.join(",\n", constructs)).append(")\n");
        out.append(structural).append(" <- relationships(\n");
        Map<String, Set<String>> targets = new LinkedHashMap<>();
        for (StructuralPath path : model.paths()) {
            targets.computeIfAbsent(path.from(), k -> new LinkedHashSet<>()).add(path.to());
        }
        List<String> paths = new ArrayList<>();
        targets.forEach((from, to) -> paths.add("  paths(from = " + RLiterals.string(from) + ", to = "
                + RLiterals.strings(List.copyOf(to)) + ")"));
        out.append(String.join(",\n", paths)).append(")\n");
        // listwise: drop cases missing any of the model's columns, not columns the model does not use
        boolean listwise = parameters.text("missing").equals("listwise");
        out.append(analysis.result()).append(" <- estimate_pls(data = ").append(analysis.data()).append("[, ")
                .append(RLiterals.strings(mapping.columns())).append(", drop = FALSE],\n")
                .append("    measurement_model = ").append(measurement).append(", structural_model = ")
                .append(structural).append(",\n")
                .append("    inner_weights = ").append(weighting.equals("path") ? "path_weighting" : "path_factorial")
                .append(", missing = ").append(listwise ? "na.omit" : "mean_replacement")
                .append(", maxIt = ").append(parameters.integer("max-iterations"))
                .append(", stopCriterion = ").append(stopCriterion(parameters.decimal("tolerance"))).append(")\n");
        out.append("print(summary(").append(analysis.result()).append("))\n");
        long draws = parameters.integer("bootstrap");
        if (draws > 0) {
            String boot = analysis.variable("boot");
            out.append(boot).append(" <- bootstrap_model(seminr_model = ").append(analysis.result())
                    .append(", nboot = ").append(draws).append(", seed = ").append(parameters.text("seed"))
                    .append(")\n");
            out.append("print(summary(").append(boot).append(", alpha = ")
                    .append(BigDecimal.ONE.subtract(new BigDecimal(parameters.text("confidence").trim())).toPlainString())
                    .append("))\n");
        }
        long folds = parameters.integer("plspredict-folds");
        if (folds > 0) {
            boolean direct = parameters.text("plspredict-technique").equals(PlsPredictTechnique.DIRECT_ANTECEDENTS.id());
            out.append("print(summary(predict_pls(").append(analysis.result()).append(", technique = ")
                    .append(direct ? "predict_DA" : "predict_EA").append(", noFolds = ").append(folds)
                    .append(", reps = 10)))\n");
        }
        if (parameters.integer("blindfolding") > 0) {
            out.append("# not reproduced: Q² by blindfolding (omission distance ").append(parameters.text("blindfolding"))
                    .append("); seminr has no blindfolding\n");
        }
        return out.toString();
    }

    private static String construct(ConstructSpec construct) {
        String name = RLiterals.string(construct.name());
        String items = RLiterals.strings(construct.indicators());
        if (construct.measurement() == Measurement.REFLECTIVE) {
            return "reflective(" + name + ", " + items + ")";
        }
        return "composite(" + name + ", " + items + ", weights = "
                + (construct.measurement() == Measurement.COMPOSITE_MODE_B ? "mode_B" : "mode_A") + ")";
    }

    /** seminr stops when the weights change by less than 10^-stopCriterion. */
    private static long stopCriterion(double tolerance) throws ReproductionException {
        long exponent = Math.round(-Math.log10(tolerance));
        if (Math.abs(Math.pow(10, -exponent) - tolerance) > 1e-9 * tolerance) {
            throw new ReproductionException("tolerance " + tolerance + ": seminr's stop criterion is a power of ten "
                    + "(10^-stopCriterion)");
        }
        return exponent;
    }
}
