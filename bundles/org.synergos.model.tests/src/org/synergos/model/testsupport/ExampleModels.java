package org.synergos.model.testsupport;

import org.synergos.model.Actor;
import org.synergos.model.ActorKind;
import org.synergos.model.AnalysisConfiguration;
import org.synergos.model.CausalLink;
import org.synergos.model.CausalMap;
import org.synergos.model.CausalStage;
import org.synergos.model.Collaboration;
import org.synergos.model.CollaborationKind;
import org.synergos.model.Construct;
import org.synergos.model.ConstructMode;
import org.synergos.model.DataSource;
import org.synergos.model.DefinedParameter;
import org.synergos.model.Event;
import org.synergos.model.ExpectedSign;
import org.synergos.model.Framework;
import org.synergos.model.ImplementationPathMap;
import org.synergos.model.Index;
import org.synergos.model.IndexDirection;
import org.synergos.model.Indicator;
import org.synergos.model.ModerationHypothesis;
import org.synergos.model.Observation;
import org.synergos.model.ObservationPhase;
import org.synergos.model.Parameter;
import org.synergos.model.PathStage;
import org.synergos.model.PathStageKind;
import org.synergos.model.Problem;
import org.synergos.model.ProductionFactor;
import org.synergos.model.ProductionFunction;
import org.synergos.model.ReportedStatistic;
import org.synergos.model.RevenueShare;
import org.synergos.model.Scale;
import org.synergos.model.Strategy;
import org.synergos.model.StrategyKind;
import org.synergos.model.StructuralPath;
import org.synergos.model.SummaryStatistics;
import org.synergos.model.SynergosFactory;
import org.synergos.model.Transition;
import org.synergos.model.Weighting;
import org.synergos.model.helpers.Elements;
import org.synergos.model.helpers.ModelIds;

/**
 * The small example study used by the tests: paper E's PLS-SEM model (NQPF -> DT -> CIP, H1-H4) with
 * context from paper A (actors, collaborations, events of Table 4, indices of Tables 1-2, causal and
 * implementation path maps). Numbers are the papers' as quoted in docs/domain.md.
 */
public final class ExampleModels {

    private static final SynergosFactory F = SynergosFactory.eINSTANCE;

    private ExampleModels() {
    }

