package org.synergos.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EClassifier;
import org.eclipse.emf.ecore.EEnum;
import org.junit.jupiter.api.Test;

/** The metamodel can express every concept of docs/domain.md. */
class SynergosPackageTest {

    private final SynergosPackage pkg = SynergosPackage.eINSTANCE;

    @Test
    void packageIdentity() {
        assertEquals("model", pkg.getName());
        assertEquals("http://synergos.org/model/1.0", pkg.getNsURI());
        assertEquals("synergos", pkg.getNsPrefix());
    }

    @Test
    void everyDomainConceptHasAClass() {
        for (String name : List.of("Framework", "Actor", "Collaboration", "RevenueShare", "Construct", "Indicator",
                "Scale", "StructuralPath", "MediationHypothesis", "ModerationHypothesis", "Covariance",
                "DefinedParameter", "ParameterConstraint", "CausalMap", "CausalStage", "CausalLink", "Event", "Index",
                "Observation", "SummaryStatistics", "ImplementationPathMap", "PathStage", "Transition", "DataSource",
                "ColumnMapping", "AnalysisConfiguration", "Parameter", "Problem", "Strategy", "ProductionFunction",
                "ProductionFactor", "ReportedStatistic", "SystemDynamicsModel", "SdVariable", "Stock", "Flow", "Auxiliary",
                "SimulationParameter", "LookupTable", "Delay", "Scenario", "ParameterOverride")) {
            assertNotNull(pkg.getEClassifier(name), name);
        }
    }

    @Test
    void referencedElementsHaveAnIdAttribute() {
        for (EClassifier classifier : pkg.getEClassifiers()) {
            if (classifier instanceof EClass eClass && pkg.getIdentified().isSuperTypeOf(eClass)) {
                EAttribute id = eClass.getEIDAttribute();
                assertNotNull(id, eClass.getName());
                assertEquals("id", id.getName());
            }
        }
    }

    @Test
    void enumsCoverTheDomain() {
        assertLiterals(pkg.getActorKind(), "GOVERNMENT", "UNIVERSITY", "ENTERPRISE", "RESEARCH_INSTITUTE",
                "INTERMEDIARY", "FINANCIAL_INSTITUTION", "MARKET", "OTHER");
        assertLiterals(pkg.getCollaborationKind(), "KNOWLEDGE_SHARING", "TECHNOLOGY_TRANSFER", "JOINT_RD",
                "TALENT_FLOW", "FUNDING", "PLATFORM_SHARING", "REVENUE_SHARING");
        assertLiterals(pkg.getPathStageKind(), "GOAL_SETTING", "RESOURCE_EVALUATION", "PLAN", "DO", "CHECK", "ACT",
                "FEASIBILITY_DECISION", "IMPLEMENT", "ADJUST", "OTHER");
        assertLiterals(pkg.getConstructMode(), "REFLECTIVE", "COMPOSITE");
        assertLiterals(pkg.getWeighting(), "MODE_A", "MODE_B");
        assertLiterals(pkg.getExpectedSign(), "POSITIVE", "NEGATIVE", "UNSPECIFIED");
        assertLiterals(pkg.getIndexDirection(), "HIGHER_IS_BETTER", "LOWER_IS_BETTER");
        assertLiterals(pkg.getObservationPhase(), "BEFORE", "AFTER", "NONE");
        assertLiterals(pkg.getDataFormat(), "CSV", "XLSX");
        assertLiterals(pkg.getIntegrationMethod(), "EULER", "RK4");
        assertLiterals(pkg.getDelayKind(), "DELAY1", "DELAY3", "SMOOTH", "SMOOTH3");
        assertLiterals(pkg.getLookupInterpolation(), "LINEAR", "STEP");
    }

    @Test
    void higherOrderConstructsReferToLowerOrderOnes() {
        Construct nqp = SynergosFactory.eINSTANCE.createConstruct();
        Construct tech = SynergosFactory.eINSTANCE.createConstruct();
        nqp.getDimensions().add(tech);
        assertTrue(nqp.getDimensions().contains(tech));
        assertTrue(!pkg.getConstruct_Dimensions().isContainment());
    }

    private static void assertLiterals(EEnum eEnum, String... names) {
        for (String name : names) {
            assertNotNull(eEnum.getEEnumLiteral(name), eEnum.getName() + "." + name);
        }
    }
}
