package org.synergos.tools.examples;

import java.util.List;

import org.synergos.model.Actor;
import org.synergos.model.ActorKind;
import org.synergos.model.CausalLink;
import org.synergos.model.CausalMap;
import org.synergos.model.CausalStage;
import org.synergos.model.Event;
import org.synergos.model.Framework;
import org.synergos.model.ImplementationPathMap;
import org.synergos.model.Index;
import org.synergos.model.IndexDirection;
import org.synergos.model.Observation;
import org.synergos.model.ObservationPhase;
import org.synergos.model.PathStage;
import org.synergos.model.PathStageKind;
import org.synergos.model.SummaryStatistics;
import org.synergos.model.Transition;

/**
 * The table and map studies of paper A (Liang &amp; Liang): change-range (Table 1), influencing factors
 * (Table 2), event sequence (Table 4) and the implementation / causality path maps. All numbers are the
 * paper's as quoted in docs/domain.md; nothing here is simulated.
 */
final class PaperA {

    /** Both authors are called Liang; Framework.authors is a unique list, so they share one entry. */
    static final List<String> AUTHORS = List.of("Liang & Liang");
    static final IndexDirection UP = IndexDirection.HIGHER_IS_BETTER;
    static final IndexDirection DOWN = IndexDirection.LOWER_IS_BETTER;

    private PaperA() {
    }

    /** Table 1: before/after collaborative innovation. */
    static Framework changeRange() {
        Framework fw = Build.framework("协同创新前后变化幅度 (change range before/after collaborative innovation)",
                "Paper A, Table 1: ten indices observed before and after collaborative innovation; the change-range "
                        + "engine recomputes the change % (after - before) / before * 100 and judges improvement by "
                        + "each index's direction.",
                AUTHORS);
        Object[][] table1 = {
            // key, name, unit, direction, before, after, reported change %
            {"rd_investment", "研发投入 (R&D investment)", "10k yuan", UP, 750000, 1050000, 40.0},
            {"rd_personnel", "研发人员 (R&D personnel)", "persons", UP, 120, 180, 50.0},
            {"development_cycle", "新产品开发周期 (new product development cycle)", "month", DOWN, 18, 12, -33.33},
            {"launch_time", "新产品上市时间 (new product launch time)", "month", DOWN, 6, 4, -33.33},
            {"patent_growth", "专利申请增长率 (growth rate of patent applications)", "%", UP, 15, 35, 133.33},
            {"technology_platforms", "技术平台数量 (number of technology platforms)", "count", UP, 2, 5, 150.0},
            {"cost_saving", "成本节约率 (cost saving rate)", "%", UP, 10, 25, 150.0},
            {"sales_growth", "销售额增长率 (growth rate of sales)", "%", UP, 20, 50, 150.0},
            {"profit_growth", "利润增长率 (profit growth rate)", "%", UP, 15, 45, 200.0},
            {"customer_satisfaction", "客户满意度提升 (customer satisfaction increase)", "%", UP, 5, 15, 200.0},
        };
        for (Object[] row : table1) {
            Index index = index(fw, (String) row[0], (String) row[1], "change range (Table 1)", (String) row[2],
                    (IndexDirection) row[3], null, null, null);
            index.getObservations().add(observation("paper A case", ((Number) row[4]).doubleValue(),
                    ObservationPhase.BEFORE));
            index.getObservations().add(observation("paper A case", ((Number) row[5]).doubleValue(),
                    ObservationPhase.AFTER));
            Build.reported(fw, index, (String) row[1], "change_percent", (Double) row[6], "paper A, Table 1");
        }
        Build.analysis(fw, "change_range", "Change range before/after collaborative innovation (Table 1)",
                "change-range", null);
        return fw;
    }

