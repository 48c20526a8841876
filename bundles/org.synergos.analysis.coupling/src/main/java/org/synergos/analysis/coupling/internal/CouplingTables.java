package org.synergos.analysis.coupling.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.synergos.analysis.api.AnalysisResult;
import org.synergos.analysis.api.ElementValue;
import org.synergos.analysis.api.Message;
import org.synergos.analysis.api.ResultColumn;
import org.synergos.analysis.api.ResultTable;

/**
 * The result tables, keyed so that users, reports and other engines find a number by id:
 * {@code coupling-weights} (by indicator column), {@code coupling-indices} and {@code coupling-coordination}
 * (by row label); plus the weights as {@code entropy-weight} values on linked indicator elements and each
 * subsystem's mean comprehensive index as {@code coupling-index} on linked subsystem elements.
 */
public final class CouplingTables {

    public static final String WEIGHTS = "coupling-weights";
    public static final String INDICES = "coupling-indices";
    public static final String COORDINATION = "coupling-coordination";
    public static final String WEIGHT_VALUE = "entropy-weight";
    public static final String INDEX_VALUE = "coupling-index";

    private final CouplingModel.Result result;
    private final String rowHeading;

    public CouplingTables(CouplingModel.Result result) {
        this.result = result;
        String id = result.configuration().idColumn();
        this.rowHeading = id == null ? "Row" : id;
    }

    public void addTo(AnalysisResult.Builder builder) {
        builder.table(coordination()).table(indices()).table(weights());
        List<Configuration.Indicator> indicators = result.configuration().indicators();
        for (int j = 0; j < indicators.size(); j++) {
            if (indicators.get(j).element() != null) {
                builder.value(ElementValue.of(indicators.get(j).element(), WEIGHT_VALUE, result.weight()[j]));
            }
        }
        List<Configuration.Subsystem> subsystems = result.configuration().subsystems();
        for (int s = 0; s < subsystems.size(); s++) {
            if (subsystems.get(s).element() != null) {
                double mean = 0;
                for (int i = 0; i < result.rows(); i++) {
                    mean += result.index()[i][s];
                }
                builder.value(ElementValue.of(subsystems.get(s).element(), INDEX_VALUE, mean / result.rows()));
            }
        }
        for (int i = 0; i < result.rows(); i++) {
            if (Double.isNaN(result.coupling()[i])) {
                builder.message(Message.warning("row " + result.rowLabels().get(i) + ": every subsystem's index is 0"
                        + " (with shift 0, each indicator at its worst value), so C = 0/0 and D are undefined", null));
            }
        }
    }

    private String normalisationNote() {
        return String.format(Locale.ROOT, "Indicators min–max normalised (positive: (x − min)/(max − min); negative:"
                + " (max − x)/(max − min)) and shifted by %s; entropy e_j = −(1/ln m) Σ p_ij ln p_ij with p_ij ="
                + " x'_ij/Σ_i x'_ij, m = %d rows; weight w_j = (1 − e_j)/Σ(1 − e_k), %s.", plain(result.shift()),
                result.rows(), result.weighting().description());
    }

    ResultTable weights() {
        ResultTable.Builder table = ResultTable.builder(WEIGHTS, "Entropy weights of the indicators")
                .column(ResultColumn.text("indicator", "Indicator")).column(ResultColumn.text("name", "Name"))
                .column(ResultColumn.text("subsystem", "Subsystem")).column(ResultColumn.text("direction", "Direction"))
                .column(ResultColumn.decimal("min", "Min", 3)).column(ResultColumn.decimal("max", "Max", 3))
                .column(ResultColumn.decimal("entropy", "Entropy e", 4))
                .column(ResultColumn.decimal("divergence", "Divergence 1 − e", 4))
                .column(ResultColumn.decimal("weight", "Weight w", 4));
        int j = 0;
        for (Configuration.Subsystem subsystem : result.configuration().subsystems()) {
            for (Configuration.Indicator indicator : subsystem.indicators()) {
                table.row(indicator.column(), indicator.name(), subsystem.id(), indicator.direction().id(),
                        result.min()[j], result.max()[j], result.entropy()[j], result.divergence()[j], result.weight()[j]);
                j++;
            }
        }
        return table.note(normalisationNote()).build();
    }

