package org.synergos.cli.internal;

import java.io.PrintStream;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.BooleanSupplier;

import org.synergos.analysis.api.AnalysisMonitor;

/**
 * Progress of a running analysis on standard error: a self-updating line on a terminal, a line per
 * 10% otherwise (logs, CI). Ctrl-C cancels the analysis cleanly.
 */
final class ConsoleProgress implements AnalysisMonitor {

    private final PrintStream err;
    private final BooleanSupplier stopRequested;
    private final boolean terminal;
    private final AtomicLong done = new AtomicLong();
    private volatile String phase = "";
    private volatile long total;
    private volatile long lastShownTenth = -1;
    private volatile boolean lineOpen;

    ConsoleProgress(PrintStream err, boolean terminal, BooleanSupplier stopRequested) {
        this.err = err;
        this.terminal = terminal;
        this.stopRequested = stopRequested;
    }

    @Override
    public synchronized void begin(String newPhase, long totalUnits) {
        finish();
        phase = newPhase;
        total = totalUnits;
        done.set(0);
        lastShownTenth = -1;
        show(0);
    }

    @Override
    public void worked(long units) {
        show(done.addAndGet(units));
    }

    @Override
    public boolean isCancelled() {
        return stopRequested.getAsBoolean();
    }

    private synchronized void show(long completed) {
        if (total <= 0) {
            if (lastShownTenth < 0) {
                err.println(phase + " …");
                lastShownTenth = 0;
            }
            return;
        }
        long tenth = Math.min(10, completed * 10 / total);
        if (terminal) {
            err.print("\r" + phase + " " + bar(completed) + " " + completed + "/" + total);
            lineOpen = true;
        } else if (tenth != lastShownTenth) {
            err.println(phase + " " + (tenth * 10) + "%");
        }
        lastShownTenth = tenth;
    }

    private String bar(long completed) {
        int width = 30;
        int filled = (int) Math.min(width, completed * width / Math.max(1, total));
        return "[" + "#".repeat(filled) + " ".repeat(width - filled) + "]";
    }

    /** Ends the progress line so later output starts on a new line. */
    synchronized void finish() {
        if (lineOpen) {
            err.println();
            lineOpen = false;
        }
    }
}
