package org.synergos.tools.examples;

import java.util.List;

import org.synergos.model.Actor;
import org.synergos.model.ActorKind;
import org.synergos.model.CollaborationKind;
import org.synergos.model.Construct;
import org.synergos.model.DataSource;
import org.synergos.model.DefinedParameter;
import org.synergos.model.ExpectedSign;
import org.synergos.model.Framework;
import org.synergos.model.MediationHypothesis;
import org.synergos.model.StructuralPath;
import org.synergos.model.helpers.Elements;

/**
 * examples/nqpf-smes: paper E (Gao, Yu, Liu &amp; Xiao 2025), the PLS-SEM study NQPF -&gt; DT -&gt; CIP of
 * n = 314 Chinese SMEs, bound to a SIMULATED data set (examples/nqpf-smes/generate-data.java).
 */
final class NqpfSmes {

    static final String SOURCE = "paper E (Gao, Yu, Liu & Xiao 2025), PLS-SEM results, n = 314";

    private NqpfSmes() {
    }

    static Framework build() {
        Framework fw = Build.framework("新质生产力驱动中小企业协同创新绩效 (NQPF → DT → CIP)",
                "Paper E: how new quality productive forces (NQPF) drive SMEs' collaborative innovation performance "
                        + "(CIP) directly and through digital transformation (DT); PLS-SEM, 7-point Likert items. "
                        + "The bound data set is SIMULATED (seed 20250314, n = 314), not the paper's survey data.",
                List.of("Gao", "Yu", "Liu", "Xiao"));

        Actor sme = Build.actor(fw, "SMEs", "中小企业 (SMEs)", ActorKind.ENTERPRISE, "SME",
                List.of("focal innovation subject", "survey respondents (n = 314)"),
                List.of("absorb new quality productive forces", "digital transformation", "collaborative innovation"));
        Actor government = Build.actor(fw, "government", "政府 (government)", ActorKind.GOVERNMENT, null,
                List.of("helmsman", "ecological architect"),
                List.of("policy", "resource allocation", "supervision", "digital infrastructure"));
        Actor university = Build.actor(fw, "universities", "高校 (universities)", ActorKind.UNIVERSITY, null,
                List.of("knowledge and talent creation"), List.of("basic research", "talent training"));
        Actor institute = Build.actor(fw, "research_institutes", "科研院所 (research institutes)",
                ActorKind.RESEARCH_INSTITUTE, null, List.of("applied research"), List.of());
        Actor chainOwner = Build.actor(fw, "chain_owner", "链主企业 (leading chain-owner enterprises)",
                ActorKind.ENTERPRISE, "chain-owner", List.of("industry-chain integration"), List.of());
        Actor bank = Build.actor(fw, "financial_institutions", "金融机构 (financial institutions)",
                ActorKind.FINANCIAL_INSTITUTION, null, List.of("capital"), List.of("funding of innovation"));
        Actor broker = Build.actor(fw, "intermediaries", "科技中介 (technology brokers, data exchanges)",
                ActorKind.INTERMEDIARY, "technology broker", List.of("matching supply and demand of technology"),
                List.of());

        Build.collaboration(fw, "joint_rd", "产学研联合研发 (joint R&D)", CollaborationKind.JOINT_RD, sme, university,
                "SMEs and universities (with research institutes) develop technology jointly", institute);
        Build.collaboration(fw, "technology_transfer", "技术转移 (technology transfer)",
                CollaborationKind.TECHNOLOGY_TRANSFER, university, sme, "transfer of research results to SMEs", broker);
        Build.collaboration(fw, "chain_knowledge_sharing", "产业链知识共享 (knowledge sharing along the chain)",
                CollaborationKind.KNOWLEDGE_SHARING, chainOwner, sme,
                "leading chain-owner enterprises share knowledge and data with supplier SMEs");
        Build.collaboration(fw, "innovation_finance", "科技金融 (innovation finance)", CollaborationKind.FUNDING, bank, sme,
                "credit and venture capital for SME innovation");
        Build.collaboration(fw, "digital_platforms", "公共数字化平台 (shared digital platforms)",
                CollaborationKind.PLATFORM_SHARING, government, sme,
                "public digital-transformation service platforms used by SMEs");

        Construct nqpf = Build.construct(fw, "NQPF", "NQ", "新质生产力 (NQPF, new quality productive forces)",
                "Reflective, 9 items NQ1..NQ9", 9, 7, null);
        Construct dt = Build.construct(fw, "DT", "DT", "数字化转型 (DT, digital transformation)",
                "Reflective, 5 items DT1..DT5; mediator", 5, 7, null);
        Construct cip = Build.construct(fw, "CIP", "CIP", "协同创新绩效 (CIP, collaborative innovation performance)",
                "Reflective, 4 items CIP1..CIP4; outcome", 4, 7, null);

        StructuralPath h1 = Elements.path(fw, "H1", nqpf, cip);
        h1.setDescription("NQPF positively affects SMEs' collaborative innovation performance");
        h1.setExpectedSign(ExpectedSign.POSITIVE);
        h1.setParameterLabel("c");
        StructuralPath h2 = Elements.path(fw, "H2", nqpf, dt);
        h2.setDescription("NQPF positively affects digital transformation");
        h2.setExpectedSign(ExpectedSign.POSITIVE);
        h2.setParameterLabel("a");
        StructuralPath h3 = Elements.path(fw, "H3", dt, cip);
        h3.setDescription("Digital transformation positively affects collaborative innovation performance");
        h3.setExpectedSign(ExpectedSign.POSITIVE);
        h3.setParameterLabel("b");
        MediationHypothesis h4 = Elements.mediation(fw, "H4", nqpf, cip, dt);
        h4.setDescription("Digital transformation mediates the effect of NQPF on collaborative innovation performance");
        h4.setExpectedSign(ExpectedSign.POSITIVE);
        DefinedParameter indirect = Build.F.createDefinedParameter();
        indirect.setName("indirect");
        indirect.setExpression("a*b");
        indirect.setDescription("H4: indirect effect NQPF -> DT -> CIP");
        fw.getDefinedParameters().add(indirect);
        DefinedParameter total = Build.F.createDefinedParameter();
        total.setName("total");
        total.setExpression("c + a*b");
        total.setDescription("total effect of NQPF on CIP");
        fw.getDefinedParameters().add(total);

        DataSource data = Build.csv(fw, "SIMULATED SME survey (n = 314, seed 20250314; not paper E's data)",
                "data.csv");
        data.setDescription("SIMULATED by generate-data.java --seed 20250314 --n 314; column case_id marks every "
                + "row as SIMULATED");
        Build.analysis(fw, "descriptive", "Descriptive statistics and correlations (SIMULATED data)", "descriptive",
                data);
        Build.analysis(fw, "pls_sem", "PLS-SEM, path weighting, 5,000 bootstrap resamples (SIMULATED data)", "pls-sem",
                data, "bootstrap", "5000", "seed", "20250314", "weighting", "path");
        Build.analysis(fw, "harman", "Harman's single-factor test (SIMULATED data)", "harman", data);

        reportedStatistics(fw, nqpf, dt, cip, h1, h2, h3, h4);
        return fw;
    }

