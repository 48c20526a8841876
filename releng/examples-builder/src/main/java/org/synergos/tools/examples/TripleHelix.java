package org.synergos.tools.examples;

import java.util.List;

import org.synergos.model.Actor;
import org.synergos.model.ActorKind;
import org.synergos.model.Collaboration;
import org.synergos.model.CollaborationKind;
import org.synergos.model.Framework;
import org.synergos.model.Problem;
import org.synergos.model.StrategyKind;

/**
 * examples/triple-helix: paper D (Yu, Tang, Cheng &amp; Li 2024), government, universities and enterprises
 * developing regional new quality productivity together (triple helix, synergy "1+1+1&gt;3").
 */
final class TripleHelix {

    static final String NOTE = " (summary by the example; domain.md gives no verbatim list, check the wording "
            + "against paper D)";

    private TripleHelix() {
    }

    static Framework build() {
        Framework fw = Build.framework("政府、高校、企业协同发展区域新质生产力 (government–university–enterprise triple helix)",
                "Paper D: roles, responsibilities and collaborations of government, universities and enterprises in "
                        + "developing regional new quality productivity; the triple helix should yield synergy "
                        + "\"1+1+1>3\".",
                List.of("Yu", "Tang", "Cheng", "Li"));
        Actor government = Build.actor(fw, "government", "政府 (government)", ActorKind.GOVERNMENT, "regional government",
                List.of("掌舵者 (helmsman)", "生态架构师 (ecological architect)"),
                List.of("policy formulation", "resource allocation", "supervision", "building the innovation ecosystem"));
        Actor universities = Build.actor(fw, "universities", "高校 (universities)", ActorKind.UNIVERSITY, null,
                List.of("knowledge creation", "talent cultivation"),
                List.of("basic and applied research", "training of innovation talent", "supplying research results"));
        Actor enterprises = Build.actor(fw, "enterprises", "企业 (enterprises)", ActorKind.ENTERPRISE, null,
                List.of("funding", "commercialisation"),
                List.of("investing in R&D", "turning research results into products", "expressing market demand"));

        Build.collaboration(fw, "knowledge_sharing", "知识共享 (knowledge sharing)", CollaborationKind.KNOWLEDGE_SHARING,
                universities, enterprises, "universities share knowledge and research results with enterprises");
        Build.collaboration(fw, "technology_transfer", "技术转移 (technology transfer)",
                CollaborationKind.TECHNOLOGY_TRANSFER, universities, enterprises,
                "transfer and licensing of university technology to enterprises");
        Build.collaboration(fw, "enterprise_funding", "企业资金投入 (enterprise funding of research)",
                CollaborationKind.FUNDING, enterprises, universities, "enterprises fund joint research at universities");
        Build.collaboration(fw, "government_funding", "政府资金与政策支持 (government funding and policy support)",
                CollaborationKind.FUNDING, government, enterprises,
                "government funds and policy instruments for collaborative projects", universities);
        Build.collaboration(fw, "talent_flow", "人才流动 (talent flow)", CollaborationKind.TALENT_FLOW, universities,
                enterprises, "graduates, researchers and part-time experts move between universities and enterprises");
        Build.collaboration(fw, "platform_sharing", "平台共享 (platform sharing)", CollaborationKind.PLATFORM_SHARING,
                government, universities, "government-built innovation platforms shared by universities and enterprises",
                enterprises);
        Collaboration revenue = Build.collaboration(fw, "revenue_sharing", "收益分配 (revenue sharing)",
                CollaborationKind.REVENUE_SHARING, enterprises, universities,
                "revenue from commercialised results: 50% enterprises + 30% research teams + 20% universities");
        revenue.getRevenueShares().add(Build.share(enterprises, null, 50));
        revenue.getRevenueShares().add(Build.share(null, "科研团队 (research teams)", 30));
        revenue.getRevenueShares().add(Build.share(universities, null, 20));

        Problem fragmented = Build.problem(fw, "weak_coordination", "三方协同不足 (weak coordination of the three actors)",
                "synergy", "government, universities and enterprises act separately, so the synergy 1+1+1>3 is not "
                        + "reached" + NOTE, government, universities, enterprises);
        Problem transfer = Build.problem(fw, "low_transfer", "成果转化不畅 (research results are hard to commercialise)",
                "technology transfer", "university results do not reach enterprises' production" + NOTE, universities,
                enterprises);
        Problem benefits = Build.problem(fw, "benefit_sharing", "利益分配机制不健全 (unclear benefit sharing)",
                "mechanism", "missing rules for sharing the revenue of joint results" + NOTE, universities, enterprises);
        Build.strategy(fw, "policy_guidance", "政府政策引导与生态构建 (policy guidance and ecosystem building)",
                StrategyKind.POLICY_TOOL, "the government as helmsman and ecological architect sets policy, allocates "
                        + "resources and supervises" + NOTE, List.of(fragmented), government);
        Build.strategy(fw, "shared_platforms", "共建共享创新平台 (jointly built and shared platforms)",
                StrategyKind.ECOLOGICAL_COORDINATION, "platform sharing among the three actors" + NOTE,
                List.of(fragmented, transfer), government, universities, enterprises);
        Build.strategy(fw, "revenue_rules", "收益分配机制 (revenue-sharing rule 50/30/20)",
                StrategyKind.ORGANIZATIONAL_RECONSTRUCTION,
                "50% enterprises + 30% research teams + 20% universities" + NOTE, List.of(benefits), universities,
                enterprises);
        Build.strategy(fw, "talent_exchange", "人才双向流动 (two-way talent flow)", StrategyKind.FACTOR_RESET,
                "talent moves between universities and enterprises" + NOTE, List.of(transfer), universities, enterprises);
        return fw;
    }
}
