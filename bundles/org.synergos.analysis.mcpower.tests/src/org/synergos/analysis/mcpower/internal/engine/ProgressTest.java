package org.synergos.analysis.mcpower.internal.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.CancellationException;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.Test;
import org.synergos.analysis.api.AnalysisMonitor;

/** Progress is one unit per replication, from every worker; a cancellation stops the run between replications. */
class ProgressTest {

    @Test
    void reportsEveryReplicationAndStopsWhenCancelled() throws Exception {
        Counting counting = new Counting(Long.MAX_VALUE);
        Models.run(Models.mediationModel(0.3, 0.3, 0.2), null, Models.params("population", "reported", "n", "100",
                "replications", "300", "threads", "3"), counting);
        assertEquals(300, counting.worked.get());
        assertEquals(300, counting.total.get());

        Counting cancelling = new Counting(40);
        assertThrows(CancellationException.class, () -> Models.run(Models.mediationModel(0.3, 0.3, 0.2), null,
                Models.params("population", "reported", "n", "100", "replications", "100000", "threads", "2"),
                cancelling));
        assertTrue(cancelling.worked.get() < 1000, "stopped after " + cancelling.worked.get() + " replications");
    }

    private static final class Counting implements AnalysisMonitor {
        final AtomicLong worked = new AtomicLong();
        final AtomicLong total = new AtomicLong();
        private final long cancelAfter;
        private volatile boolean simulating;

        Counting(long cancelAfter) {
            this.cancelAfter = cancelAfter;
        }

        @Override
        public void begin(String phase, long totalUnits) {
            simulating = phase.startsWith("Monte Carlo");
            if (simulating) {
                total.set(totalUnits);
            }
        }

        @Override
        public void worked(long units) {
            if (simulating) {
                worked.addAndGet(units);
            }
        }

        @Override
        public boolean isCancelled() {
            return worked.get() >= cancelAfter;
        }
    }
}
