package org.synergos.cli.internal;

import java.util.concurrent.Callable;

import org.synergos.launcher.api.HeadlessApplication;

import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/**
 * {@code synergos daemon}: listed here so that {@code synergos --help} shows it; the launcher carries it out
 * before the runtime starts (it starts, stops and asks the resident runtime), so this never runs from
 * {@code bin/synergos}.
 */
@Command(name = "daemon", mixinStandardHelpOptions = true,
        description = { "Keep a resident runtime for faster commands: start [--idle-minutes N] | stop | status | run.",
                "While it runs, every command but workbench and shell runs in it: no start-up, warm code.",
                "It stops by itself after 180 idle minutes; SYNERGOS_DAEMON=off bypasses it for one command,",
                "SYNERGOS_DAEMON=auto starts it when a command finds none." })
final class DaemonHelp implements Callable<Integer> {

    private final CommandContext context;

    @Parameters(arity = "0..*", paramLabel = "ACTION")
    java.util.List<String> action;

    DaemonHelp(CommandContext context) {
        this.context = context;
    }

    @Override
    public Integer call() {
        context.err().println("synergos daemon: run it through bin/synergos, which handles it before the runtime starts");
        return HeadlessApplication.USAGE;
    }
}