    public static Framework smeStudy() {
        Framework fw = Elements.framework("新质生产力驱动中小企业协同创新绩效");
        fw.setDescription("How new quality productive forces drive SMEs' collaborative innovation performance (paper E)");
        fw.getAuthors().addAll(java.util.List.of("Gao", "Yu", "Liu", "Xiao"));
        fw.getLanguages().addAll(java.util.List.of("zh", "en"));

        Actor government = Elements.actor(fw, "地方政府", ActorKind.GOVERNMENT);
        government.getRoles().addAll(java.util.List.of("helmsman", "ecological architect"));
        government.getResponsibilities().addAll(java.util.List.of("policy", "resource allocation", "supervision"));
        Actor university = Elements.actor(fw, "地方高校", ActorKind.UNIVERSITY);
        university.setSubkind("local university");
        university.getRoles().add("knowledge and talent creation");
        Actor sme = Elements.actor(fw, "科技型中小企业", ActorKind.ENTERPRISE);
        sme.setSubkind("SME");
        Actor chainOwner = Elements.actor(fw, "链主企业", ActorKind.ENTERPRISE);
        chainOwner.setSubkind("chain-owner");
        Actor broker = Elements.actor(fw, "技术经纪人", ActorKind.INTERMEDIARY);
        broker.setSubkind("technology broker");
        Actor bank = Elements.actor(fw, "科技银行", ActorKind.FINANCIAL_INSTITUTION);
        Actor market = Elements.actor(fw, "市场机构", ActorKind.MARKET);

        Collaboration jointRd = Elements.collaboration(fw, "产学研联合研发", CollaborationKind.JOINT_RD, sme, university);
        jointRd.getParticipants().add(chainOwner);
        jointRd.getRevenueShares().add(share(sme, null, 50));
        jointRd.getRevenueShares().add(share(null, "research teams", 30));
        jointRd.getRevenueShares().add(share(university, null, 20));
        Elements.collaboration(fw, "技术转移", CollaborationKind.TECHNOLOGY_TRANSFER, university, sme)
                .getParticipants().add(broker);
        Elements.collaboration(fw, "科技金融", CollaborationKind.FUNDING, bank, sme);

        Construct nqpf = construct(fw, "NQPF", "新质生产力 (new quality productive forces)", 9, "technology");
        Construct dt = construct(fw, "DT", "数字化转型 (digital transformation)", 5, "factor");
        Construct cip = construct(fw, "CIP", "协同创新绩效 (collaborative innovation performance)", 4, "industry");
        StructuralPath h1 = Elements.path(fw, "H1", nqpf, cip);
        h1.setExpectedSign(ExpectedSign.POSITIVE);
        StructuralPath h2 = Elements.path(fw, "H2", nqpf, dt);
        h2.setExpectedSign(ExpectedSign.POSITIVE);
        h2.setParameterLabel("a");
        StructuralPath h3 = Elements.path(fw, "H3", dt, cip);
        h3.setExpectedSign(ExpectedSign.POSITIVE);
        h3.setParameterLabel("b");
        Elements.mediation(fw, "H4", nqpf, cip, dt).setExpectedSign(ExpectedSign.POSITIVE);
        DefinedParameter indirect = F.createDefinedParameter();
        indirect.setName("indirect");
        indirect.setExpression("a*b");
        indirect.setDescription("H4 indirect effect NQPF -> DT -> CIP");
        fw.getDefinedParameters().add(indirect);

        DataSource survey = Elements.csvDataSource(fw, "SME survey (synthetic sample)", "sme_survey.csv");
        survey.getMissingValueCodes().add("NA");
        AnalysisConfiguration pls = F.createAnalysisConfiguration();
        pls.setName("PLS-SEM with bootstrap");
        pls.setEngineId("pls");
        pls.setDataSource(survey);
        pls.getParameters().add(parameter("bootstrap", "5000"));
        pls.getParameters().add(parameter("seed", "123"));
        fw.getAnalyses().add(pls);

        causalMap(fw);
        events(fw, government, university, sme, market, nqpf);
        indices(fw, cip);
        implementationPath(fw);
        problemsAndStrategies(fw, government, university, sme);
        productionFunction(fw, nqpf, dt, cip);

        ReportedStatistic beta = F.createReportedStatistic();
        beta.setSubject(h1);
        beta.setStatistic("beta");
        beta.setValue(0.317);
        beta.setSource("paper E, structural model results");
        fw.getReportedStatistics().add(beta);

        ModelIds.ensureIds(fw);
        return fw;
    }

    /** {@link #smeStudy()} plus a moderation hypothesis (not part of paper E). */
    public static Framework smeStudyWithModeration() {
        Framework fw = smeStudy();
        Construct dt = fw.getConstructs().get(1);
        ModerationHypothesis moderation = F.createModerationHypothesis();
        moderation.setLabel("H5");
        moderation.setPredictor(fw.getConstructs().get(0));
        moderation.setModerator(dt);
        moderation.setTarget(fw.getConstructs().get(2));
        fw.getModerations().add(moderation);
        ModelIds.ensureIds(fw);
        return fw;
    }

    private static Construct construct(Framework fw, String code, String name, int items, String dimension) {
        Construct construct = Elements.construct(fw, code, ConstructMode.REFLECTIVE);
        construct.setName(name);
        construct.setWeighting(Weighting.MODE_A);
        construct.setDimensionCategory(dimension);
        for (int i = 1; i <= items; i++) {
            Indicator indicator = Elements.indicator(construct, code + i);
            indicator.setItemText(name + " item " + i);
            Scale scale = F.createScale();
            scale.setPoints(7);
            scale.setLabel("7-point Likert");
            scale.setMin(1.0);
            scale.setMax(7.0);
            indicator.setScale(scale);
        }
        return construct;
    }

