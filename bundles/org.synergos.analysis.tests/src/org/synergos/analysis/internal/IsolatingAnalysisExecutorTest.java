package org.synergos.analysis.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.synergos.analysis.api.AnalysisEngine;
import org.synergos.analysis.api.AnalysisException;
import org.synergos.analysis.api.AnalysisInput;
import org.synergos.analysis.api.AnalysisJob;
import org.synergos.analysis.api.AnalysisMonitor;
import org.synergos.analysis.api.AnalysisRequest;
import org.synergos.analysis.api.AnalysisResult;
import org.synergos.analysis.api.AnalysisResult.Status;
import org.synergos.analysis.api.Applicability;
import org.synergos.analysis.api.EngineDescriptor;
import org.synergos.analysis.api.ParameterDescriptor;
import org.synergos.data.Dataset;

/** A faulty engine must never take the runtime down: every failure becomes a result. */
class IsolatingAnalysisExecutorTest {

    private static final AnalysisInput INPUT = AnalysisInput.of(null, null, null);

    /** An engine whose behaviour each test chooses. */
    private static class ScriptedEngine implements AnalysisEngine {
        private final String id;
        private final Behaviour behaviour;

        interface Behaviour {
            AnalysisResult run(EngineDescriptor descriptor, AnalysisRequest request, AnalysisMonitor monitor)
                    throws Exception;
        }

        ScriptedEngine(String id, Behaviour behaviour) {
            this.id = id;
            this.behaviour = behaviour;
        }

        @Override
        public EngineDescriptor descriptor() {
            return new EngineDescriptor(id, id, "1.0", "", List.of(ParameterDescriptor.integer("n", "n", "", 1, 1, 9)));
        }

        @Override
        public Applicability applicability(AnalysisInput input) {
            return id.equals("picky") ? Applicability.notApplicable("needs a construct with indicators")
                    : Applicability.ok();
        }

        @Override
        public AnalysisResult run(AnalysisRequest request, AnalysisMonitor monitor) throws AnalysisException {
            try {
                return behaviour.run(descriptor(), request, monitor);
            } catch (AnalysisException | RuntimeException e) {
                throw e;
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }
    }

    private static IsolatingAnalysisExecutor executorWith(AnalysisEngine... engines) {
        ServiceEngineRegistry registry = new ServiceEngineRegistry();
        for (AnalysisEngine engine : engines) {
            registry.register(engine);
        }
        return new IsolatingAnalysisExecutor(registry);
    }

    @Test
    void successfulRunReturnsTheEngineResultWithResolvedParameters() {
        var executor = executorWith(new ScriptedEngine("ok", (d, request, m) -> AnalysisResult.builder(d)
                .provenance("n", request.parameters().integer("n")).build()));
        AnalysisResult result = executor.run("ok", INPUT, Map.of("n", "3"), AnalysisMonitor.silent());
        assertEquals(Status.COMPLETED, result.status());
        assertEquals("3", result.provenance().get("n"));
    }

    @Test
    void exceptionsAndErrorsBecomeFailedResults() {
        var executor = executorWith(new ScriptedEngine("npe", (d, r, m) -> {
            throw new NullPointerException("bug in plugin");
        }), new ScriptedEngine("soe", (d, r, m) -> {
            throw new StackOverflowError();
        }), new ScriptedEngine("null", (d, r, m) -> null), new ScriptedEngine("known", (d, r, m) -> {
            throw new AnalysisException("PLS did not converge in 300 iterations", "c-nqpf", null);
        }));
        assertFailure(executor.run("npe", INPUT, Map.of(), AnalysisMonitor.silent()), Status.FAILED, "bug in plugin");
        assertFailure(executor.run("soe", INPUT, Map.of(), AnalysisMonitor.silent()), Status.FAILED,
                "StackOverflowError");
        assertFailure(executor.run("null", INPUT, Map.of(), AnalysisMonitor.silent()), Status.FAILED, "no result");
        AnalysisResult known = executor.run("known", INPUT, Map.of(), AnalysisMonitor.silent());
        assertFailure(known, Status.FAILED, "did not converge");
        assertEquals("c-nqpf", known.messages().get(0).elementId());
    }

