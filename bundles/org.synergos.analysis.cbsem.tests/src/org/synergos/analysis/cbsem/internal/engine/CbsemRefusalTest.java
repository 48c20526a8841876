package org.synergos.analysis.cbsem.internal.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.synergos.analysis.api.AnalysisException;
import org.synergos.analysis.api.AnalysisInput;
import org.synergos.analysis.api.AnalysisMonitor;
import org.synergos.analysis.api.AnalysisRequest;
import org.synergos.analysis.api.AnalysisResult;
import org.synergos.analysis.api.Severity;
import org.synergos.analysis.api.Applicability;
import org.synergos.analysis.api.Parameters;
import org.synergos.data.Dataset;
import org.synergos.data.csv.CsvDatasetReader;
import org.synergos.model.Framework;
import org.synergos.model.lavaan.LavaanReader;
import org.synergos.testing.ReferenceResults;

/**
 * What the engine cannot honour is refused with a message naming it, never dropped: the fit would
 * otherwise silently be of another model.
 */
class CbsemRefusalTest {

    private static final String POLDEM = String.join("\n", "ind60 =~ x1 + x2 + x3",
            "dem60 =~ y1 + l2*y2 + y3 + y4", "dem65 =~ y5 + l6*y6 + y7 + y8", "dem60 ~ a*ind60",
            "dem65 ~ ind60 + b*dem60", "y1 ~~ y5", "y2 ~~ y4 + y6", "y3 ~~ y7", "y4 ~~ y8", "y6 ~~ y8");

    @Test
    void inequalityConstraintsAreApplicableButRefusedWithTheBootstrapByName() throws Exception {
        Framework framework = LavaanReader.read(POLDEM + "\nl2 < l6");
        AnalysisInput input = AnalysisInput.of(framework, data("PoliticalDemocracy.csv"), null);
        assertTrue(new CbsemEngine().applicability(input).applicable());
        String bootstrap = refusal(framework, "PoliticalDemocracy.csv", Map.of("bootstrap", "20"));
        assertTrue(bootstrap.contains("'l2 < l6'") && bootstrap.contains("bootstrap"), bootstrap);
    }

    @Test
    void anActiveInequalityIsNotedAndTheScoreTestTablesAreLeftOut() throws Exception {
        // y2's loading is 1.26 unconstrained (lavaan tutorial): 'l2 < 1' holds it at 1
        AnalysisResult result = CbsemConstraintsLavaanTest.run(LavaanReader.read(POLDEM + "\nl2 < 1"),
                data("PoliticalDemocracy.csv"), Map.of());
        assertTrue(result.messages().stream().anyMatch(m -> m.severity() == Severity.INFO
                && m.text().contains("inequality constraints active at the estimates: 'l2 < 1'")), result.messages()
                        .toString());
        assertTrue(result.table("modification-indices").isEmpty(), "no modification indices at an active bound");
        assertEquals(1.0, result.table("parameters").orElseThrow().rows().stream()
                .filter(r -> r.get(0).equals("dem60") && r.get(2).equals("y2")).map(r -> (Double) r.get(3))
                .findFirst().orElseThrow(), 1e-9);
    }

    @Test
    void higherOrderConstructsAreNotApplicableByName() throws Exception {
        Framework framework = LavaanReader.read("f1 =~ x1 + x2 + x3\nf2 =~ y1 + y2 + y3\nh =~ f1 + f2");
        Applicability applicability = new CbsemEngine()
                .applicability(AnalysisInput.of(framework, data("PoliticalDemocracy.csv"), null));
        assertFalse(applicability.applicable());
        assertTrue(applicability.reasons().stream().anyMatch(r -> r.contains("construct h is higher-order")),
                applicability.reasons().toString());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "l2 == 2*l6 | constraint 'l2 == 2*l6' is not supported",
            "l2 == zz | 'zz' is not the label of a parameter",
            "l2 < 2*l6 | constraint 'l2 < 2*l6' is not supported",
            "l2 > zz | constraint 'l2 > zz': 'zz' is not the label of a parameter",
            "ind := a*q | defined parameter 'ind := a*q': 'q' is neither a parameter label",
            "l2 := a*b | 'l2' is already the label of a model parameter" })
    void unsupportedSyntaxIsRefusedByName(String statement, String expected) throws Exception {
        String message = refusal(LavaanReader.read(POLDEM + "\n" + statement), "PoliticalDemocracy.csv", Map.of());
        assertTrue(message.contains(expected), message);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "group=grp; group-equal=loadings,thresholds | group-equal 'thresholds' is not supported",
            "group=grp; group-equal=loadings; group-partial=ind60 =~ y1 | group.partial entry 'ind60 =~ y1' names no parameter",
            "group=grp; group-equal=loadings; group-partial=ind60 ~~ | group.partial entry 'ind60 ~~'",
            "group=grp; group-partial=ind60 =~ x2 | group-partial 'ind60 =~ x2' exempts parameters from group-equal, which is empty",
            "group-equal=loadings | group-equal constrains parameters across groups, but no group column is set",
            "estimator=MLM; missing=fiml | missing = fiml is not allowed with estimator MLM" })
    void unsupportedOptionsAreRefusedByName(String options, String expected) throws Exception {
        Map<String, String> chosen = new java.util.LinkedHashMap<>();
        for (String option : options.split(";")) {
            int eq = option.indexOf('=');
            chosen.put(option.substring(0, eq).trim(), option.substring(eq + 1).trim());
        }
        String message = refusal(LavaanReader.read(POLDEM), "PoliticalDemocracy_grouped.csv", chosen);
        assertTrue(message.contains(expected), message);
    }

    private static String refusal(Framework framework, String dataFile, Map<String, String> options) throws Exception {
        CbsemEngine engine = new CbsemEngine();
        AnalysisRequest request = new AnalysisRequest(AnalysisInput.of(framework, data(dataFile), null),
                Parameters.resolve(engine.descriptor(), options), null);
        return assertThrows(AnalysisException.class, () -> engine.run(request, AnalysisMonitor.silent())).getMessage();
    }

    private static Dataset data(String file) throws Exception {
        return new CsvDatasetReader().read(ReferenceResults.data(file));
    }
}
