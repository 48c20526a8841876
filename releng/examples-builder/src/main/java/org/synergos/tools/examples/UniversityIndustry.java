package org.synergos.tools.examples;

import java.util.List;

import org.synergos.model.Actor;
import org.synergos.model.ActorKind;
import org.synergos.model.CollaborationKind;
import org.synergos.model.Framework;
import org.synergos.model.Problem;
import org.synergos.model.StrategyKind;

/** examples/university-industry: paper B (Wu 2025), local universities and regional industries. */
final class UniversityIndustry {

    static final String NOTE = " (summary by the example; domain.md gives no verbatim list, check the wording "
            + "against paper B)";

    private UniversityIndustry() {
    }

    static Framework build() {
        Framework fw = Build.framework("地方高校与区域产业协同创新路径 (local universities and regional industries)",
                "Paper B: problems of, and collaborative-innovation paths between, local universities and regional "
                        + "industries in the context of new quality productivity.",
                List.of("Wu"));
        Actor university = Build.actor(fw, "local_universities", "地方高校 (local universities)", ActorKind.UNIVERSITY,
                "local university", List.of("knowledge creation", "talent cultivation for the region"),
                List.of("applied research for regional industries", "training of applied talent"));
        Actor industry = Build.actor(fw, "regional_industries", "区域产业企业 (enterprises of regional industries)",
                ActorKind.ENTERPRISE, "regional industry", List.of("funding", "commercialisation"),
                List.of("stating technology demand", "applying research results"));
        Actor chainOwner = Build.actor(fw, "chain_owners", "链主企业 (leading chain-owner enterprises)",
                ActorKind.ENTERPRISE, "chain-owner", List.of("organising the regional industry chain"), List.of());
        Actor government = Build.actor(fw, "local_government", "地方政府 (local government)", ActorKind.GOVERNMENT, null,
                List.of("helmsman"), List.of("policy", "resource allocation", "supervision"));
        Actor institute = Build.actor(fw, "industrial_technology_institutes",
                "产业技术研究院 (industrial technology research institutes)", ActorKind.INTERMEDIARY,
                "industrial technology research institute", List.of("bridging research and industry"), List.of());

        Build.collaboration(fw, "joint_rd", "校企联合研发 (university-enterprise joint R&D)", CollaborationKind.JOINT_RD,
                industry, university, "joint R&D on regional industries' technology problems", chainOwner);
        Build.collaboration(fw, "technology_transfer", "成果转化 (transfer of research results)",
                CollaborationKind.TECHNOLOGY_TRANSFER, university, industry,
                "research results move into regional enterprises", institute);
        Build.collaboration(fw, "talent_flow", "人才共育与流动 (joint talent cultivation and flow)",
                CollaborationKind.TALENT_FLOW, university, industry, "co-cultivated graduates work in regional industries");
        Build.collaboration(fw, "platform_sharing", "共建平台 (shared innovation platforms)",
                CollaborationKind.PLATFORM_SHARING, government, university,
                "platforms (industrial technology research institutes, labs) shared by universities and enterprises",
                industry, institute);

        Problem mismatch = Build.problem(fw, "research_demand_mismatch",
                "科研成果与产业需求脱节 (research does not meet industry demand)", "university-industry mismatch",
                "research topics of local universities are weakly tied to regional industries" + NOTE, university,
                industry);
        Problem disciplines = Build.problem(fw, "discipline_mismatch",
                "学科专业与区域产业结构不匹配 (disciplines do not match the regional industry structure)", "talent",
                "the talent supply does not fit the regional industries" + NOTE, university, industry);
        Problem mechanisms = Build.problem(fw, "weak_mechanisms", "协同机制不健全 (weak collaboration mechanisms)",
                "mechanism", "collaboration is project-by-project without lasting platforms and incentives" + NOTE,
                university, industry, government);
        Build.strategy(fw, "demand_led_research", "需求导向的联合攻关 (demand-led joint research)",
                StrategyKind.TECHNOLOGICAL_TRANSITION, "research agendas set together with regional industries" + NOTE,
                List.of(mismatch), university, industry, chainOwner);
        Build.strategy(fw, "discipline_adjustment", "对接产业调整学科专业 (align disciplines with regional industries)",
                StrategyKind.ORGANIZATIONAL_RECONSTRUCTION, "disciplines and programmes follow the industry structure"
                        + NOTE, List.of(disciplines), university);
        Build.strategy(fw, "talent_cocultivation", "产教融合协同育人 (industry-education integration)",
                StrategyKind.FACTOR_RESET, "joint talent cultivation and two-way flow of staff" + NOTE,
                List.of(disciplines), university, industry);
        Build.strategy(fw, "platforms_and_policy", "共建平台与政策保障 (shared platforms and policy support)",
                StrategyKind.ECOLOGICAL_COORDINATION, "lasting platforms, incentives and policies of the local "
                        + "government" + NOTE, List.of(mechanisms, mismatch), government, university, industry, institute);
        return fw;
    }
}
