package org.synergos.cli.internal;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BooleanSupplier;

import org.synergos.analysis.api.AnalysisExecutor;
import org.synergos.analysis.api.EngineInfo;
import org.synergos.analysis.api.EngineRegistry;
import org.synergos.analysis.plugins.PluginManager;
import org.synergos.analysis.reproduce.RReproduction;
import org.synergos.analysis.reproduce.RScriptWriter;
import org.synergos.launcher.api.Invocation;
import org.synergos.workbench.api.WorkbenchServer;

/** The services, the caller's folder and environment, and the streams every command works with. */
record CommandContext(EngineRegistry registry, AnalysisExecutor executor, Optional<WorkbenchServer> workbench,
        Optional<PluginManager> plugins, List<RReproduction> reproductions, Invocation invocation) {

    PrintStream out() {
        return invocation.out();
    }

    PrintStream err() {
        return invocation.err();
    }

    BooleanSupplier stopRequested() {
        return invocation.stopRequested();
    }

    boolean terminal() {
        return invocation.terminal();
    }

    Map<String, String> environment() {
        return invocation.environment();
    }

    /** A path the user typed, relative to the caller's folder (a resident runtime has a folder of its own). */
    Path resolve(String typed) {
        return invocation.workingDirectory().resolve(typed).normalize();
    }

    /** The R script writer over the installed engines and their R reproductions (export --r, report). */
    RScriptWriter rScriptWriter() {
        return new RScriptWriter(id -> registry.engine(id).map(EngineInfo::descriptor),
                id -> reproductions.stream().filter(r -> r.engineId().equals(id)).findFirst());
    }
}
