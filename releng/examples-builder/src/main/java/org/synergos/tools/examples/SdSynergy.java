package org.synergos.tools.examples;

import java.util.List;

import org.synergos.model.Auxiliary;
import org.synergos.model.Delay;
import org.synergos.model.DelayKind;
import org.synergos.model.Flow;
import org.synergos.model.Framework;
import org.synergos.model.IntegrationMethod;
import org.synergos.model.LookupTable;
import org.synergos.model.ParameterOverride;
import org.synergos.model.Scenario;
import org.synergos.model.SdVariable;
import org.synergos.model.SimulationParameter;
import org.synergos.model.Stock;
import org.synergos.model.SystemDynamicsModel;

/**
 * examples/sd-synergy: paper A simulates the synergy effect of collaborative innovation under changed
 * parameters by system dynamics. Government, university and enterprise investment stocks feed a knowledge
 * stock through a production function whose synergy multiplier grows with the balance of the three
 * investments ("1+1+1>3"); knowledge reaches the market through a third-order transfer delay and,
 * perceived with a first-order smooth, earns revenue that enterprises reinvest. All parameters are
 * ILLUSTRATIVE (chosen to be plausible, not estimated from paper A, which publishes none); the observed
 * series is ILLUSTRATIVE too. The equations equal the engine's test case cases/synergy, checked against
 * deSolve.
 */
final class SdSynergy {

    private SdSynergy() {
    }

    static Framework build() {
        Framework fw = Build.framework("协同创新协同效应系统动力学仿真 (synergy of collaborative innovation, paper A)",
                "System dynamics model of the synergy effect of government–university–enterprise collaborative"
                        + " innovation (paper A, Liang & Liang). ILLUSTRATIVE parameters and ILLUSTRATIVE observed"
                        + " data: the structure follows paper A's causality path (investment → knowledge creation →"
                        + " technology transfer → market application); the numbers are not the paper's.",
                List.of("Liang & Liang"));
        SystemDynamicsModel sd = Build.id(Build.F.createSystemDynamicsModel(), "sd");
        sd.setName("collaborative innovation synergy");
        sd.setDescription("ILLUSTRATIVE parameters; million yuan (myuan), knowledge units (ku), years");
        sd.setStartTime(2015);
        sd.setStopTime(2035);
        sd.setTimeStep(0.25);
        sd.setMethod(IntegrationMethod.RK4);
        sd.setTimeUnits("year");
        sd.setTimeColumn("year");
        fw.getSystemDynamicsModels().add(sd);
        Object[][] parameters = { { "G0", 120, "myuan", "initial government investment stock" },
                { "U0", 60, "myuan", "initial university investment stock" },
                { "E0", 200, "myuan", "initial enterprise investment stock" }, { "K0", 50, "ku", "initial knowledge stock" },
                { "G_ref", 120, "myuan", "reference government stock" }, { "U_ref", 60, "myuan", "reference university stock" },
                { "E_ref", 200, "myuan", "reference enterprise stock" },
                { "gov_base", 30, "myuan/year", "government R&D funding per year" },
                { "uni_base", 12, "myuan/year", "university R&D funding per year" },
                { "policy_support", 0.2, "1", "relative increase of public funding from the policy year" },
                { "policy_year", 2020, "year", "year the collaborative-innovation policy starts" },
                { "capital_life", 8, "year", "average life of invested R&D capital" },
                { "knowledge_life", 12, "year", "average life of knowledge before obsolescence" },
                { "creation_scale", 10, "ku/year", "knowledge creation at the reference stocks without synergy" },
                { "alpha", 0.3, "1", "elasticity of knowledge creation to government investment" },
                { "beta", 0.3, "1", "elasticity to university investment" },
                { "gamma", 0.4, "1", "elasticity to enterprise investment" },
                { "synergy_strength", 0.5, "1", "largest extra creation from balanced collaboration" },
                { "revenue_per_knowledge", 2.5, "myuan/(ku*year)", "market revenue per perceived knowledge unit" },
                { "reinvest_rate", 0.3, "1", "share of revenue enterprises reinvest in R&D" },
                { "transfer_delay", 3, "year", "average technology-transfer time (third-order delay)" },
                { "perception_time", 2, "year", "time for the market to perceive new knowledge" },
                { "K_ref", 50, "ku", "reference knowledge stock of the NQP index" } };
        for (Object[] p : parameters) {
            SimulationParameter parameter = named(Build.F.createSimulationParameter(), (String) p[0], (String) p[2],
                    (String) p[3]);
            parameter.setValue(((Number) p[1]).doubleValue());
            sd.getParameters().add(parameter);
        }
        Stock g = stock(sd, "Government_investment", "G0", "myuan", "R&D capital invested by government");
        Stock u = stock(sd, "University_investment", "U0", "myuan", "R&D capital invested by universities");
        Stock e = stock(sd, "Enterprise_investment", "E0", "myuan", "R&D capital invested by enterprises");
        Stock k = stock(sd, "Knowledge", "K0", "ku", "knowledge stock of the collaboration");
        k.setObservedColumn("knowledge_observed");
        flow(sd, "gov_investing", "gov_base * (1 + policy_support * STEP(1, policy_year))", "myuan/year", null, g);
        flow(sd, "gov_depreciation", "Government_investment / capital_life", "myuan/year", g, null);
        flow(sd, "uni_investing", "IF THEN ELSE(TIME >= policy_year, uni_base * (1 + policy_support), uni_base)",
                "myuan/year", null, u);
        flow(sd, "uni_depreciation", "University_investment / capital_life", "myuan/year", u, null);
        flow(sd, "ent_investing", "reinvest_rate * revenue", "myuan/year", null, e);
        flow(sd, "ent_depreciation", "Enterprise_investment / capital_life", "myuan/year", e, null);
        flow(sd, "knowledge_creation", "creation_scale * g^alpha * u^beta * e^gamma * synergy_effect", "ku/year", null, k);
        flow(sd, "obsolescence", "Knowledge / knowledge_life", "ku/year", k, null);
        aux(sd, "g", "Government_investment / G_ref", "relative government investment");
        aux(sd, "u", "University_investment / U_ref", "relative university investment");
        aux(sd, "e", "Enterprise_investment / E_ref", "relative enterprise investment");
        aux(sd, "balance", "MIN(g, u, e) / MAX(g, u, e)", "balance of the three investments (1 = equal)");
        aux(sd, "synergy_effect", "1 + synergy_strength * synergy_curve(balance)", "synergy multiplier (1+1+1>3)");
        aux(sd, "revenue", "revenue_per_knowledge * perceived_knowledge", "market revenue").setUnits("myuan/year");
        aux(sd, "nqp_index", "LN(1 + Knowledge / K_ref) * SQRT(g * e) * EXP(-0.1 * (1 - balance))",
                "new quality productivity index (illustrative)");
        LookupTable curve = named(Build.F.createLookupTable(), "synergy_curve", "1",
                "synergy multiplier's share by the balance of the investments");
        curve.setInputUnits("1");
        curve.getXValues().addAll(List.of(0.0, 0.2, 0.4, 0.6, 0.8, 1.0));
        curve.getYValues().addAll(List.of(0.0, 0.1, 0.35, 0.7, 0.9, 1.0));
        sd.getLookupTables().add(curve);
        delay(sd, "commercialised", DelayKind.DELAY3, "knowledge_creation", "transfer_delay", "ku/year",
                "knowledge reaching market application (technology transfer)");
        delay(sd, "perceived_knowledge", DelayKind.SMOOTH, "Knowledge", "perception_time", "ku",
                "knowledge as the market perceives it");
        scenario(sd, "no_synergy", "no synergy", "synergy_strength", 0);
        scenario(sd, "strong_policy", "strong policy", "policy_support", 0.5);
        var data = Build.csv(fw, "ILLUSTRATIVE observed knowledge stock 2015–2024 (not real data)", "observed.csv");
        Build.analysis(fw, "system_dynamics", "System dynamics: synergy of collaborative innovation (ILLUSTRATIVE)",
                "system-dynamics", data);
        return fw;
    }