    ResultTable indices() {
        ResultTable.Builder table = ResultTable.builder(INDICES, "Comprehensive indices of the subsystems")
                .column(ResultColumn.text("row", rowHeading));
        List<Configuration.Subsystem> subsystems = result.configuration().subsystems();
        for (Configuration.Subsystem subsystem : subsystems) {
            table.column(ResultColumn.decimal("U." + subsystem.id(), "U " + subsystem.name(), 4));
        }
        for (int i = 0; i < result.rows(); i++) {
            List<Object> row = new ArrayList<>();
            row.add(result.rowLabels().get(i));
            for (int s = 0; s < subsystems.size(); s++) {
                row.add(result.index()[i][s]);
            }
            table.row(row);
        }
        return table.note("U = Σ w_j x'_ij over the subsystem's indicators (weights: table " + WEIGHTS + "). "
                + normalisationNote()).build();
    }

    ResultTable coordination() {
        ResultTable.Builder table = ResultTable.builder(COORDINATION,
                "Coupling degree (C), coordination index (T) and coupling coordination degree (D)")
                .column(ResultColumn.text("row", rowHeading)).column(ResultColumn.decimal("C", "C", 4))
                .column(ResultColumn.decimal("T", "T", 4)).column(ResultColumn.decimal("D", "D", 4))
                .column(ResultColumn.integer("level", "Level")).column(ResultColumn.text("level-zh", "协调等级"))
                .column(ResultColumn.text("level-en", "Coordination level"))
                .column(ResultColumn.text("class", "Class of D")).column(ResultColumn.text("stage", "Coupling stage"))
                .column(ResultColumn.text("lagging", "Lagging subsystem"));
        List<Configuration.Subsystem> subsystems = result.configuration().subsystems();
        for (int i = 0; i < result.rows(); i++) {
            double d = result.degree()[i];
            Classification.Grade level = Classification.of(Classification.LEVELS, d);
            Classification.Grade coarse = Classification.of(Classification.CLASSES, d);
            Classification.Grade stage = Classification.of(Classification.STAGES, result.coupling()[i]);
            table.row(result.rowLabels().get(i), result.coupling()[i], result.coordinationIndex()[i], d,
                    level == null ? null : level.number(), level == null ? null : level.chinese(),
                    level == null ? null : level.english(),
                    coarse == null ? null : coarse.english() + " (" + coarse.chinese() + ")",
                    stage == null ? null : stage.english() + " (" + stage.chinese() + ")",
                    result.lagging(i) < 0 ? null : subsystems.get(result.lagging(i)).id());
        }
        int n = subsystems.size();
        List<String> alpha = new ArrayList<>();
        for (int s = 0; s < n; s++) {
            alpha.add(subsystems.get(s).id() + " " + plain(result.configuration().alpha()[s]));
        }
        table.note(String.format(Locale.ROOT, "n = %d subsystems (%s), m = %d rows. C = n·[Π U_i / (Σ U_i)^n]^(1/n);"
                + " T = Σ α_i U_i with %s; D = √(C·T).", n,
                String.join(", ", subsystems.stream().map(Configuration.Subsystem::id).toList()), result.rows(),
                result.configuration().alphaGiven() ? "α: " + String.join(", ", alpha)
                        : "equal weights α_i = 1/" + n));
        table.note("Levels of D (intervals open below, closed above; 0 in the first): " + Classification.describe(Classification.LEVELS, false)
                + ". Classes of D: " + Classification.describe(Classification.CLASSES, false) + ". Stages of C: "
                + Classification.describe(Classification.STAGES, false) + ". Lagging subsystem: the lowest U in the row (none when tied).");
        return table.build();
    }

    /** 0.0001 rather than 1.0E-4. */
    public static String plain(double value) {
        return new java.math.BigDecimal(value).round(new java.math.MathContext(12)).stripTrailingZeros().toPlainString();
    }
}
