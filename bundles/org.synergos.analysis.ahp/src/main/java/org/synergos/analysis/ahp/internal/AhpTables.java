package org.synergos.analysis.ahp.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.synergos.analysis.api.AnalysisResult;
import org.synergos.analysis.api.ElementValue;
import org.synergos.analysis.api.Message;
import org.synergos.analysis.api.ResultColumn;
import org.synergos.analysis.api.ResultTable;

/**
 * The AHP's result tables, keyed by the hierarchy file's ids so that users, reports and other engines can
 * find a weight by id: {@code ahp-local-weights}, {@code ahp-global-weights}, {@code ahp-priorities} (with
 * alternatives) and {@code ahp-consistency}; plus warnings for matrices above the CR threshold and the
 * global weights as {@code ahp-weight} values on linked model elements.
 */
public final class AhpTables {

    public static final String LOCAL = "ahp-local-weights";
    public static final String GLOBAL = "ahp-global-weights";
    public static final String PRIORITIES = "ahp-priorities";
    public static final String CONSISTENCY = "ahp-consistency";
    public static final String WEIGHT_VALUE = "ahp-weight";
    public static final String PRIORITY_VALUE = "ahp-priority";

    private final Synthesis.Result result;
    private final double threshold;

    public AhpTables(Synthesis.Result result, double threshold) {
        this.result = result;
        this.threshold = threshold;
    }

    public void addTo(AnalysisResult.Builder builder) {
        builder.table(localWeights()).table(globalWeights());
        if (result.hierarchy().hasAlternatives()) {
            builder.table(priorities());
        }
        builder.table(consistency());
        for (Message warning : consistencyWarnings()) {
            builder.message(warning);
        }
        for (Node node : result.hierarchy().nodes()) {
            String linked = node.element().modelElement();
            if (linked != null && node.level() > 0) {
                builder.value(ElementValue.of(linked, WEIGHT_VALUE, result.globalWeights().get(node.element().id())));
            }
        }
        for (Element alternative : result.hierarchy().alternatives()) {
            if (alternative.modelElement() != null) {
                builder.value(ElementValue.of(alternative.modelElement(), PRIORITY_VALUE,
                        result.alternativePriorities().get(alternative.id())));
            }
        }
    }

    private String methodNote() {
        return "Local weights by the " + result.method().description() + ". λmax is the principal eigenvalue of the"
                + " matrix; CI = (λmax − n)/(n − 1); CR = CI/RI with the random index of " + RandomIndex.SOURCE
                + " (n = 3 to 10: 0.58, 0.90, 1.12, 1.24, 1.32, 1.41, 1.45, 1.49); matrices of order 1 or 2 are"
                + " consistent (CR = 0).";
    }

    private String groupNote() {
        long groups = result.comparisons().values().stream().filter(c -> c.comparison().isGroup()).count();
        return groups == 0 ? null
                : "Group matrices: the judges' matrices aggregated element-wise by geometric mean (AIJ) before"
                        + " weighting (" + groups + " of " + result.comparisons().size() + " matrices).";
    }

    ResultTable localWeights() {
        ResultTable.Builder table = ResultTable.builder(LOCAL, "Local weights of the pairwise comparison matrices")
                .column(ResultColumn.text("matrix", "Matrix")).column(ResultColumn.text("element", "Element"))
                .column(ResultColumn.text("name", "Name")).column(ResultColumn.decimal("weight", "Local weight", 4))
                .column(ResultColumn.decimal("lambda-max", "λmax", 3)).column(ResultColumn.decimal("ci", "CI", 3))
                .column(ResultColumn.decimal("cr", "CR", 3));
        for (Synthesis.ComparisonResult comparison : compared()) {
            List<Element> elements = comparison.comparison().compared();
            MatrixAnalysis a = comparison.analysis();
            for (int i = 0; i < elements.size(); i++) {
                boolean first = i == 0;
                table.row(comparison.comparison().id(), elements.get(i).id(), elements.get(i).name(), a.weights()[i],
                        first ? a.lambdaMax() : null, first ? a.ci() : null, first ? a.cr() : null);
            }
        }
        table.note(methodNote() + " λmax, CI and CR are given on each matrix's first row.");
        String group = groupNote();
        if (group != null) {
            table.note(group);
        }
        return table.build();
    }

