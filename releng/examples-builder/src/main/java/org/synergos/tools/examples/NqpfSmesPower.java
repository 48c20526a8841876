package org.synergos.tools.examples;

import org.synergos.model.Framework;
import org.synergos.model.Indicator;

/**
 * examples/nqpf-smes-power: paper E's model (as examples/nqpf-smes: constructs, items, H1–H4, reported
 * statistics) without data, with a Monte Carlo power analysis whose population is the paper's reported betas
 * (H1 0.317, H2 0.437, H3 0.616) and loadings of 0.81 (the midpoint of the reported range 0.743–0.878), at the
 * survey's n = 314. Paper E justified its n with G*Power (f² 0.15, power 0.95, 4 predictors: 129).
 */
final class NqpfSmesPower {

    private NqpfSmesPower() {
    }

    static Framework build() {
        Framework fw = NqpfSmes.build();
        fw.setName("新质生产力模型的蒙特卡洛功效分析 (Monte Carlo power of paper E's model)");
        fw.setDescription("Paper E's research model (NQPF → DT → CIP, NQPF → CIP; 9, 5 and 4 reflective items) "
                + "with the paper's reported path coefficients as population values, for a Monte Carlo power "
                + "analysis (engine monte-carlo-power). No data: the population is the paper's reported statistics; "
                + "indicator loadings 0.81, the midpoint of the reported range 0.743–0.878.");
        fw.getAnalyses().clear();
        for (var construct : fw.getConstructs()) {
            for (Indicator indicator : construct.getIndicators()) {
                indicator.setDataSource(null);
            }
        }
        fw.getDataSources().clear();
        Build.analysis(fw, "monte_carlo_power", "Monte Carlo power at n = 314, paper E's reported betas (CB-SEM)",
                "monte-carlo-power", null, "method", "cb-sem", "population", "reported", "loading", "0.81", "n", "314",
                "replications", "1000", "seed", "20250314");
        return fw;
    }
}