    private static RevenueShare share(Actor actor, String party, double percent) {
        RevenueShare share = F.createRevenueShare();
        share.setActor(actor);
        share.setParty(party);
        share.setPercent(percent);
        return share;
    }

    private static Parameter parameter(String key, String value) {
        Parameter parameter = F.createParameter();
        parameter.setKey(key);
        parameter.setValue(value);
        return parameter;
    }

    private static void causalMap(Framework fw) {
        CausalMap map = F.createCausalMap();
        map.setName("因果路径图 (paper A, Fig. 3)");
        String[] stages = {"knowledge creation", "technological innovation", "market application",
            "new quality productivity"};
        CausalStage previous = null;
        for (int i = 0; i < stages.length; i++) {
            CausalStage stage = F.createCausalStage();
            stage.setName(stages[i]);
            stage.setOrder(i + 1);
            map.getStages().add(stage);
            if (previous != null) {
                CausalLink link = F.createCausalLink();
                link.setSource(previous);
                link.setTarget(stage);
                map.getLinks().add(link);
            }
            previous = stage;
        }
        fw.getCausalMaps().add(map);
    }

    private static void events(Framework fw, Actor government, Actor university, Actor sme, Actor market,
            Construct nqpf) {
        Event conference = event(fw, "知识共享会议", "Q1 2023", "government policy support",
                "increases willingness to cooperate");
        conference.getParticipants().addAll(java.util.List.of(sme, university));
        conference.getConstructs().add(nqpf);
        Event agreement = event(fw, "技术转移协议签署", "Q2 2023", "new technology promotion policy",
                "promotes technology application");
        agreement.getParticipants().add(sme);
        agreement.getParticipantLabels().add("research institutions");
        Event launch = event(fw, "创新产品上市", "2023年第三季度", "market access policy optimization",
                "expands market influence");
        launch.getParticipants().addAll(java.util.List.of(sme, market));
        launch.getParticipantLabels().add("market institutions");
        launch.setEventType("market");
        conference.setEventType("knowledge sharing");
        agreement.setEventType("technology transfer");
    }

    private static Event event(Framework fw, String name, String period, String policy, String effect) {
        Event event = F.createEvent();
        event.setName(name);
        event.setPeriod(period);
        event.setPolicyBackground(policy);
        event.setEffect(effect);
        fw.getEvents().add(event);
        return event;
    }

    private static void indices(Framework fw, Construct cip) {
        Index enterprises = index(fw, "organization & cooperation", "number of cooperative enterprises", "count",
                "industry database", IndexDirection.HIGHER_IS_BETTER);
        enterprises.setSummary(summary(186.7, 32.4, 250, 120));
        enterprises.setConstruct(cip);
        Index disputes = index(fw, "policy", "legal dispute rate", "%", "judicial statistics",
                IndexDirection.LOWER_IS_BETTER);
        disputes.setSummary(summary(7.3, 2.1, 12, 5));
        Index rdInvestment = index(fw, "R&D level", "R&D investment", "10k yuan", "financial statement",
                IndexDirection.HIGHER_IS_BETTER);
        rdInvestment.getObservations().add(observation("case enterprise", "2022", 750000, ObservationPhase.BEFORE));
        rdInvestment.getObservations().add(observation("case enterprise", "2023", 1050000, ObservationPhase.AFTER));
        Index cycle = index(fw, "market", "new product development cycle", "month", "internal record",
                IndexDirection.LOWER_IS_BETTER);
        cycle.getObservations().add(observation("case enterprise", "2022", 18, ObservationPhase.BEFORE));
        cycle.getObservations().add(observation("case enterprise", "2023", 12, ObservationPhase.AFTER));
    }

    private static Index index(Framework fw, String category, String name, String unit, String source,
            IndexDirection direction) {
        Index index = F.createIndex();
        index.setCategory(category);
        index.setName(name);
        index.setUnit(unit);
        index.setDataSourceKind(source);
        index.setYear(2023);
        index.setDirection(direction);
        index.setInterpretation(name + " (" + unit + ")");
        fw.getIndices().add(index);
        return index;
    }