    /** Table 2: influencing factors, year 2023, reported mean / SD / max / min. */
    static Framework influencingFactors() {
        Framework fw = Build.framework("协同创新影响因素 (influencing factors of collaborative innovation)",
                "Paper A, Table 2: specific indices of eight influencing-factor categories with interpretation, unit, "
                        + "data source and the reported 2023 summary statistics (mean, SD, max, min).",
                AUTHORS);
        Object[][] table2 = {
            // key, category, name, interpretation, unit, data source, direction, mean, SD, max, min
            {"cooperative_enterprises", "组织与合作 (organization & cooperation)", "合作企业数量 (number of cooperative enterprises)",
                "enterprises taking part in the collaborative-innovation network", "count", "industry database", UP,
                186.7, 32.4, 250, 120},
            {"cooperative_projects", "组织与合作 (organization & cooperation)", "合作项目数量 (number of cooperative projects)",
                "collaborative projects carried out jointly", "count", "internal record", UP, 57.3, 12.5, 80, 40},
            {"knowledge_sharing_frequency", "知识共享 (knowledge sharing)", "知识共享频率 (knowledge sharing frequency)",
                "how often the partners share knowledge (score as reported)", "frequency score", "questionnaire", UP,
                4.2, 0.8, 5, 3},
            {"tacit_knowledge_conversion", "知识共享 (knowledge sharing)", "隐性知识转化率 (tacit-knowledge conversion rate)",
                "share of tacit knowledge converted into explicit, usable knowledge", "%", "questionnaire", UP,
                63.25, 10.6, 80, 50},
            {"rd_investment", "研发水平 (R&D level)", "研发投入 (R&D investment)",
                "expenditure on research and development", "10k yuan", "financial statement", UP, 3050, 450, 4000,
                2000},
            {"invention_patents", "研发水平 (R&D level)", "发明专利申请数 (invention patent applications)",
                "invention patent applications filed", "count", "patent office", UP, 130, 25, 180, 90},
            {"days_to_market", "市场 (market)", "产品上市天数 (days to market)",
                "days from development to market launch of a new product", "days", "market research", DOWN, 210, 20,
                240, 180},
            {"market_share", "市场 (market)", "市场份额 (market share)", "share of the target market", "%", "sales data",
                UP, 25.8, 3.5, 30, 20},
            {"support_policies", "政策 (policy)", "支持政策数量 (number of support policies)",
                "policies supporting collaborative innovation in force", "count", "official announcement", UP, 12, 2,
                15, 10},
            {"legal_dispute_rate", "政策 (policy)", "法律纠纷率 (legal dispute rate)",
                "share of collaborations ending in legal disputes (e.g. over intellectual property)", "%",
                "judicial statistics", DOWN, 7.3, 2.1, 12, 5},
            {"rd_cycle_days", "创新能力 (innovation ability)", "研发周期 (R&D cycle)",
                "days needed for an R&D cycle", "days", "internal record", DOWN, 370, 50, 420, 320},
            {"innovation_awards", "创新能力 (innovation ability)", "创新奖项数 (innovation awards)",
                "awards for innovation results", "count", "official announcement", UP, 5.8, 1.7, 8, 4},
            {"roi", "支持体系 (support system)", "投资回报率 (return on investment)",
                "return on the investment in collaborative innovation", "%", "financial statement", UP, 18.6, 4.3, 25,
                15},
            {"training_projects", "支持体系 (support system)", "培训项目数 (training projects)",
                "training projects for innovation talent", "count", "internal record", UP, 9.4, 3, 15, 5},
            {"openness_index", "文化 (culture)", "开放性指数 (openness index)",
                "openness of the organisational culture to cooperation (score 0-10)", "index (0-10)", "questionnaire",
                UP, 8.2, 1.1, 10, 6},
            {"innovation_activity", "文化 (culture)", "创新活跃度 (innovation activity)",
                "intensity of innovation activity in the organisation (score 0-10)", "index (0-10)", "questionnaire",
                UP, 7.6, 0.9, 9, 6},
        };
        for (Object[] row : table2) {
            Index index = index(fw, (String) row[0], (String) row[2], (String) row[1], (String) row[4],
                    (IndexDirection) row[6], (String) row[3], (String) row[5], 2023);
            SummaryStatistics summary = Build.F.createSummaryStatistics();
            summary.setMean(((Number) row[7]).doubleValue());
            summary.setSd(((Number) row[8]).doubleValue());
            summary.setMax(((Number) row[9]).doubleValue());
            summary.setMin(((Number) row[10]).doubleValue());
            index.setSummary(summary);
            String[] statistics = {"mean", "sd", "max", "min"};
            for (int i = 0; i < statistics.length; i++) {
                Build.reported(fw, index, (String) row[2], statistics[i], ((Number) row[7 + i]).doubleValue(),
                        "paper A, Table 2 (2023)");
            }
        }
        Build.analysis(fw, "influencing_factors", "Influencing factors (Table 2)", "influencing-factors", null);
        return fw;
    }

