package org.synergos.model.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.eclipse.emf.common.util.Diagnostic;
import org.junit.jupiter.api.Test;
import org.synergos.model.Framework;
import org.synergos.model.ParameterOverride;
import org.synergos.model.SynergosFactory;
import org.synergos.model.SystemDynamicsModel;

/** Structural rules of system dynamics models (SYN-080 … SYN-085). */
class SystemDynamicsValidationTest {

    private final Framework framework = org.synergos.model.io.SystemDynamicsModelStoreTest.diffusion();
    private final SystemDynamicsModel sd = framework.getSystemDynamicsModels().get(0);

    private List<String> findings() {
        return SynergosValidation.validate(framework).getChildren().stream()
                .filter(d -> d.getSeverity() >= Diagnostic.WARNING)
                .map(d -> ValidationRule.ofCode(d.getCode()).id() + " " + d.getMessage()).toList();
    }

    @Test
    void aWellFormedModelHasNoFindings() {
        assertEquals(List.of(), findings());
    }

    @Test
    void timeSettings() {
        sd.setTimeStep(0.3);
        assertEquals(List.of("SYN-080 system dynamics model 'diffusion': runs 10.0 time units, not a whole number of"
                + " steps dt = 0.3. Fix: choose dt so that (stop − start)/dt is a whole number."), findings());
        sd.setTimeStep(0);
        assertTrue(findings().get(0).startsWith("SYN-080 system dynamics model 'diffusion': has time step 0.0"));
        sd.setTimeStep(1);
        sd.setStopTime(2000);
        assertTrue(findings().get(0).contains("stops at 2000.0, not after its start 2020.0"));
    }

    @Test
    void namesFlowsLookupsEquationsAndOverrides() {
        sd.getAuxiliaries().get(0).setName("market_size");
        sd.getFlows().get(0).setTo(sd.getFlows().get(0).getFrom());
        sd.getLookupTables().get(0).getXValues().set(2, 0.25);
        sd.getStocks().get(1).setInitialValue(" ");
        ParameterOverride stray = SynergosFactory.eINSTANCE.createParameterOverride();
        stray.setId("stray");
        sd.getScenarios().get(0).getOverrides().add(stray);
        List<String> findings = findings();
        assertEquals(5, findings.size(), findings.toString());
        assertTrue(findings.get(0).startsWith("SYN-081 auxiliary 'market_size': has the name 'market_size' of another"));
        assertTrue(findings.get(1).startsWith("SYN-084 stock 'Adopters': has no initial value"));
        assertTrue(findings.get(2).startsWith("SYN-082 flow 'adoption': flows from stock 'Potential' into itself"));
        assertTrue(findings.get(3).startsWith("SYN-083 lookup table 'effect': has x = 0.25 at point 3 after x = 0.5"));
        assertTrue(findings.get(4).startsWith("SYN-085 parameter override"), findings.get(4));
    }
}
