package org.synergos.tools.examples;

import java.util.List;

import org.synergos.model.Actor;
import org.synergos.model.ActorKind;
import org.synergos.model.CollaborationKind;
import org.synergos.model.Construct;
import org.synergos.model.ConstructMode;
import org.synergos.model.ExpectedSign;
import org.synergos.model.Framework;
import org.synergos.model.Indicator;
import org.synergos.model.Problem;
import org.synergos.model.StrategyKind;
import org.synergos.model.StructuralPath;
import org.synergos.model.Weighting;
import org.synergos.model.helpers.Elements;

/**
 * examples/technology-factor-industry: paper C (Shangguan, You &amp; Mao 2025), the technology, factor and
 * industry dimensions of new quality productivity and high-tech enterprises' innovation efficiency. A
 * conceptual model: no data.
 */
final class TechnologyFactorIndustry {

    private TechnologyFactorIndustry() {
    }

    static Framework build() {
        Framework fw = Build.framework("新质生产力视角下高新技术企业创新效率提升路径 (technology–factor–industry)",
                "Paper C: new quality productivity in its technology (revolutionary breakthroughs), factor "
                        + "(data-algorithm-computing power, talent, capital) and industry (multi-chain integration) "
                        + "dimensions, and paths that raise high-tech enterprises' innovation efficiency. Conceptual "
                        + "model without data.",
                List.of("Shangguan", "You", "Mao"));
        Actor hightech = Build.actor(fw, "high_tech_enterprises", "高新技术企业 (high-tech enterprises)",
                ActorKind.ENTERPRISE, "high-tech enterprise", List.of("innovation subject"),
                List.of("R&D", "commercialisation"));
        Actor government = Build.actor(fw, "government", "政府 (government)", ActorKind.GOVERNMENT, null,
                List.of("helmsman"), List.of("policy", "resource allocation"));
        Actor universities = Build.actor(fw, "universities_institutes", "高校与科研院所 (universities and research institutes)",
                ActorKind.UNIVERSITY, null, List.of("knowledge and talent creation"), List.of());
        Actor finance = Build.actor(fw, "financial_institutions", "金融机构 (financial institutions)",
                ActorKind.FINANCIAL_INSTITUTION, null, List.of("capital"), List.of());
        Actor dataExchange = Build.actor(fw, "data_exchanges", "数据交易所 (data exchanges)", ActorKind.INTERMEDIARY,
                "data exchange", List.of("data as a production factor"), List.of());
        Build.collaboration(fw, "joint_rd", "产学研联合攻关 (joint R&D)", CollaborationKind.JOINT_RD, hightech,
                universities, "breakthrough technologies developed jointly");
        Build.collaboration(fw, "capital", "科技金融 (innovation capital)", CollaborationKind.FUNDING, finance, hightech,
                "capital as a production factor");
        Build.collaboration(fw, "data_factor", "数据要素流通 (data-factor circulation)", CollaborationKind.PLATFORM_SHARING,
                dataExchange, hightech, "data, algorithms and computing power made available to enterprises");

        Construct tech = dimension(fw, "TECH", "技术维度 (technology dimension)", "technology",
                "revolutionary technological breakthroughs", "革命性技术突破 (revolutionary technological breakthroughs)",
                "原创性关键核心技术 (original key and core technologies)");
        Construct factor = dimension(fw, "FACT", "要素维度 (factor dimension)", "factor",
                "innovative allocation of production factors", "数据-算法-算力 (data, algorithms and computing power)",
                "创新人才 (innovation talent)", "资本 (capital)");
        Construct industry = dimension(fw, "IND", "产业维度 (industry dimension)", "industry",
                "deep industrial upgrading through multi-chain integration", "多链融合 (integration of innovation, "
                        + "industry, capital and talent chains)", "产业结构升级 (industrial structure upgrading)");
        Construct nqp = Build.F.createConstruct();
        nqp.setCode("NQP");
        fw.getConstructs().add(nqp);
        org.synergos.model.helpers.ModelIds.assign(nqp);
        nqp.setName("新质生产力 (NQP, new quality productivity)");
        nqp.setDescription("higher-order construct formed by its technology, factor and industry dimensions");
        nqp.setMode(ConstructMode.COMPOSITE);
        nqp.setWeighting(Weighting.MODE_B);
        nqp.getDimensions().addAll(List.of(tech, factor, industry));
        Construct efficiency = dimension(fw, "HTIE", "高新技术企业创新效率 (HTIE, innovation efficiency of high-tech "
                + "enterprises)", null, "innovation outputs relative to innovation inputs",
                "创新投入产出效率 (innovation input-output efficiency)", "成果转化效率 (efficiency of commercialising results)");
        StructuralPath path = Elements.path(fw, "P1", nqp, efficiency);
        path.setExpectedSign(ExpectedSign.POSITIVE);
        path.setDescription("new quality productivity raises high-tech enterprises' innovation efficiency");

        Problem bottleneck = Build.problem(fw, "key_technology_bottleneck", "关键核心技术受制约 (key-technology bottlenecks)",
                "technology", "dependence on external key technologies limits innovation efficiency (summary by the "
                        + "example; check against paper C)", hightech);
        Problem allocation = Build.problem(fw, "factor_misallocation", "要素配置效率不高 (inefficient factor allocation)",
                "factor", "data, talent and capital are not allocated where they are most productive (summary by the "
                        + "example; check against paper C)", hightech, government);
        Build.strategy(fw, "technological_transition", "技术跃迁 (technological transition)",
                StrategyKind.TECHNOLOGICAL_TRANSITION, "technology dimension: revolutionary breakthroughs",
                List.of(bottleneck), hightech, universities);
        Build.strategy(fw, "factor_reset", "要素重置 (factor reset)", StrategyKind.FACTOR_RESET,
                "factor dimension: data, algorithms, computing power, talent and capital", List.of(allocation),
                hightech, finance, dataExchange);
        Build.strategy(fw, "organizational_reconstruction", "组织重构 (organizational reconstruction)",
                StrategyKind.ORGANIZATIONAL_RECONSTRUCTION, "organisation of the enterprise adapted to the new factors",
                List.of(allocation), hightech);
        Build.strategy(fw, "ecological_coordination", "生态协同 (ecological coordination)",
                StrategyKind.ECOLOGICAL_COORDINATION, "industry dimension: multi-chain integration in the ecosystem",
                List.of(bottleneck, allocation), hightech, government, universities, finance);
        return fw;
    }

    /** A composite construct whose indicators name its elements (no data: not bound to columns). */
    private static Construct dimension(Framework fw, String code, String name, String category, String description,
            String... items) {
        Construct construct = Elements.construct(fw, code, ConstructMode.COMPOSITE);
        construct.setName(name);
        construct.setDescription(description);
        construct.setWeighting(Weighting.MODE_B);
        construct.setDimensionCategory(category);
        for (int i = 0; i < items.length; i++) {
            Indicator indicator = Elements.indicator(construct, code + (i + 1));
            indicator.setName(code + (i + 1));
            indicator.setItemText(items[i]);
        }
        return construct;
    }
}
