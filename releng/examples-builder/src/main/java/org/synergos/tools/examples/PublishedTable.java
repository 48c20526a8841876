package org.synergos.tools.examples;

import java.util.List;

import org.synergos.model.Construct;
import org.synergos.model.ConstructMode;
import org.synergos.model.DataSource;
import org.synergos.model.ExpectedSign;
import org.synergos.model.Framework;
import org.synergos.model.Indicator;
import org.synergos.model.MediationHypothesis;
import org.synergos.model.StructuralPath;
import org.synergos.model.helpers.Elements;

/**
 * examples/nqpf-smes-published-table: paper E's mediation model estimated from the paper's own table of means,
 * SDs and correlations (n = 314) by CB-SEM, each construct measured by its score alone; the reported values
 * are stored so that readers can compare them with what the published table implies.
 */
final class PublishedTable {

    private static final String SOURCE = "paper E (Gao, Yu, Liu & Xiao 2025)";

    private PublishedTable() {
    }

    static Framework build() {
        Framework fw = Build.framework("新质生产力驱动中小企业协同创新绩效：已发表的相关矩阵 (paper E's published table)",
                "Paper E's NQPF -> DT -> CIP mediation model estimated from the summary statistics the paper publishes"
                        + " (means, SDs and correlations of the three construct scores, n = 314), by covariance-based"
                        + " SEM with each construct measured by its score: what the published table implies,"
                        + " beside what the paper reports from its PLS-SEM.",
                List.of("Gao", "Yu", "Liu", "Xiao"));
        Construct nqpf = scored(fw, "NQPF", "nqpf", "新质生产力 (NQPF, new quality productive forces)");
        Construct dt = scored(fw, "DT", "dt", "数字化转型 (DT, digital transformation)");
        Construct cip = scored(fw, "CIP", "cip", "协同创新绩效 (CIP, collaborative innovation performance)");
        StructuralPath h1 = path(fw, "H1", nqpf, cip, "c", "NQPF positively affects collaborative innovation performance");
        StructuralPath h2 = path(fw, "H2", nqpf, dt, "a", "NQPF positively affects digital transformation");
        StructuralPath h3 = path(fw, "H3", dt, cip, "b", "Digital transformation positively affects collaborative"
                + " innovation performance");
        MediationHypothesis h4 = Elements.mediation(fw, "H4", nqpf, cip, dt);
        h4.setDescription("Digital transformation mediates the effect of NQPF on collaborative innovation performance");
        h4.setExpectedSign(ExpectedSign.POSITIVE);

        DataSource table = Build.csv(fw, "Paper E's published means, SDs and correlations (n = 314)", "table1.csv");
        table.setDescription("Summary statistics transcribed from " + SOURCE + " (matrix layout: rowtype_, varname_)");
        Build.analysis(fw, "cb_sem", "CB-SEM from the published correlation table", "cb-sem", table);

        Build.reported(fw, h1, "H1", "beta", 0.317, SOURCE + ", PLS-SEM structural model");
        Build.reported(fw, h2, "H2", "beta", 0.437, SOURCE + ", PLS-SEM structural model");
        Build.reported(fw, h3, "H3", "beta", 0.616, SOURCE + ", PLS-SEM structural model");
        Build.reported(fw, dt, "DT", "r2", 0.191, SOURCE + ", PLS-SEM structural model");
        Build.reported(fw, cip, "CIP", "r2", 0.650, SOURCE + ", PLS-SEM structural model");
        Build.reported(fw, nqpf, "NQPF-DT", "correlation_with_DT", 0.651, SOURCE + ", correlations");
        Build.reported(fw, nqpf, "NQPF-CIP", "correlation_with_CIP", 0.693, SOURCE + ", correlations");
        Build.reported(fw, dt, "DT-CIP", "correlation_with_CIP", 0.581, SOURCE + ", correlations");
        return fw;
    }

    /** A construct measured by one column: its score as the paper's table gives it. */
    private static Construct scored(Framework fw, String code, String column, String name) {
        Construct construct = Elements.construct(fw, code, ConstructMode.REFLECTIVE);
        construct.setName(name);
        construct.setDescription("Measured by its construct score (the mean of its items), column " + column);
        Indicator score = Elements.indicator(construct, column);
        score.setName(column);
        score.setItemText(code + " score: the mean of its items (7-point Likert)");
        score.setScale(Build.likert(7));
        return construct;
    }

    private static StructuralPath path(Framework fw, String code, Construct from, Construct to, String label,
            String description) {
        StructuralPath path = Elements.path(fw, code, from, to);
        path.setDescription(description);
        path.setExpectedSign(ExpectedSign.POSITIVE);
        path.setParameterLabel(label);
        return path;
    }
}
