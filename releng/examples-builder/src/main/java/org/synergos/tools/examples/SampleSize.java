package org.synergos.tools.examples;

import java.util.List;

import org.synergos.model.Framework;

/**
 * examples/sample-size: paper E's a priori power analysis (G*Power: f² 0.15, α 0.05, power 0.95,
 * 4 predictors, minimum N = 129) as an analysis of the power plugin. No data: the design is the input.
 */
final class SampleSize {

    private SampleSize() {
    }

    static Framework build() {
        Framework fw = Build.framework("样本量估计 (minimum sample size, paper E)",
                "Paper E's a priori power analysis with G*Power: linear multiple regression, fixed model, R² "
                        + "deviation from zero, medium effect f² = 0.15, α = 0.05, power 0.95, 4 predictors; the "
                        + "paper reports a minimum sample of 129 (its survey has n = 314). The power engine "
                        + "recomputes it.",
                List.of("Gao", "Yu", "Liu", "Xiao"));
        Build.analysis(fw, "power", "Minimum sample size (paper E, G*Power)", "power", null,
                "test", "r2-zero", "solve", "n", "f2", "0.15", "alpha", "0.05", "power", "0.95", "predictors", "4");
        Build.reported(fw, null, "minimum sample size (G*Power)", "n", 129, "paper E, G*Power");
        return fw;
    }
}
