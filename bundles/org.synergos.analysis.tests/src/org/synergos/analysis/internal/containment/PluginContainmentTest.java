package org.synergos.analysis.internal.containment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.synergos.analysis.api.AnalysisEngine;
import org.synergos.analysis.api.AnalysisInput;
import org.synergos.analysis.api.AnalysisJob;
import org.synergos.analysis.api.AnalysisMonitor;
import org.synergos.analysis.api.AnalysisResult;
import org.synergos.analysis.api.AnalysisResult.Status;
import org.synergos.analysis.internal.IsolatingAnalysisExecutor;
import org.synergos.analysis.internal.ServiceEngineRegistry;

/**
 * A woven plugin cannot end the JVM (without weaving, these tests would end the test runtime) and stops
 * when cancelled or out of time although it never polls for cancellation (without weaving, its thread
 * would spin on).
 */
class PluginContainmentTest {

    private static final AnalysisInput INPUT = AnalysisInput.of(null, null, null);

    private static IsolatingAnalysisExecutor executorWithWovenRogue() throws ReflectiveOperationException {
        AnalysisEngine rogue = (AnalysisEngine) new WovenLoader().woven(RoguePlugin.class).getConstructor()
                .newInstance();
        ServiceEngineRegistry registry = new ServiceEngineRegistry();
        registry.register(rogue);
        return new IsolatingAnalysisExecutor(registry);
    }

    @ParameterizedTest
    @CsvSource({ "exit, System.exit(42)", "runtime-exit, Runtime.exit(43)", "halt, Runtime.halt(44)",
            "exit-reference, System.exit(45)" })
    void endingTheRuntimeIsRefusedAndNamesTheEngine(String act, String call) throws Exception {
        AnalysisResult result = executorWithWovenRogue().run("rogue", INPUT, Map.of("act", act),
                AnalysisMonitor.silent());
        assertEquals(Status.FAILED, result.status());
        String text = result.messages().get(0).text();
        assertTrue(text.startsWith("engine 'rogue'") && text.contains(call + " refused"), text);
    }

    @Test
    void aSpinningPluginStopsAtItsTimeLimitWithoutAnyoneWaiting() throws Exception {
        AnalysisJob job = startSpinning(Duration.ofMillis(300));
        Thread spinning = awaitThread();
        spinning.join(10_000); // the watchdog stops it, although no one calls await()
        assertFalse(spinning.isAlive(), "the plugin's thread still runs after its time limit");
        assertEquals(Status.TIMED_OUT, job.await().status());
    }

    @Test
    void aSpinningPluginStopsWhenCancelled() throws Exception {
        AnalysisJob job = startSpinning(Duration.ofMinutes(10));
        Thread spinning = awaitThread();
        long before = RogueWitness.spins;
        while (RogueWitness.spins == before) {
            Thread.onSpinWait();
        }
        job.cancel();
        AnalysisResult result = job.await();
        spinning.join(10_000);
        assertFalse(spinning.isAlive(), "the plugin's thread still runs after cancel");
        assertEquals(Status.CANCELLED, result.status());
    }

    @Test
    void classesWithoutLoopsOrExitsAreLeftAsTheyAre() {
        assertTrue(GuardedBytecode.of(WovenLoader.bytesOf(Quiet.class)).isEmpty());
    }

    /** Nothing to guard: no loop, no exit. */
    static final class Quiet {
        int twice(int x) {
            return x * 2;
        }
    }

    private static AnalysisJob startSpinning(Duration timeLimit) throws ReflectiveOperationException {
        RogueWitness.lastThread = null;
        return executorWithWovenRogue().start("rogue", INPUT, Map.of("act", "spin"), AnalysisMonitor.silent(),
                timeLimit);
    }

    private static Thread awaitThread() throws InterruptedException {
        for (int i = 0; i < 1000 && RogueWitness.lastThread == null; i++) {
            Thread.sleep(10);
        }
        Thread thread = RogueWitness.lastThread;
        assertTrue(thread != null, "the plugin never ran");
        return thread;
    }
}
