package org.synergos.tools.examples;

import java.util.List;

import org.synergos.model.DataSource;
import org.synergos.model.Framework;

/**
 * examples/dea-innovation-efficiency: innovation efficiency of high-tech enterprises (paper C cites DEA for it)
 * with the dea and malmquist plugins, on an ILLUSTRATIVE synthesized panel (data.csv from generate-data.java,
 * seed 20250315: 15 made-up regions, 2021–2023).
 */
final class DeaInnovationEfficiency {

    private DeaInnovationEfficiency() {
    }

    static Framework build() {
        Framework fw = Build.framework("高新技术企业创新效率 (innovation efficiency of high-tech enterprises, ILLUSTRATIVE data)",
                "Paper C (Shangguan, You & Mao 2025) studies how to raise the innovation efficiency of high-tech enterprises"
                        + " and cites DEA for measuring it. This example measures it with DEA and the Malmquist index on an"
                        + " ILLUSTRATIVE synthesized panel (data.csv, generate-data.java --seed 20250315; 15 made-up regions"
                        + " R01–R15, 2021–2023): inputs R&D staff and R&D spending, outputs invention patents and new-product"
                        + " revenue. Not any region's statistics.",
                List.of("Shangguan", "You", "Mao"));
        DataSource data = Build.csv(fw, "ILLUSTRATIVE high-tech enterprise panel (15 made-up regions, 2021-2023, seed 20250315)",
                "data.csv");
        data.setDescription("SYNTHESIZED by generate-data.java --seed 20250315; regions R01-R15 are made up");
        String[] columns = { "dmu", "region", "inputs", "rd_staff,rd_spending", "outputs", "patents,new_product_revenue",
                "period", "year" };
        Build.analysis(fw, "dea", "DEA innovation efficiency per year (BCC/CCR, input-oriented; ILLUSTRATIVE data)", "dea",
                data, columns);
        Build.analysis(fw, "malmquist", "Malmquist productivity index 2021-2023 (CRS, input-oriented; ILLUSTRATIVE data)",
                "malmquist", data, columns);
        return fw;
    }
}
