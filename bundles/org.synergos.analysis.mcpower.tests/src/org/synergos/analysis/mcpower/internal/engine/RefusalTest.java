package org.synergos.analysis.mcpower.internal.engine;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.synergos.analysis.api.AnalysisException;

/** What the engine cannot honour is refused, naming the element or parameter. */
class RefusalTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "effects=H9=0.3|unknown path code 'H9' (the model's free paths: H1, H2, H3)",
            "effects=H1|'H1' is not CODE=VALUE",
            "effects=H1=big|the value of path 'H1' is 'big'",
            "effects=H1=0.9|not positive definite: the paths into construct 'CIP' explain R²",
            "n=10|parameter 'n' = 10 is too small for the model: a replication needs more cases than the model's 18 indicators (n ≥ 19)",
            "loading=1|parameter 'loading' = 1.0 is invalid",
            "pls-bootstrap=100|parameter 'pls-bootstrap' applies to method=pls-sem only",
            "n-max=500|parameter 'n-max' applies to solve=n only",
            "population=estimates|population=estimates needs a data source bound to the model" })
    void refused(String parameter, String message) throws Exception {
        Map<String, String> parameters = Models.params("population", "reported", "n", "100", "replications", "10");
        String[] kv = parameter.split("=", 2);
        parameters.put(kv[0], kv[1]);
        AnalysisException e = assertThrows(AnalysisException.class,
                () -> Models.run(Models.mediationModel(0.437, 0.616, 0.317), null, parameters));
        assertTrue(e.getMessage().contains(message), e.getMessage());
    }

    @org.junit.jupiter.api.Test
    void aPathWithoutReportedBetaIsNamed() throws Exception {
        org.synergos.model.Framework framework = Models.mediationModel(0.437, 0.616, 0.317);
        framework.getReportedStatistics().removeIf(s -> s.getSubject().getId().equals("structuralPath.H3"));
        AnalysisException e = assertThrows(AnalysisException.class, () -> Models.run(framework, null,
                Models.params("population", "reported", "n", "100", "replications", "10")));
        assertTrue(e.getMessage().startsWith("path H3 (DT → CIP) has no reported statistic 'beta'"), e.getMessage());
        assertTrue("structuralPath.H3".equals(e.elementId()), String.valueOf(e.elementId()));
    }

    @org.junit.jupiter.api.Test
    void aCompositeIsNotACommonFactorPopulation() throws Exception {
        org.synergos.model.Framework framework = Models.mediationModel(0.437, 0.616, 0.317);
        framework.getConstructs().get(1).setMode(org.synergos.model.ConstructMode.COMPOSITE);
        AnalysisException e = assertThrows(AnalysisException.class, () -> Models.run(framework, null,
                Models.params("method", "pls-sem", "population", "reported", "n", "100", "replications", "10")));
        assertTrue(e.getMessage().startsWith("construct DT is a composite"), e.getMessage());
        assertTrue("construct.DT".equals(e.elementId()));
    }

    @org.junit.jupiter.api.Test
    void aLoadingAboveOneIsNotAPopulation() throws Exception {
        org.synergos.model.Framework framework = Models.mediationModel(0.437, 0.616, 0.317);
        Models.reported(framework, framework.getConstructs().get(1).getIndicators().get(0), "loading", 1.2);
        AnalysisException e = assertThrows(AnalysisException.class, () -> Models.run(framework, null,
                Models.params("population", "reported", "n", "100", "replications", "10")));
        assertTrue(e.getMessage().contains("indicator 'DT1' is 1.2: the population is not positive definite"),
                e.getMessage());
    }
}