    /** Table 4: critical events of the event-sequence analysis. */
    static Framework events() {
        Framework fw = Build.framework("关键事件序列分析 (event-sequence analysis of critical events)",
                "Paper A, Table 4: three critical events of 2023 with participants, policy background and effect on new "
                        + "quality productivity.",
                AUTHORS);
        Actor enterprises = Build.actor(fw, "enterprises", "企业 (enterprises)", ActorKind.ENTERPRISE, null,
                List.of("funding and commercialisation"), List.of());
        Actor universities = Build.actor(fw, "universities", "高校 (universities)", ActorKind.UNIVERSITY, null,
                List.of("knowledge and talent creation"), List.of());
        Actor institutes = Build.actor(fw, "research_institutions", "科研机构 (research institutions)",
                ActorKind.RESEARCH_INSTITUTE, null, List.of("applied research"), List.of());
        Actor market = Build.actor(fw, "market_institutions", "市场机构 (market institutions)", ActorKind.MARKET, null,
                List.of("market access and distribution"), List.of());
        event(fw, "knowledge_sharing_conference", "知识共享会议 (knowledge sharing conference)", "Q1 2023",
                "knowledge sharing", "政府政策支持 (government policy support)",
                "增强合作意愿 (increases willingness to cooperate)", enterprises, universities);
        event(fw, "technology_transfer_agreement", "技术转移协议签署 (technology transfer agreement signed)", "Q2 2023",
                "technology transfer", "新技术推广政策 (new technology promotion policy)",
                "促进技术应用 (promotes technology application)", enterprises, institutes);
        event(fw, "product_market_launch", "创新产品上市 (innovative product market launch)", "Q3 2023", "market launch",
                "市场准入政策优化 (market access policy optimization)", "扩大市场影响力 (expands market influence)",
                enterprises, market);
        Build.analysis(fw, "event_sequence", "Event-sequence analysis (Table 4)", "event-sequence", null);
        return fw;
    }