    private static <T extends SdVariable> T named(T element, String name, String units, String description) {
        Build.id(element, "sd." + name);
        element.setName(name);
        element.setUnits(units);
        element.setDescription(description);
        return element;
    }

    private static Stock stock(SystemDynamicsModel sd, String name, String initial, String units, String description) {
        Stock stock = named(Build.F.createStock(), name, units, description);
        stock.setInitialValue(initial);
        sd.getStocks().add(stock);
        return stock;
    }

    private static Flow flow(SystemDynamicsModel sd, String name, String equation, String units, Stock from, Stock to) {
        Flow flow = named(Build.F.createFlow(), name, units, null);
        flow.setEquation(equation);
        flow.setFrom(from);
        flow.setTo(to);
        sd.getFlows().add(flow);
        return flow;
    }

    private static Auxiliary aux(SystemDynamicsModel sd, String name, String equation, String description) {
        Auxiliary aux = named(Build.F.createAuxiliary(), name, "1", description);
        aux.setEquation(equation);
        sd.getAuxiliaries().add(aux);
        return aux;
    }

    private static void delay(SystemDynamicsModel sd, String name, DelayKind kind, String input, String time,
            String units, String description) {
        Delay delay = named(Build.F.createDelay(), name, units, description);
        delay.setKind(kind);
        delay.setInput(input);
        delay.setDelayTime(time);
        sd.getDelays().add(delay);
    }

    private static void scenario(SystemDynamicsModel sd, String id, String name, String parameter, double value) {
        Scenario scenario = Build.id(Build.F.createScenario(), "sd.scenario." + id);
        scenario.setName(name);
        ParameterOverride override = Build.id(Build.F.createParameterOverride(), "sd.scenario." + id + "." + parameter);
        override.setParameter(sd.getParameters().stream().filter(p -> p.getName().equals(parameter)).findFirst()
                .orElseThrow());
        override.setValue(value);
        scenario.getOverrides().add(override);
        sd.getScenarios().add(scenario);
    }
}
