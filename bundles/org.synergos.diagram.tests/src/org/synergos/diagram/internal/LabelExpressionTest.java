package org.synergos.diagram.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.synergos.model.Construct;
import org.synergos.model.ConstructMode;
import org.synergos.model.Framework;
import org.synergos.model.MediationHypothesis;
import org.synergos.model.SynergosPackage;
import org.synergos.model.helpers.Elements;

class LabelExpressionTest {

    @Test
    void concatenatesFeaturesAndLiteralsAndNavigatesReferences() {
        Framework model = Elements.framework("m");
        Construct x = Elements.construct(model, "X", ConstructMode.REFLECTIVE);
        x.setName("新质生产力");
        Construct m1 = Elements.construct(model, "M1", ConstructMode.REFLECTIVE);
        Construct m2 = Elements.construct(model, "M2", ConstructMode.REFLECTIVE);
        MediationHypothesis h = Elements.mediation(model, "H4", x, x, m1, m2);

        assertEquals("X 新质生产力", LabelExpression.parse("code + \" \" + name").evaluate(x));
        assertEquals("H4 via M1, M2", LabelExpression.parse("label + \" via \" + mediators").evaluate(h));
        assertEquals("X → REFLECTIVE", LabelExpression.parse("source.code+\" → \"+source.mode").evaluate(h));
        assertEquals("say \"hi\"", LabelExpression.parse("\"say \\\"hi\\\"\"").evaluate(x));
        assertEquals("", LabelExpression.parse("description").evaluate(x));
        assertEquals("", LabelExpression.parse("").evaluate(x));
    }

    @Test
    void onlyASingleFeatureIsEditable() {
        assertEquals(Optional.of("name"), LabelExpression.parse(" name ").editableFeature());
        assertEquals(Optional.empty(), LabelExpression.parse("code + name").editableFeature());
        assertEquals(Optional.empty(), LabelExpression.parse("source.code").editableFeature());
        assertEquals(Optional.empty(), LabelExpression.parse("\"x\"").editableFeature());
    }

    @Test
    void syntaxErrorsNameThePosition() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> LabelExpression.parse("code name"));
        assertTrue(e.getMessage().contains("at 6: expected '+'"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> LabelExpression.parse("code +"));
        assertThrows(IllegalArgumentException.class, () -> LabelExpression.parse("\"open"));
        assertThrows(IllegalArgumentException.class, () -> LabelExpression.parse("source."));
    }

    @Test
    void checkFindsMissingFeatures() {
        assertEquals(List.of(), LabelExpression.parse("source.code").check(SynergosPackage.Literals.STRUCTURAL_PATH));
        assertEquals(1, LabelExpression.parse("source.nope").check(SynergosPackage.Literals.STRUCTURAL_PATH).size());
        assertEquals(1, LabelExpression.parse("label.x").check(SynergosPackage.Literals.STRUCTURAL_PATH).size());
    }
}
