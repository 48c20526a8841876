package org.synergos.analysis.cbsem.internal.engine;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.osgi.service.component.annotations.Component;
import org.synergos.analysis.api.AnalysisException;
import org.synergos.analysis.api.Parameters;
import org.synergos.analysis.cbsem.core.Operator;
import org.synergos.analysis.cbsem.core.Statement;
import org.synergos.analysis.reproduce.RAnalysis;
import org.synergos.analysis.reproduce.RLiterals;
import org.synergos.analysis.reproduce.RReproduction;
import org.synergos.analysis.reproduce.RScriptWriter;
import org.synergos.analysis.reproduce.ReproductionException;

/**
 * A {@code cb-sem} analysis as lavaan code: the model the engine fits (mediation hypotheses' indirect
 * effects and generated labels included) as lavaan syntax, and {@code sem()} with every option the run
 * uses spelled out, so the script does not depend on lavaan's defaults matching the engine's.
 */
@Component(service = RReproduction.class)
public final class LavaanReproduction implements RReproduction {

    @Override
    public String engineId() {
        return CbsemEngine.ID;
    }

    @Override
    public List<String> packages() {
        return List.of("lavaan");
    }

    @Override
    public String code(RAnalysis analysis) throws ReproductionException {
        Parameters parameters = analysis.parameters();
        try {
            CbsemEngine.options(parameters); // what the engine refuses, the script must not fit either
        } catch (AnalysisException e) {
            throw new ReproductionException(e.getMessage());
        }
        String group = parameters.text("group").trim();
        SemModelMapping mapping = SemModelMapping.of(analysis.framework(), !group.isEmpty());
        if (!mapping.problems().isEmpty()) {
            throw new ReproductionException(String.join("; ", mapping.problems()));
        }
        for (Statement statement : mapping.specification().statements()) {
            for (String name : List.of(statement.lhs(), statement.rhs())) {
                if (!name.isEmpty() && namesVariables(statement.op()) && !RLiterals.isName(name)) {
                    throw new ReproductionException("'" + name + "' is not a name lavaan accepts (a letter or '.', "
                            + "then letters, digits, '.' or '_'); rename the construct or the indicator's column");
                }
            }
        }
        String model = analysis.variable("model");
        StringBuilder out = new StringBuilder();
        mapping.notes().forEach(note -> out.append("# note: ").append(note).append('\n'));
        out.append(model).append(" <- '\n").append(LavaanSyntaxWriter.write(mapping.specification())).append("'\n");
        long bootstrap = parameters.integer("bootstrap");
        if (bootstrap > 0) {
            out.append("set.seed(").append(parameters.text("seed")).append(")\n");
        }
        if (analysis.summaryStatistics()) {
            refuseRawDataOptions(parameters);
            String moments = analysis.variable("moments");
            out.append(moments).append(" <- ").append(RScriptWriter.MOMENTS_FUNCTION).append('(').append(analysis.data())
                    .append(group.isEmpty() ? "" : ", group = " + RLiterals.string(group)).append(")\n");
            out.append(analysis.result()).append(" <- sem(").append(model).append(", sample.cov = ").append(moments)
                    .append("$cov, sample.nobs = ").append(moments).append("$nobs, sample.mean = ").append(moments)
                    .append("$mean");
            options(parameters, "", 0).stream().filter(option -> !option.startsWith("missing"))
                    .forEach(option -> out.append(",\n    ").append(option));
            groupOptions(parameters, group).forEach(option -> out.append(",\n    ").append(option));
        } else {
            out.append(analysis.result()).append(" <- sem(").append(model).append(", data = ").append(analysis.data());
            options(parameters, group, bootstrap).forEach(option -> out.append(",\n    ").append(option));
        }
        out.append(")\n");
        out.append("print(summary(").append(analysis.result())
                .append(", fit.measures = TRUE, standardized = TRUE, rsquare = TRUE))\n");
        out.append("print(fitMeasures(").append(analysis.result()).append("))\n");
        out.append("print(parameterEstimates(").append(analysis.result()).append(", standardized = TRUE");
        if (bootstrap > 0) {
            out.append(", boot.ci.type = ").append(RLiterals.string(parameters.text("boot-ci-type")));
        }
        out.append("))\n");
        long modificationIndices = parameters.integer("mi-rows");
        if (modificationIndices > 0) {
            out.append("print(modindices(").append(analysis.result()).append(", sort. = TRUE, maximum.number = ")
                    .append(modificationIndices).append("))\n");
        }
        return out.toString();
    }

    /** Whether both sides of a statement with this operator name variables (not labels, numbers or expressions). */
    private static boolean namesVariables(Operator op) {
        return switch (op) {
        case LOADING, REGRESSION, COVARIANCE, INTERCEPT -> true;
        default -> false;
        };
    }

    private static List<String> options(Parameters parameters, String group, long bootstrap) {
        List<String> options = new ArrayList<>();
        options.add("estimator = " + RLiterals.string(parameters.text("estimator")));
        options.add("missing = " + RLiterals.string(parameters.text("missing").equals("fiml") ? "fiml" : "listwise"));
        String information = parameters.text("information");
        if (!information.equals("default")) {
            options.add("information = " + RLiterals.string(information));
        }
        if (!group.isEmpty()) {
            options.add("group = " + RLiterals.string(group));
            options.addAll(groupOptions(parameters, group));
        }
        if (parameters.flag("std-lv")) {
            options.add("std.lv = TRUE");
        }
        if (bootstrap > 0) {
            options.add("se = \"bootstrap\"");
            options.add("bootstrap = " + bootstrap);
        }
        return options;
    }

    /** group.equal and group.partial; with summary statistics the groups are the lists' elements. */
    private static List<String> groupOptions(Parameters parameters, String group) {
        List<String> options = new ArrayList<>();
        if (group.isEmpty()) {
            return options;
        }
        List<String> equal = list(parameters.text("group-equal"));
        if (!equal.isEmpty() && !equal.equals(List.of("none"))) {
            options.add("group.equal = " + RLiterals.strings(equal));
        }
        List<String> partial = list(parameters.text("group-partial"));
        if (!partial.isEmpty()) {
            options.add("group.partial = " + RLiterals.strings(partial));
        }
        return options;
    }

    /** What the engine refuses with a matrix file, the script refuses too (lavaan would stop or warn). */
    private static void refuseRawDataOptions(Parameters parameters) throws ReproductionException {
        if (!parameters.text("estimator").equals("ML")) {
            throw new ReproductionException("estimator " + parameters.text("estimator") + " needs the raw data;"
                    + " the data source is a matrix file");
        }
        if (parameters.text("missing").equals("fiml")) {
            throw new ReproductionException("missing = fiml needs the raw data; the data source is a matrix file");
        }
        if (parameters.integer("bootstrap") > 0) {
            throw new ReproductionException("bootstrap standard errors need the raw data; the data source is a"
                    + " matrix file");
        }
    }

    @Override
    public boolean acceptsSummaryData() {
        return true;
    }

    private static List<String> list(String commaSeparated) {
        return Arrays.stream(commaSeparated.split(",")).map(String::trim).filter(s -> !s.isEmpty()).toList();
    }
}