    private static void reportedStatistics(Framework fw, Construct nqpf, Construct dt, Construct cip,
            StructuralPath h1, StructuralPath h2, StructuralPath h3, MediationHypothesis h4) {
        Object[][] constructs = {
            // construct, mean, SD, alpha, CR, AVE, R2, Q2
            {nqpf, 4.271, 0.693, 0.942, 0.945, 0.683, null, null},
            {dt, 4.527, 0.714, 0.893, 0.896, 0.702, 0.191, 0.187},
            {cip, 4.437, 0.762, 0.869, 0.872, 0.719, 0.650, 0.340},
        };
        for (Object[] row : constructs) {
            Construct construct = (Construct) row[0];
            String label = construct.getCode();
            Build.reported(fw, construct, label, "mean", (Double) row[1], SOURCE + ", descriptive statistics");
            Build.reported(fw, construct, label, "sd", (Double) row[2], SOURCE + ", descriptive statistics");
            Build.reported(fw, construct, label, "cronbach_alpha", (Double) row[3], SOURCE + ", reliability");
            Build.reported(fw, construct, label, "composite_reliability", (Double) row[4], SOURCE + ", reliability");
            Build.reported(fw, construct, label, "ave", (Double) row[5], SOURCE + ", convergent validity");
            if (row[6] != null) {
                Build.reported(fw, construct, label, "r2", (Double) row[6], SOURCE + ", structural model");
                Build.reported(fw, construct, label, "q2", (Double) row[7], SOURCE + ", blindfolding");
            }
        }
        Build.reported(fw, nqpf, "NQPF-DT", "correlation_with_DT", 0.651, SOURCE + ", correlations");
        Build.reported(fw, nqpf, "NQPF-CIP", "correlation_with_CIP", 0.693, SOURCE + ", correlations");
        Build.reported(fw, dt, "DT-CIP", "correlation_with_CIP", 0.581, SOURCE + ", correlations");
        Build.reported(fw, h1, "H1", "beta", 0.317, SOURCE + ", structural model");
        Build.reported(fw, h1, "H1", "t", 12.244, SOURCE + ", bootstrap (5,000)");
        Build.reported(fw, h2, "H2", "beta", 0.437, SOURCE + ", structural model");
        Build.reported(fw, h2, "H2", "t", 12.167, SOURCE + ", bootstrap (5,000)");
        Build.reported(fw, h3, "H3", "beta", 0.616, SOURCE + ", structural model");
        Build.reported(fw, h3, "H3", "t", 26.698, SOURCE + ", bootstrap (5,000)");
        Build.reported(fw, h4, "H4", "indirect_effect", 0.269, SOURCE + ", mediation");
        Build.reported(fw, h4, "H4", "t", 12.676, SOURCE + ", bootstrap (5,000)");
        Build.reported(fw, null, "outer loadings", "minimum", 0.743, SOURCE + ", measurement model");
        Build.reported(fw, null, "outer loadings", "maximum", 0.878, SOURCE + ", measurement model");
        Build.reported(fw, null, "HTMT", "upper_bound", 0.85, SOURCE + ", discriminant validity (all HTMT < 0.85)");
        Build.reported(fw, null, "VIF", "upper_bound", 5, SOURCE + ", collinearity (all VIF < 5)");
        Build.reported(fw, null, "model", "srmr", 0.057, SOURCE + ", model fit");
        Build.reported(fw, null, "Harman single factor", "first_factor_variance_percent", 36.4,
                SOURCE + ", common-method bias (< 50%)");
        Build.reported(fw, null, "G*Power", "minimum_sample_size", 129, SOURCE + ", sample-size planning");
        Build.reported(fw, null, "sample", "n", 314, SOURCE);
    }
}
