package org.synergos.report.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.synergos.analysis.api.AnalysisResult;
import org.synergos.analysis.api.ResultTable;
import org.synergos.model.ExpectedSign;
import org.synergos.model.Framework;

/**
 * The results paragraph of a structural model, in the words of paper E's results section: each hypothesis
 * supported or not with β, t and p, each indirect effect with the kind of mediation, then R² (and Q²).
 * A hypothesis is supported when p &lt; .05 and the estimate has the hypothesised sign (any sign when
 * none is hypothesised). Every number is a table cell formatted as the table prints it. Plain text:
 * callers escape.
 */
final class ResultsParagraph {

    private final Framework model;
    private final AnalysisResult result;
    private final List<String> sentences = new ArrayList<>();

    private ResultsParagraph(Framework model, AnalysisResult result) {
        this.model = model;
        this.result = result;
    }

    /** The paragraph, or "" when the result has no structural-model tables. */
    static String render(Framework model, AnalysisResult result) {
        return new ResultsParagraph(model, result).write();
    }

    private String write() {
        Findings findings = new Findings(model, result);
        List<Finding> paths = findings.paths();
        for (Finding path : paths) {
            sentences.add(direct(path));
        }
        for (Finding effect : findings.indirectEffects()) {
            sentences.add(indirect(effect, paths));
        }
        explainedVariance();
        return String.join(" ", sentences);
    }

    private static String direct(Finding f) {
        String subject = f.hypothesis().isEmpty() ? "The path " + f.effect() : f.hypothesis() + " (" + f.effect() + ")";
        String values = "β = " + f.estimate() + (f.test().isEmpty() ? "" : ", " + f.test());
        return subject + verdict(f) + " (" + values + ")" + contrarySign(f) + ".";
    }

    private static String indirect(Finding f, List<Finding> paths) {
        String subject = f.hypothesis().isEmpty() ? "The specific indirect effect " + f.effect()
                : f.hypothesis() + " (" + f.effect() + ")";
        String values = f.estimate() + (f.test().isEmpty() ? "" : " (" + f.test() + ")");
        String verdict = verdict(f);
        String sentence = f.hypothesis().isEmpty() ? subject + " was " + values + verdict.replace(" was", ",")
                : subject + verdict + ": the specific indirect effect was " + values;
        return sentence + contrarySign(f) + mediationKind(f, paths) + ".";
    }

    /** " was supported", " was not supported", " was significant" … ("" when untested). */
    private static String verdict(Finding f) {
        if (!f.isTested()) {
            return f.hypothesis().isEmpty() ? " was estimated without a significance test"
                    : " could not be tested (no significance test)";
        }
        if (f.hypothesis().isEmpty()) {
            return f.isSignificant() ? " was significant" : " was not significant";
        }
        return f.isSupported() ? " was supported" : " was not supported";
    }

    /** Why a significant effect still fails its hypothesis. */
    private static String contrarySign(Finding f) {
        if (f.hypothesis().isEmpty() || !f.isTested() || !f.isSignificant() || f.hasExpectedSign()) {
            return "";
        }
        return f.expectedSign() == ExpectedSign.POSITIVE
                ? "; the effect was significant but negative, contrary to the hypothesised positive sign"
                : "; the effect was significant but positive, contrary to the hypothesised negative sign";
    }

    /** Zhao, Lynch and Chen's (2010) types, from the significance of the indirect and the direct effect. */
    private static String mediationKind(Finding indirect, List<Finding> paths) {
        if (!indirect.isTested() || !indirect.isSignificant()) {
            return "";
        }
        String[] chain = indirect.effect().split(" → ");
        String directEffect = chain[0] + " → " + chain[chain.length - 1];
        for (Finding direct : paths) {
            if (direct.effect().equals(directEffect) && direct.isTested()) {
                if (!direct.isSignificant()) {
                    return "; as the direct effect " + directEffect + " was not significant, the mediation is full "
                            + "(indirect-only)";
                }
                boolean sameSign = Math.signum(direct.estimateValue()) == Math.signum(indirect.estimateValue());
                return "; with the direct effect " + directEffect + " also significant, the mediation is partial ("
                        + (sameSign ? "complementary" : "competitive") + ")";
            }
        }
        return "";
    }

    /** "R² was 0.629 for CIP (adjusted 0.626) and 0.203 for DT (adjusted 0.201)." and Q² likewise. */
    private void explainedVariance() {
        ResultTable table = result.table("r2").orElse(null);
        if (table == null || !Findings.has(table, "r2") || table.columns().isEmpty()) {
            return;
        }
        String nameColumn = table.columns().get(0).id();
        Set<String> constructs = model.getConstructs().stream().map(DiagramText::code).collect(Collectors.toSet());
        List<String> r2 = new ArrayList<>();
        List<String> q2 = new ArrayList<>();
        boolean allPredictive = true;
        for (int r = 0; r < table.rows().size(); r++) {
            String name = Findings.text(table, r, nameColumn);
            String value = Findings.formatted(table, r, "r2");
            boolean firstGroup = Findings.isFirstGroup(table, r);
            if (!constructs.contains(name) || !firstGroup || value.isEmpty()) {
                continue;
            }
            String adjusted = Findings.formatted(table, r, "r2adj");
            r2.add(value + " for " + name + (adjusted.isEmpty() ? "" : " (adjusted " + adjusted + ")"));
            String predictive = Findings.formatted(table, r, "q2");
            if (!predictive.isEmpty()) {
                q2.add(predictive + " for " + name);
                allPredictive &= Findings.number(table, r, "q2") > 0;
            }
        }
        if (!r2.isEmpty()) {
            sentences.add("R² was " + joined(r2) + ".");
        }
        if (!q2.isEmpty()) {
            sentences.add("Q² (blindfolding) was " + joined(q2)
                    + (allPredictive ? (q2.size() == 1 ? ", above zero" : ", all above zero")
                            + ", indicating predictive relevance" : "") + ".");
        }
    }

    /** "a", "a and b", "a, b and c". */
    private static String joined(List<String> parts) {
        if (parts.size() == 1) {
            return parts.get(0);
        }
        return String.join(", ", parts.subList(0, parts.size() - 1)) + " and " + parts.get(parts.size() - 1);
    }
}
