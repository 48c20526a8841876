package org.synergos.tools.examples;

import java.util.List;

import org.synergos.model.Actor;
import org.synergos.model.ActorKind;
import org.synergos.model.CollaborationKind;
import org.synergos.model.Construct;
import org.synergos.model.DataSource;
import org.synergos.model.ExpectedSign;
import org.synergos.model.Framework;
import org.synergos.model.ProductionFactor;
import org.synergos.model.ProductionFunction;
import org.synergos.model.StructuralPath;
import org.synergos.model.helpers.Elements;

/**
 * examples/iur-performance: paper A, Fig. 2 and Table 3 — the industry-university-research performance
 * system (R&amp;D input, knowledge output, technology transfer, market performance -&gt; overall
 * collaborative-innovation performance), bound to a SIMULATED data set of n = 362.
 */
final class IurPerformance {

    static final String SOURCE = "paper A (Liang & Liang), Table 3, n = 362 questionnaires, SEM";

    private IurPerformance() {
    }

    static Framework build() {
        Framework fw = Build.framework("产学研协同创新绩效体系 (industry–university–research performance system)",
                "Paper A, Fig. 2 / Table 3: contribution of R&D input, knowledge output, technology transfer and market "
                        + "performance to overall collaborative-innovation performance. The bound data set is SIMULATED "
                        + "(seed 20230362, n = 362), not the paper's questionnaires.",
                PaperA.AUTHORS);

        Actor enterprise = Build.actor(fw, "enterprises", "企业 (enterprises)", ActorKind.ENTERPRISE, null,
                List.of("funding and commercialisation"), List.of("R&D input", "market application"));
        Actor university = Build.actor(fw, "universities", "高校 (universities)", ActorKind.UNIVERSITY, null,
                List.of("knowledge and talent creation"), List.of("knowledge output", "talent training"));
        Actor institute = Build.actor(fw, "research_institutes", "科研院所 (research institutes)",
                ActorKind.RESEARCH_INSTITUTE, null, List.of("applied research"), List.of("technology development"));
        Actor government = Build.actor(fw, "government", "政府 (government)", ActorKind.GOVERNMENT, null,
                List.of("helmsman"), List.of("policy", "resource allocation", "supervision"));
        Actor market = Build.actor(fw, "market", "市场 (market)", ActorKind.MARKET, null,
                List.of("demand and evaluation of innovations"), List.of());
        Build.collaboration(fw, "joint_rd", "产学研联合研发 (joint R&D)", CollaborationKind.JOINT_RD, enterprise,
                university, "enterprises fund joint R&D with universities and research institutes", institute);
        Build.collaboration(fw, "knowledge_sharing", "知识共享 (knowledge sharing)", CollaborationKind.KNOWLEDGE_SHARING,
                university, enterprise, "knowledge output of universities shared with enterprises", institute);
        Build.collaboration(fw, "technology_transfer", "技术转移 (technology transfer)",
                CollaborationKind.TECHNOLOGY_TRANSFER, institute, enterprise,
                "research results transferred to enterprises for application");
        Build.collaboration(fw, "talent_flow", "人才流动 (talent flow)", CollaborationKind.TALENT_FLOW, university,
                enterprise, "graduates and researchers move into enterprises");
        Build.collaboration(fw, "policy_funding", "政策资金支持 (policy funding)", CollaborationKind.FUNDING, government,
                enterprise, "government funding of collaborative projects", university, institute);

        Construct rdi = Build.construct(fw, "RDI", "RDI", "研发投入 (R&D input)",
                "R&D investment and personnel devoted to collaborative innovation; 3 items", 3, 5, null);
        Construct kno = Build.construct(fw, "KNO", "KNO", "知识产出 (knowledge output)",
                "patents, papers and other knowledge results of collaboration; 4 items", 4, 5, null);
        Construct ttr = Build.construct(fw, "TTR", "TTR", "技术转移 (technology transfer)",
                "transfer and application of research results; 3 items", 3, 5, null);
        Construct mkp = Build.construct(fw, "MKP", "MKP", "市场表现 (market performance)",
                "sales, market share and customer results of new products; 4 items", 4, 5, null);
        Construct cipf = Build.construct(fw, "CIPF", "CIPF",
                "协同创新整体绩效 (overall collaborative-innovation performance)", "outcome; 4 items", 4, 5, null);

        Object[][] table3 = {
            // construct, label, index name, beta, SE, CI lower, CI upper
            {rdi, "P1", "R&D investment", 0.45, 0.05, 0.35, 0.55},
            {kno, "P2", "Knowledge output", 0.60, 0.04, 0.52, 0.68},
            {ttr, "P3", "Technology transfer", 0.50, 0.06, 0.38, 0.62},
            {mkp, "P4", "Market performance", 0.55, 0.05, 0.45, 0.65},
        };
        for (Object[] row : table3) {
            StructuralPath path = Elements.path(fw, (String) row[1], (Construct) row[0], cipf);
            path.setExpectedSign(ExpectedSign.POSITIVE);
            path.setDescription(row[2] + " -> overall collaborative-innovation performance (Table 3: beta = " + row[3]
                    + ", SE = " + row[4] + ", CI [" + row[5] + ", " + row[6] + "], p < 0.01)");
            Build.reported(fw, path, (String) row[2], "beta", (Double) row[3], SOURCE);
            Build.reported(fw, path, (String) row[2], "se", (Double) row[4], SOURCE);
            Build.reported(fw, path, (String) row[2], "ci_lower", (Double) row[5], SOURCE);
            Build.reported(fw, path, (String) row[2], "ci_upper", (Double) row[6], SOURCE);
            Build.reported(fw, path, (String) row[2], "p_below", 0.01, SOURCE);
        }
        Build.reported(fw, null, "sample", "n", 362, SOURCE);

        ProductionFunction function = Build.id(Build.F.createProductionFunction(), "productionFunction.P");
        function.setName("新质生产力生产函数 P = f(C, R, T, I)");
        function.setDescription("Production function of new quality productivity; the binding of its arguments to "
                + "this study's constructs is the example's reading, not stated by paper A");
        function.setOutput("P");
        function.setExpression("f(C, R, T, I)");
        fw.getProductionFunctions().add(function);
        factor(function, "C", "collaborative (协同)", cipf);
        factor(function, "R", "resources (资源)", rdi);
        factor(function, "T", "technology (技术)", ttr);
        factor(function, "I", "innovation (创新)", kno);

        DataSource data = Build.csv(fw, "SIMULATED IUR questionnaire (n = 362, seed 20230362; not paper A's data)",
                "data.csv");
        data.setDescription("SIMULATED by generate-data.java --seed 20230362 --n 362; column case_id marks every "
                + "row as SIMULATED");
        Build.analysis(fw, "descriptive", "Descriptive statistics and correlations (SIMULATED data)", "descriptive",
                data);
        Build.analysis(fw, "pls_sem", "PLS-SEM (SIMULATED data)", "pls-sem", data, "bootstrap", "5000", "seed",
                "20230362", "weighting", "path");
        Build.analysis(fw, "cb_sem", "Covariance-based SEM, maximum likelihood (SIMULATED data)", "cb-sem", data,
                "estimator", "ML");
        Build.analysis(fw, "contribution", "Contribution table (paper A, Table 3) (SIMULATED data)", "contribution",
                data, "outcome", cipf.getId());
        return fw;
    }

    private static void factor(ProductionFunction function, String symbol, String name, Construct construct) {
        ProductionFactor factor = Build.id(Build.F.createProductionFactor(), "productionFactor." + symbol);
        factor.setSymbol(symbol);
        factor.setName(name);
        factor.getConstructs().add(construct);
        function.getFactors().add(factor);
    }
}
