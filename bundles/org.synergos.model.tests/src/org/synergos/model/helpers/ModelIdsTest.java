package org.synergos.model.helpers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.synergos.model.Construct;
import org.synergos.model.ConstructMode;
import org.synergos.model.Framework;
import org.synergos.model.Observation;
import org.synergos.model.StructuralPath;
import org.synergos.model.SynergosFactory;
import org.synergos.model.Transition;

class ModelIdsTest {

    @Test
    void idsAreReadableAndDerivedFromCodesLabelsAndNames() {
        Framework fw = Elements.framework("f");
        Construct a = Elements.construct(fw, "NQPF", ConstructMode.REFLECTIVE);
        Construct b = Elements.construct(fw, "CIP", ConstructMode.REFLECTIVE);
        StructuralPath h1 = Elements.path(fw, "H1", a, b);
        StructuralPath unlabelled = Elements.path(fw, null, b, a);
        assertEquals("construct.NQPF", a.getId());
        assertEquals("structuralPath.H1", h1.getId());
        assertEquals("structuralPath.CIP_to_NQPF", unlabelled.getId());
        assertEquals("indicator.NQPF1", Elements.indicator(a, "NQPF1").getId());
    }

    @Test
    void clashesGetASuffixAndChineseNamesStayReadable() {
        Framework fw = Elements.framework("f");
        assertEquals("actor.地方 政府".replace(' ', '_'), Elements.actor(fw, "地方 政府", null).getId());
        assertEquals("actor.地方_政府-2", Elements.actor(fw, "地方 政府", null).getId());
    }

    @Test
    void elementsWithoutKeyGetAUuidAndExistingIdsAreKept() {
        Framework fw = Elements.framework("f");
        Transition transition = SynergosFactory.eINSTANCE.createTransition();
        org.synergos.model.ImplementationPathMap map = SynergosFactory.eINSTANCE.createImplementationPathMap();
        map.getTransitions().add(transition);
        fw.getImplementationPathMaps().add(map);
        map.setId("kept");
        ModelIds.ensureIds(fw);
        assertEquals("kept", map.getId());
        assertTrue(transition.getId().matches("[0-9a-f-]{36}"), transition.getId());
        Observation observation = SynergosFactory.eINSTANCE.createObservation();
        assertTrue(!(observation instanceof org.synergos.model.Identified), "observations need no id");
    }

    @Test
    void slugKeepsLettersDigitsAndSafePunctuation() {
        assertEquals("R_D_investment_10k_yuan", ModelIds.slug("R&D investment (10k yuan)"));
        assertEquals("", ModelIds.slug("  ***  "));
    }
}