    ResultTable globalWeights() {
        ResultTable.Builder table = ResultTable.builder(GLOBAL, "Global weights of the criteria")
                .column(ResultColumn.text("criterion", "Criterion")).column(ResultColumn.text("name", "Name"))
                .column(ResultColumn.integer("level", "Level")).column(ResultColumn.text("parent", "Parent"))
                .column(ResultColumn.decimal("local", "Local weight", 4))
                .column(ResultColumn.decimal("global", "Global weight", 4))
                .column(ResultColumn.integer("rank", "Rank in level")).column(ResultColumn.text("element", "Model element"));
        for (Node node : result.hierarchy().nodes()) {
            for (Node child : node.children()) {
                String id = child.element().id();
                table.row(id, child.element().name(), child.level(), node.element().id(), result.localWeights().get(id),
                        result.globalWeights().get(id), rankInLevel(child), child.element().modelElement());
            }
        }
        table.note("Global weight = local weight × the parent's global weight (the goal's is 1); the leaf criteria's"
                + " global weights sum to 1. Local weights by the " + result.method().description() + ".");
        return table.build();
    }

    private int rankInLevel(Node node) {
        double weight = result.globalWeights().get(node.element().id());
        int rank = 1;
        for (Node other : result.hierarchy().nodes()) {
            if (other.level() == node.level() && result.globalWeights().get(other.element().id()) > weight) {
                rank++;
            }
        }
        return rank;
    }

    ResultTable priorities() {
        List<Node> leaves = result.hierarchy().nodes().stream().filter(Node::isLeaf).toList();
        ResultTable.Builder table = ResultTable.builder(PRIORITIES, "Overall priorities of the alternatives")
                .column(ResultColumn.text("alternative", "Alternative")).column(ResultColumn.text("name", "Name"));
        for (Node leaf : leaves) {
            table.column(ResultColumn.decimal("local." + leaf.element().id(), String.format(Locale.ROOT, "%s (%.3f)",
                    leaf.element().name(), result.globalWeights().get(leaf.element().id())), 4));
        }
        table.column(ResultColumn.decimal("priority", "Overall priority", 4)).column(ResultColumn.integer("rank", "Rank"));
        List<Element> alternatives = result.hierarchy().alternatives();
        for (int a = 0; a < alternatives.size(); a++) {
            List<Object> row = new ArrayList<>();
            row.add(alternatives.get(a).id());
            row.add(alternatives.get(a).name());
            for (Node leaf : leaves) {
                row.add(result.comparisons().get(leaf.element().id()).localWeight(a));
            }
            double priority = result.alternativePriorities().get(alternatives.get(a).id());
            row.add(priority);
            row.add(1 + (int) result.alternativePriorities().values().stream().filter(p -> p > priority).count());
            table.row(row);
        }
        table.note("Columns: the alternatives' local weights under each leaf criterion (its global weight in"
                + " parentheses). Overall priority = Σ global weight of the leaf × local weight (distributive synthesis).");
        return table.build();
    }

