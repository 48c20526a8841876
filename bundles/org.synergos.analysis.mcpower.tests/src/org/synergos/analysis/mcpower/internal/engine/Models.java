package org.synergos.analysis.mcpower.internal.engine;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.synergos.analysis.api.AnalysisInput;
import org.synergos.analysis.api.AnalysisMonitor;
import org.synergos.analysis.api.AnalysisRequest;
import org.synergos.analysis.api.AnalysisResult;
import org.synergos.analysis.api.Parameters;
import org.synergos.data.Dataset;
import org.synergos.model.Construct;
import org.synergos.model.Framework;
import org.synergos.model.Indicator;
import org.synergos.model.MediationHypothesis;
import org.synergos.model.ReportedStatistic;
import org.synergos.model.StructuralPath;
import org.synergos.model.SynergosFactory;
import org.synergos.model.io.ModelStore;
import org.synergos.testing.TestResources;

/** Models for the tests, built with the metamodel's factory, and a way to run the engine on them. */
final class Models {

    private Models() {
    }

    /** Paper E's model as the nqpf-smes example holds it (with its reported betas). */
    static Framework nqpfSmes() throws Exception {
        return ModelStore.load(TestResources.path("../../examples/nqpf-smes/model.synergos"));
    }

    /** X → Y, each measured by one indicator x, y (observed-variable regression), path H1 with reported beta. */
    static Framework singlePredictor(double beta) {
        Framework framework = SynergosFactory.eINSTANCE.createFramework();
        framework.setId("framework");
        Construct x = construct(framework, "X", "x");
        Construct y = construct(framework, "Y", "y");
        StructuralPath path = path(framework, "H1", x, y);
        reported(framework, path, "beta", beta);
        return framework;
    }

    static Construct construct(Framework framework, String code, String... columns) {
        Construct construct = SynergosFactory.eINSTANCE.createConstruct();
        construct.setId("construct." + code);
        construct.setCode(code);
        construct.setName(code);
        for (String column : columns) {
            Indicator indicator = SynergosFactory.eINSTANCE.createIndicator();
            indicator.setId("indicator." + column);
            indicator.setCode(column);
            indicator.setName(column);
            indicator.setColumn(column);
            construct.getIndicators().add(indicator);
        }
        framework.getConstructs().add(construct);
        return construct;
    }

    static StructuralPath path(Framework framework, String label, Construct source, Construct target) {
        StructuralPath path = SynergosFactory.eINSTANCE.createStructuralPath();
        path.setId("structuralPath." + label);
        path.setLabel(label);
        path.setSource(source);
        path.setTarget(target);
        framework.getPaths().add(path);
        return path;
    }

    static MediationHypothesis mediation(Framework framework, String label, Construct source, Construct mediator,
            Construct target) {
        MediationHypothesis mediation = SynergosFactory.eINSTANCE.createMediationHypothesis();
        mediation.setId("mediationHypothesis." + label);
        mediation.setLabel(label);
        mediation.setSource(source);
        mediation.getMediators().add(mediator);
        mediation.setTarget(target);
        framework.getMediations().add(mediation);
        return mediation;
    }

    static void reported(Framework framework, org.synergos.model.Identified subject, String statistic, double value) {
        ReportedStatistic s = SynergosFactory.eINSTANCE.createReportedStatistic();
        s.setId("reportedStatistic." + subject.getId() + "." + statistic);
        s.setSubject(subject);
        s.setStatistic(statistic);
        s.setValue(value);
        framework.getReportedStatistics().add(s);
    }

    /** NQPF (9) → DT (5) → CIP (4), NQPF → CIP, mediation H4; betas reported as given. */
    static Framework mediationModel(double a, double b, double c) {
        Framework framework = SynergosFactory.eINSTANCE.createFramework();
        framework.setId("framework");
        Construct nqpf = construct(framework, "NQPF", items("NQ", 9));
        Construct dt = construct(framework, "DT", items("DT", 5));
        Construct cip = construct(framework, "CIP", items("CIP", 4));
        reported(framework, path(framework, "H1", nqpf, cip), "beta", c);
        reported(framework, path(framework, "H2", nqpf, dt), "beta", a);
        reported(framework, path(framework, "H3", dt, cip), "beta", b);
        mediation(framework, "H4", nqpf, dt, cip);
        return framework;
    }

    static String[] items(String prefix, int count) {
        String[] out = new String[count];
        for (int i = 0; i < count; i++) {
            out[i] = prefix + (i + 1);
        }
        return out;
    }

    static AnalysisResult run(Framework framework, Dataset data, Map<String, String> parameters) throws Exception {
        return run(framework, data, parameters, AnalysisMonitor.silent());
    }

    static AnalysisResult run(Framework framework, Dataset data, Map<String, String> parameters,
            AnalysisMonitor monitor) throws Exception {
        MonteCarloPowerEngine engine = new MonteCarloPowerEngine();
        AnalysisInput input = AnalysisInput.of(framework, data, null);
        return engine.run(new AnalysisRequest(input, Parameters.resolve(engine.descriptor(), parameters), null),
                monitor);
    }

    static Map<String, String> params(String... keyValues) {
        Map<String, String> out = new LinkedHashMap<>();
        for (int i = 0; i < keyValues.length; i += 2) {
            out.put(keyValues[i], keyValues[i + 1]);
        }
        return out;
    }

    static List<String> unused() {
        return List.of();
    }
}