    /** The strategy implementation path map (goal setting, evaluation, PDCA, feasibility) and the causality map. */
    static Framework implementationPath() {
        Framework fw = Build.framework("协同创新战略实施路径 (strategy implementation path and causality map)",
                "Paper A: implementation path map of the collaborative-innovation strategy (multiple collaborative goal "
                        + "setting, resource and condition evaluation, P-D-C-A cycle, feasibility decision with a loop "
                        + "back through adjusting objectives and measures) and the causality path map knowledge creation "
                        + "-> technological innovation -> market application -> new quality productivity.",
                AUTHORS);
        ImplementationPathMap map = Build.id(Build.F.createImplementationPathMap(), "implementationPathMap.strategy");
        map.setName("战略实施路径图 (strategy implementation path map)");
        fw.getImplementationPathMaps().add(map);
        PathStage goals = stage(map, "goal_setting", "多元协同目标设定 (multiple collaborative goal setting)",
                PathStageKind.GOAL_SETTING);
        PathStage resources = stage(map, "resource_evaluation", "资源与条件评估 (resource and condition evaluation)",
                PathStageKind.RESOURCE_EVALUATION);
        PathStage plan = stage(map, "plan", "计划 (plan)", PathStageKind.PLAN);
        PathStage doStage = stage(map, "do", "执行 (do)", PathStageKind.DO);
        PathStage check = stage(map, "check", "检查 (check)", PathStageKind.CHECK);
        PathStage act = stage(map, "act", "处理 (act)", PathStageKind.ACT);
        PathStage feasibility = stage(map, "feasibility", "可行性评估 (feasibility evaluation)",
                PathStageKind.FEASIBILITY_DECISION);
        PathStage implement = stage(map, "implement", "实施 (implement)", PathStageKind.IMPLEMENT);
        PathStage adjust = stage(map, "adjust", "调整目标与措施 (adjust objectives and measures)", PathStageKind.ADJUST);
        transition(map, goals, resources, null);
        transition(map, resources, plan, null);
        transition(map, plan, doStage, null);
        transition(map, doStage, check, null);
        transition(map, check, act, null);
        transition(map, act, feasibility, null);
        transition(map, feasibility, implement, "feasible");
        transition(map, feasibility, adjust, "not feasible");
        transition(map, adjust, goals, null);

        CausalMap causal = Build.id(Build.F.createCausalMap(), "causalMap.nqp");
        causal.setName("因果路径图 (causality path map)");
        fw.getCausalMaps().add(causal);
        String[][] stages = {
            {"knowledge_creation", "知识创造 (knowledge creation)"},
            {"technological_innovation", "技术创新 (technological innovation)"},
            {"market_application", "市场应用 (market application)"},
            {"new_quality_productivity", "新质生产力 (new quality productivity)"},
        };
        CausalStage previous = null;
        for (int i = 0; i < stages.length; i++) {
            CausalStage stage = Build.id(Build.F.createCausalStage(), "causalStage." + stages[i][0]);
            stage.setName(stages[i][1]);
            stage.setOrder(i + 1);
            causal.getStages().add(stage);
            if (previous != null) {
                CausalLink link = Build.id(Build.F.createCausalLink(),
                        "causalLink." + previous.getId().substring("causalStage.".length()) + "_to_" + stages[i][0]);
                link.setSource(previous);
                link.setTarget(stage);
                causal.getLinks().add(link);
            }
            previous = stage;
        }
        return fw;
    }

    private static Index index(Framework fw, String key, String name, String category, String unit,
            IndexDirection direction, String interpretation, String dataSource, Integer year) {
        Index index = Build.id(Build.F.createIndex(), "index." + key);
        index.setName(name);
        index.setCategory(category);
        index.setUnit(unit);
        index.setDirection(direction);
        index.setInterpretation(interpretation);
        index.setDataSourceKind(dataSource);
        index.setYear(year);
        fw.getIndices().add(index);
        return index;
    }

    private static Observation observation(String unit, double value, ObservationPhase phase) {
        Observation observation = Build.F.createObservation();
        observation.setUnit(unit);
        observation.setValue(value);
        observation.setPhase(phase);
        return observation;
    }

    private static void event(Framework fw, String key, String name, String period, String type, String policy,
            String effect, Actor... participants) {
        Event event = Build.id(Build.F.createEvent(), "event." + key);
        event.setName(name);
        event.setPeriod(period);
        event.setEventType(type);
        event.setPolicyBackground(policy);
        event.setEffect(effect);
        event.getParticipants().addAll(List.of(participants));
        fw.getEvents().add(event);
    }

    private static PathStage stage(ImplementationPathMap map, String key, String name, PathStageKind kind) {
        PathStage stage = Build.id(Build.F.createPathStage(), "pathStage." + key);
        stage.setName(name);
        stage.setKind(kind);
        map.getStages().add(stage);
        return stage;
    }

    private static void transition(ImplementationPathMap map, PathStage from, PathStage to, String condition) {
        Transition transition = Build.F.createTransition();
        transition.setId("transition." + from.getId().substring("pathStage.".length()) + "_to_"
                + to.getId().substring("pathStage.".length()));
        transition.setSource(from);
        transition.setTarget(to);
        transition.setCondition(condition);
        map.getTransitions().add(transition);
    }
}