    ResultTable consistency() {
        ResultTable.Builder table = ResultTable.builder(CONSISTENCY, "Consistency of the pairwise comparison matrices")
                .column(ResultColumn.text("matrix", "Matrix")).column(ResultColumn.text("judge", "Judge"))
                .column(ResultColumn.integer("n", "n")).column(ResultColumn.decimal("lambda-max", "λmax", 3))
                .column(ResultColumn.decimal("ci", "CI", 3)).column(ResultColumn.decimal("ri", "RI", 2))
                .column(ResultColumn.decimal("cr", "CR", 3))
                .column(ResultColumn.text("acceptable", String.format(Locale.ROOT, "CR ≤ %.2f", threshold)))
                .column(ResultColumn.text("triad", "Most inconsistent triad"))
                .column(ResultColumn.decimal("triad-deviation", "|ln(a_ij·a_jk/a_ik)|", 3));
        for (Synthesis.ComparisonResult comparison : compared()) {
            Comparison c = comparison.comparison();
            table.row(consistencyRow(c, c.isGroup() ? "group (AIJ, " + c.judgements().size() + " judges)" : "",
                    comparison.analysis()));
            for (int j = 0; j < comparison.individual().size(); j++) {
                table.row(consistencyRow(c, c.judgements().get(j).judge(), comparison.individual().get(j)));
            }
        }
        table.note(methodNote() + " The most inconsistent triad (i, j, k) maximises the log triad deviation"
                + " |ln(a_ij·a_jk/a_ik)|, 0 when a_ik = a_ij·a_jk.");
        return table.build();
    }

    private List<Object> consistencyRow(Comparison c, String judge, MatrixAnalysis a) {
        return java.util.Arrays.asList(c.id(), judge, c.compared().size(), a.lambdaMax(), a.ci(), a.ri(), a.cr(),
                acceptable(a) ? "yes" : "no", triad(c, a), a.triadDeviation());
    }

    private boolean acceptable(MatrixAnalysis a) {
        return a.cr() <= threshold;
    }

    private static String triad(Comparison c, MatrixAnalysis a) {
        if (a.triad() == null) {
            return null;
        }
        List<Element> e = c.compared();
        return "(" + e.get(a.triad()[0]).id() + ", " + e.get(a.triad()[1]).id() + ", " + e.get(a.triad()[2]).id() + ")";
    }

    List<Message> consistencyWarnings() {
        List<Message> warnings = new ArrayList<>();
        for (Synthesis.ComparisonResult comparison : compared()) {
            Comparison c = comparison.comparison();
            List<MatrixAnalysis> analyses = new ArrayList<>();
            List<String> judges = new ArrayList<>();
            List<Integer> lines = new ArrayList<>();
            analyses.add(comparison.analysis());
            judges.add(c.isGroup() ? "the group's geometric-mean matrix" : null);
            lines.add(c.judgements().get(0).line());
            for (int j = 0; j < comparison.individual().size(); j++) {
                analyses.add(comparison.individual().get(j));
                judges.add("judge '" + c.judgements().get(j).judge() + "'");
                lines.add(c.judgements().get(j).line());
            }
            for (int k = 0; k < analyses.size(); k++) {
                MatrixAnalysis a = analyses.get(k);
                if (acceptable(a)) {
                    continue;
                }
                int[] t = a.triad();
                List<Element> e = c.compared();
                String text = String.format(Locale.ROOT,
                        "matrix '%s'%s is inconsistent: CR = %.3f > %.2f (λmax = %.3f, n = %d); most inconsistent triad"
                                + " (%s, %s, %s) by the log triad deviation |ln(a_ij·a_jk/a_ik)| = %.3f",
                        c.id(), judges.get(k) == null ? "" : " (" + judges.get(k) + ")", a.cr(), threshold, a.lambdaMax(),
                        e.size(), e.get(t[0]).id(), e.get(t[1]).id(), e.get(t[2]).id(), a.triadDeviation());
                warnings.add(Message.warning(text, c.parent().modelElement())
                        .at(result.hierarchy().file().getFileName() + ":" + lines.get(k)));
            }
        }
        return warnings;
    }

    /** Matrices with something to judge (order 2 or more), in hierarchy order. */
    private List<Synthesis.ComparisonResult> compared() {
        return result.comparisons().values().stream().filter(c -> c.comparison().compared().size() > 1).toList();
    }
}
