package org.synergos.model.io;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.emf.ecore.util.EcoreUtil;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.synergos.model.Auxiliary;
import org.synergos.model.Delay;
import org.synergos.model.DelayKind;
import org.synergos.model.Flow;
import org.synergos.model.Framework;
import org.synergos.model.IntegrationMethod;
import org.synergos.model.LookupInterpolation;
import org.synergos.model.LookupTable;
import org.synergos.model.ParameterOverride;
import org.synergos.model.Scenario;
import org.synergos.model.SimulationParameter;
import org.synergos.model.Stock;
import org.synergos.model.SynergosFactory;
import org.synergos.model.SystemDynamicsModel;

/** A system dynamics model (stocks, flows, auxiliaries, parameters, lookups, delays, scenarios) round-trips. */
public class SystemDynamicsModelStoreTest {

    private static final SynergosFactory F = SynergosFactory.eINSTANCE;

    @TempDir
    Path dir;

    public static Framework diffusion() {
        Framework fw = F.createFramework();
        fw.setId("fw");
        fw.setName("Bass diffusion");
        SystemDynamicsModel sd = F.createSystemDynamicsModel();
        sd.setId("sd");
        sd.setName("diffusion");
        sd.setStartTime(2020);
        sd.setStopTime(2030);
        sd.setTimeStep(0.25);
        sd.setMethod(IntegrationMethod.RK4);
        sd.setTimeUnits("year");
        sd.setTimeColumn("year");
        Stock potential = F.createStock();
        potential.setId("potential");
        potential.setName("Potential");
        potential.setUnits("firm");
        potential.setInitialValue("market_size");
        Stock adopters = F.createStock();
        adopters.setId("adopters");
        adopters.setName("Adopters");
        adopters.setUnits("firm");
        adopters.setInitialValue("0");
        adopters.setObservedColumn("adopters_observed");
        Flow adoption = F.createFlow();
        adoption.setId("adoption");
        adoption.setName("adoption");
        adoption.setUnits("firm/year");
        adoption.setFrom(potential);
        adoption.setTo(adopters);
        adoption.setEquation("Potential * (p + q * Adopters / market_size) * effect(Adopters / market_size)");
        Auxiliary share = F.createAuxiliary();
        share.setId("share");
        share.setName("share");
        share.setEquation("Adopters / market_size");
        SimulationParameter size = F.createSimulationParameter();
        size.setId("market_size");
        size.setName("market_size");
        size.setValue(1000);
        size.setUnits("firm");
        LookupTable effect = F.createLookupTable();
        effect.setId("effect");
        effect.setName("effect");
        effect.getXValues().addAll(List.of(0.0, 0.5, 1.0));
        effect.getYValues().addAll(List.of(1.0, 0.8, 0.2));
        effect.setInterpolation(LookupInterpolation.STEP);
        effect.setInputUnits("1");
        Delay perceived = F.createDelay();
        perceived.setId("perceived");
        perceived.setName("perceived_share");
        perceived.setKind(DelayKind.SMOOTH3);
        perceived.setInput("share");
        perceived.setDelayTime("2");
        Scenario big = F.createScenario();
        big.setId("big");
        big.setName("large market");
        ParameterOverride override = F.createParameterOverride();
        override.setId("big-size");
        override.setParameter(size);
        override.setValue(2000);
        big.getOverrides().add(override);
        sd.getStocks().addAll(List.of(potential, adopters));
        sd.getFlows().add(adoption);
        sd.getAuxiliaries().add(share);
        sd.getParameters().add(size);
        sd.getLookupTables().add(effect);
        sd.getDelays().add(perceived);
        sd.getScenarios().add(big);
        fw.getSystemDynamicsModels().add(sd);
        return fw;
    }

    @Test
    void roundTripKeepsEveryElementAndReference() throws Exception {
        Path file = dir.resolve("sd.synergos");
        ModelStore.save(diffusion(), file);
        Framework loaded = ModelStore.load(file);
        assertTrue(EcoreUtil.equals(diffusion(), loaded));
        SystemDynamicsModel sd = loaded.getSystemDynamicsModels().get(0);
        assertSame(sd.getStocks().get(0), sd.getFlows().get(0).getFrom());
        assertSame(sd.getStocks().get(1), sd.getFlows().get(0).getTo());
        assertSame(sd.getParameters().get(0), sd.getScenarios().get(0).getOverrides().get(0).getParameter());
        assertEquals(List.of(0.0, 0.5, 1.0), sd.getLookupTables().get(0).getXValues());
        assertEquals(0.25, sd.getTimeStep());
        assertEquals(IntegrationMethod.RK4, sd.getMethod());
    }

    @Test
    void saveLoadSaveIsByteStable() throws Exception {
        Path first = dir.resolve("first.synergos");
        Path second = dir.resolve("second.synergos");
        ModelStore.save(diffusion(), first);
        ModelStore.save(ModelStore.load(first), second);
        assertArrayEquals(Files.readAllBytes(first), Files.readAllBytes(second));
    }

    @Test
    void defaultsOfTheTimeSettings() {
        SystemDynamicsModel sd = F.createSystemDynamicsModel();
        assertEquals(0.0, sd.getStartTime());
        assertEquals(100.0, sd.getStopTime());
        assertEquals(1.0, sd.getTimeStep());
        assertEquals(IntegrationMethod.EULER, sd.getMethod(), "Euler, as Vensim's default");
        assertEquals(LookupInterpolation.LINEAR, F.createLookupTable().getInterpolation());
        assertEquals(DelayKind.DELAY1, F.createDelay().getKind());
    }
}