    @Test
    void unknownEngineBadParametersAndNotApplicableAreReportedBeforeRunning() {
        var executor = executorWith(new ScriptedEngine("ok", (d, r, m) -> AnalysisResult.builder(d).build()),
                new ScriptedEngine("picky", (d, r, m) -> AnalysisResult.builder(d).build()));
        assertFailure(executor.run("nope", INPUT, Map.of(), AnalysisMonitor.silent()), Status.FAILED,
                "no engine 'nope'");
        assertFailure(executor.run("ok", INPUT, Map.of("n", "99"), AnalysisMonitor.silent()), Status.FAILED,
                "'n' = '99.0' is invalid");
        assertFailure(executor.run("picky", INPUT, Map.of(), AnalysisMonitor.silent()), Status.FAILED,
                "needs a construct with indicators");
    }

    @Test
    void cooperativeEngineStopsWhenCancelled() throws Exception {
        CountDownLatch started = new CountDownLatch(1);
        var executor = executorWith(new ScriptedEngine("loop", (d, r, monitor) -> {
            started.countDown();
            while (true) {
                monitor.checkCancelled();
                Thread.sleep(5);
            }
        }));
        AnalysisJob job = executor.start("loop", INPUT, Map.of(), AnalysisMonitor.silent(), Duration.ofMinutes(1));
        assertTrue(started.await(5, TimeUnit.SECONDS));
        job.cancel();
        assertFailure(job.await(), Status.CANCELLED, "cancelled");
    }

    @Test
    void timeLimitEndsARunThatNeverChecksAndTheRuntimeGoesOn() {
        var executor = executorWith(new ScriptedEngine("hang", (d, r, m) -> {
            new CountDownLatch(1).await(); // ignores cancellation
            return null;
        }), new ScriptedEngine("ok", (d, r, m) -> AnalysisResult.builder(d).build()));
        long start = System.nanoTime();
        AnalysisResult result = executor.start("hang", INPUT, Map.of(), AnalysisMonitor.silent(),
                Duration.ofMillis(300)).await();
        long elapsedMillis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
        assertFailure(result, Status.TIMED_OUT, "time limit");
        assertTrue(elapsedMillis < 300 + IsolatingAnalysisExecutor.GRACE.toMillis() + 2000, "took " + elapsedMillis);
        assertEquals(Status.COMPLETED, executor.run("ok", INPUT, Map.of(), AnalysisMonitor.silent()).status());
    }

    @Test
    void matrixDataReachOnlyEnginesRegisteredForSummaryStatistics() {
        Dataset matrix = Dataset.builder("table1.csv").columns(List.of("rowtype_", "varname_", "a", "b"))
                .row(2, "N", null, "50", "50").row(3, "CORR", "a", "1", null).row(4, "CORR", "b", "0.3", "1").build();
        AnalysisInput input = AnalysisInput.of(null, matrix, null);
        ServiceEngineRegistry registry = new ServiceEngineRegistry();
        registry.register(new ScriptedEngine("cases", (d, r, m) -> AnalysisResult.builder(d).build()));
        registry.register(new ScriptedEngine("moments", (d, r, m) -> AnalysisResult.builder(d).build()),
                Map.of(AnalysisEngine.SUMMARY_DATA, Boolean.TRUE));
        var executor = new IsolatingAnalysisExecutor(registry);
        assertFailure(executor.run("cases", input, Map.of(), AnalysisMonitor.silent()), Status.FAILED,
                "table1.csv holds summary statistics (a covariance or correlation matrix), not cases; engine 'cases'"
                        + " needs the raw data (engines that estimate from a matrix: moments)");
        assertEquals(Status.COMPLETED, executor.run("moments", input, Map.of(), AnalysisMonitor.silent()).status());
        Dataset cases = Dataset.builder("survey.csv").columns(List.of("a", "b")).row(1, 2).build();
        assertEquals(Status.COMPLETED,
                executor.run("cases", AnalysisInput.of(null, cases, null), Map.of(), AnalysisMonitor.silent()).status());
    }

    @Test
    void registryListsEnginesSortedAndSurvivesABrokenDescriptor() {
        ServiceEngineRegistry registry = new ServiceEngineRegistry();
        registry.register(new ScriptedEngine("zeta", (d, r, m) -> null));
        registry.register(new ScriptedEngine("alpha", (d, r, m) -> null));
        registry.register(new ScriptedEngine("bad", (d, r, m) -> null) {
            @Override
            public EngineDescriptor descriptor() {
                throw new IllegalStateException("broken plugin");
            }
        });
        assertEquals(List.of("alpha", "zeta"), registry.engines().stream().map(e -> e.id()).toList());
    }

    private static void assertFailure(AnalysisResult result, Status status, String text) {
        assertEquals(status, result.status(), result.messages().toString());
        assertTrue(result.messages().get(0).text().contains(text), result.messages().get(0).text());
    }
}