    private static SummaryStatistics summary(double mean, double sd, double max, double min) {
        SummaryStatistics summary = F.createSummaryStatistics();
        summary.setMean(mean);
        summary.setSd(sd);
        summary.setMax(max);
        summary.setMin(min);
        return summary;
    }

    private static Observation observation(String unit, String period, double value, ObservationPhase phase) {
        Observation observation = F.createObservation();
        observation.setUnit(unit);
        observation.setPeriod(period);
        observation.setValue(value);
        observation.setPhase(phase);
        return observation;
    }

    private static void implementationPath(Framework fw) {
        ImplementationPathMap map = F.createImplementationPathMap();
        map.setName("实施路径图 (paper A)");
        PathStage goals = stage(map, "multiple collaborative goal-setting", PathStageKind.GOAL_SETTING);
        PathStage resources = stage(map, "resource and condition evaluation", PathStageKind.RESOURCE_EVALUATION);
        PathStage plan = stage(map, "plan", PathStageKind.PLAN);
        PathStage doStage = stage(map, "do", PathStageKind.DO);
        PathStage check = stage(map, "check", PathStageKind.CHECK);
        PathStage act = stage(map, "act", PathStageKind.ACT);
        PathStage feasibility = stage(map, "feasibility evaluation", PathStageKind.FEASIBILITY_DECISION);
        PathStage launch = stage(map, "launch", PathStageKind.IMPLEMENT);
        PathStage adjust = stage(map, "adjust objectives and measures", PathStageKind.ADJUST);
        transition(map, goals, resources, null);
        transition(map, resources, plan, null);
        transition(map, plan, doStage, null);
        transition(map, doStage, check, null);
        transition(map, check, act, null);
        transition(map, act, feasibility, null);
        transition(map, feasibility, launch, "feasible");
        transition(map, feasibility, adjust, "not feasible");
        transition(map, adjust, goals, null);
        fw.getImplementationPathMaps().add(map);
    }

    private static PathStage stage(ImplementationPathMap map, String name, PathStageKind kind) {
        PathStage stage = F.createPathStage();
        stage.setName(name);
        stage.setKind(kind);
        map.getStages().add(stage);
        return stage;
    }

    private static void transition(ImplementationPathMap map, PathStage from, PathStage to, String condition) {
        Transition transition = F.createTransition();
        transition.setSource(from);
        transition.setTarget(to);
        transition.setCondition(condition);
        map.getTransitions().add(transition);
    }

    private static void problemsAndStrategies(Framework fw, Actor government, Actor university, Actor sme) {
        Problem gap = F.createProblem();
        gap.setName("科研成果与产业需求脱节");
        gap.setCategory("university-industry mismatch");
        gap.getActors().addAll(java.util.List.of(university, sme));
        fw.getProblems().add(gap);
        Strategy platform = F.createStrategy();
        platform.setName("共建中试平台");
        platform.setKind(StrategyKind.ECOLOGICAL_COORDINATION);
        platform.getAddresses().add(gap);
        platform.getActors().addAll(java.util.List.of(government, university, sme));
        fw.getStrategies().add(platform);
    }

    private static void productionFunction(Framework fw, Construct nqpf, Construct dt, Construct cip) {
        ProductionFunction function = F.createProductionFunction();
        function.setName("new quality productivity production function");
        function.setOutput("P");
        function.setExpression("f(C, R, T, I)");
        String[][] factors = {{"C", "collaborative"}, {"R", "resources"}, {"T", "technology"}, {"I", "innovation"}};
        for (String[] f : factors) {
            ProductionFactor factor = F.createProductionFactor();
            factor.setSymbol(f[0]);
            factor.setName(f[1]);
            function.getFactors().add(factor);
        }
        function.getFactors().get(0).getConstructs().add(cip);
        function.getFactors().get(2).getConstructs().add(dt);
        function.getFactors().get(3).getConstructs().add(nqpf);
        fw.getProductionFunctions().add(function);
    }
}
