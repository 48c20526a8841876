package org.synergos.model.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.Diagnostician;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.synergos.model.Framework;
import org.synergos.model.io.ModelStore;
import org.synergos.model.io.SynergosResources;
import org.synergos.model.testsupport.ExampleModels;
import org.synergos.model.testsupport.TestResources;

/** Each damaged model is reported by exactly its rule, naming the element, its line and the fix. */
class SynergosValidatorTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "self-loop                   | PATH_SELF_LOOP               | structural path 'H1' (A -> A) (line 12): leads from construct 'A' to itself",
        "cycle                       | STRUCTURAL_CYCLE             | structural path 'H1' (A -> B) (line 12): the structural model has the cycle A -> B -> C -> A",
        "mediator-off-path           | MEDIATOR_OFF_PATH            | mediation hypothesis 'H3' (line 14): mediators are not on declared paths: the chain A -> B -> C lacks the path B -> C",
        "construct-without-indicators| CONSTRUCT_WITHOUT_INDICATORS | construct 'D' (line 12): has no indicators and no dimensions",
        "bad-event-period            | EVENT_PERIOD_INVALID         | event 'Product launch' (line 12): period 'Q5 2023' has an unknown form",
        "collaboration-self          | COLLABORATION_SELF           | collaboration 'Self transfer' (line 13): connects actor 'University' with itself",
        "revenue-shares              | REVENUE_SHARES_SUM           | collaboration 'Joint R&D' (line 14): revenue shares add up to 80% instead of 100%",
        "duplicate-actor-names       | DUPLICATE_ACTOR_NAME         | actor 'University' (line 13): name 'University' is also used by actor 'University' (line 12)",
        "duplicate-ids               | DUPLICATE_ID                 | construct 'D' (line 12): id 'construct.A' is also the id of construct 'A' (line 3)",
        "unbound-column              | INDICATOR_COLUMN_MISSING     | indicator 'D1' (line 13): column 'D_one' is not in data source 'data' ('data.csv' has columns: A1, B1, C1)",
        "missing-data-file           | DATA_FILE_MISSING            | data source 'data' (line 12): data file 'nowhere/data.csv' does not exist",
        "path-escapes-workspace      | DATA_PATH_OUTSIDE_WORKSPACE  | data source 'data' (line 12): path '../../../../secret.csv' leaves the model's folder",
        "absolute-data-path          | DATA_PATH_OUTSIDE_WORKSPACE  | data source 'data' (line 12): path '/etc/passwd' is absolute",
        "xlsx-not-checked            | DATA_NOT_CHECKED             | data source 'data' (line 12): indicator columns were not checked against XLSX data",
    })
    void reportsTheRuleWithElementLineAndFix(String model, ValidationRule rule, String expected) throws Exception {
        Diagnostic result = validate(model);
        List<Diagnostic> findings = SynergosValidation.findings(result, rule);
        assertEquals(1, findings.size(), () -> result.getChildren().toString());
        Diagnostic finding = findings.get(0);
        assertTrue(finding.getMessage().startsWith(expected), finding.getMessage());
        assertTrue(finding.getMessage().contains(". Fix: "), finding.getMessage());
        assertEquals(rule.severity(), finding.getSeverity());
        assertEquals(SynergosValidation.SOURCE, finding.getSource());
        assertTrue(finding.getData().get(0) instanceof EObject);
        assertEquals(rule, finding.getData().get(1));
        assertEquals(1, result.getChildren().size(), () -> "only this rule fires: " + result.getChildren());
    }

    @Test
    void duplicateCodesAndLabelsAreEachReported() throws Exception {
        Diagnostic result = validate("duplicate-codes");
        assertTrue(first(result, ValidationRule.DUPLICATE_CONSTRUCT_CODE)
                .startsWith("construct 'A' (line 12): code 'A' is also used by construct 'A' (line 3)"));
        assertTrue(first(result, ValidationRule.DUPLICATE_INDICATOR_CODE)
                .startsWith("indicator 'A1' (line 13): code 'A1' is also used by indicator 'A1' (line 4)"));
        assertTrue(first(result, ValidationRule.DUPLICATE_HYPOTHESIS_LABEL)
                .startsWith("structural path 'H1' (B -> C) (line 16): label 'H1' is also used by structural path 'H1' (A -> B) (line 15)"));
    }

    @Test
    void indexRulesWarn() throws Exception {
        Diagnostic result = validate("index-checks");
        assertEquals(Diagnostic.WARNING, result.getSeverity());
        assertTrue(first(result, ValidationRule.INDEX_DIRECTION_UNSET).startsWith("index 'R&D investment' (line 12)"));
        assertTrue(first(result, ValidationRule.OBSERVATIONS_UNPAIRED)
                .contains("unit 'firm 2' has 1 BEFORE and 0 AFTER observations"));
    }

    @Test
    void validModelsHaveNoFindings() throws Exception {
        assertEquals(Diagnostic.OK, validate("valid").getSeverity());
        assertEquals(Diagnostic.OK, SynergosValidation.validate(ModelStore.load(
                TestResources.file("examples/sme_nqpf.synergos"))).getSeverity());
    }

    @Test
    void unsavedModelsSkipDataChecksWithAnInfo() {
        Diagnostic result = SynergosValidation.validate(ExampleModels.smeStudy());
        assertEquals(Diagnostic.INFO, result.getSeverity(), result.getChildren().toString());
        assertTrue(first(result, ValidationRule.DATA_NOT_CHECKED).contains("not stored in a file"));
    }

    @Test
    void globalRegistrationServesThePlainDiagnostician() throws Exception {
        SynergosResources.registerGlobally();
        Framework cycle = ModelStore.load(brokenFile("cycle"));
        Diagnostic result = Diagnostician.INSTANCE.validate(cycle);
        assertEquals(Diagnostic.ERROR, result.getSeverity());
        assertEquals(1, SynergosValidation.findings(result, ValidationRule.STRUCTURAL_CYCLE).size());
    }

    @Test
    void ruleCodesAreUniqueAndStable() {
        assertEquals(42, ValidationRule.STRUCTURAL_CYCLE.code());
        assertEquals("SYN-042", ValidationRule.STRUCTURAL_CYCLE.id());
        assertEquals(ValidationRule.values().length,
                java.util.Arrays.stream(ValidationRule.values()).mapToInt(ValidationRule::code).distinct().count());
        assertEquals(ValidationRule.MEDIATOR_OFF_PATH, ValidationRule.ofCode(43));
    }

    private static Diagnostic validate(String name) throws Exception {
        return SynergosValidation.validate(ModelStore.load(brokenFile(name)));
    }

    private static Path brokenFile(String name) {
        return TestResources.file("broken/validation/" + name + ".synergos");
    }

    private static String first(Diagnostic result, ValidationRule rule) {
        List<Diagnostic> findings = SynergosValidation.findings(result, rule);
        assertTrue(!findings.isEmpty(), rule + " expected in " + result.getChildren());
        return findings.get(0).getMessage();
    }
}
