package org.synergos.cli.internal;

import java.io.PrintStream;
import java.util.Optional;
import java.util.function.BooleanSupplier;

import org.synergos.analysis.api.AnalysisExecutor;
import org.synergos.analysis.api.EngineRegistry;
import org.synergos.workbench.api.WorkbenchServer;

/** The services and streams every command works with. */
record CommandContext(EngineRegistry registry, AnalysisExecutor executor, Optional<WorkbenchServer> workbench,
        PrintStream out, PrintStream err, BooleanSupplier stopRequested) {
}
