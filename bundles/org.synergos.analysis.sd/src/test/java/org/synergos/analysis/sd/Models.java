package org.synergos.analysis.sd;

import java.util.List;
import java.util.Map;

import org.synergos.analysis.api.AnalysisInput;
import org.synergos.analysis.api.AnalysisResult;
import org.synergos.model.Auxiliary;
import org.synergos.model.Delay;
import org.synergos.model.DelayKind;
import org.synergos.model.Flow;
import org.synergos.model.Framework;
import org.synergos.model.LookupTable;
import org.synergos.model.SimulationParameter;
import org.synergos.model.Stock;
import org.synergos.model.SynergosFactory;
import org.synergos.model.SystemDynamicsModel;
import org.synergos.sdk.testkit.EngineHarness;

/** Small models built in code for error and semantics tests. */
final class Models {

    static final SynergosFactory F = SynergosFactory.eINSTANCE;

    final Framework framework = F.createFramework();
    final SystemDynamicsModel sd = F.createSystemDynamicsModel();

    Models() {
        framework.setId("fw");
        framework.setName("test");
        sd.setId("sd");
        sd.setName("test model");
        sd.setStartTime(0);
        sd.setStopTime(4);
        sd.setTimeStep(1);
        sd.setTimeUnits("year");
        framework.getSystemDynamicsModels().add(sd);
    }

    Stock stock(String name, String initial, String units) {
        Stock s = F.createStock();
        s.setId(name);
        s.setName(name);
        s.setInitialValue(initial);
        s.setUnits(units);
        sd.getStocks().add(s);
        return s;
    }

    Flow flow(String name, String equation, String units, Stock from, Stock to) {
        Flow f = F.createFlow();
        f.setId(name);
        f.setName(name);
        f.setEquation(equation);
        f.setUnits(units);
        f.setFrom(from);
        f.setTo(to);
        sd.getFlows().add(f);
        return f;
    }

    Auxiliary aux(String name, String equation, String units) {
        Auxiliary a = F.createAuxiliary();
        a.setId(name);
        a.setName(name);
        a.setEquation(equation);
        a.setUnits(units);
        sd.getAuxiliaries().add(a);
        return a;
    }

    SimulationParameter parameter(String name, double value, String units) {
        SimulationParameter p = F.createSimulationParameter();
        p.setId(name);
        p.setName(name);
        p.setValue(value);
        p.setUnits(units);
        sd.getParameters().add(p);
        return p;
    }

    LookupTable lookup(String name, List<Double> x, List<Double> y) {
        LookupTable t = F.createLookupTable();
        t.setId(name);
        t.setName(name);
        t.getXValues().addAll(x);
        t.getYValues().addAll(y);
        sd.getLookupTables().add(t);
        return t;
    }

    Delay delay(String name, DelayKind kind, String input, String time, String units) {
        Delay d = F.createDelay();
        d.setId(name);
        d.setName(name);
        d.setKind(kind);
        d.setInput(input);
        d.setDelayTime(time);
        d.setUnits(units);
        sd.getDelays().add(d);
        return d;
    }

    AnalysisResult run(Map<String, String> parameters) throws Exception {
        return EngineHarness.run(new SystemDynamicsEngine(), AnalysisInput.of(framework, null, null), parameters);
    }

    AnalysisResult run() throws Exception {
        return run(Map.of());
    }
}
