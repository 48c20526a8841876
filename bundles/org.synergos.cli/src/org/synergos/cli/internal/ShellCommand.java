package org.synergos.cli.internal;

import java.util.concurrent.Callable;

import org.synergos.launcher.api.HeadlessApplication;

import picocli.CommandLine.Command;

/**
 * {@code synergos shell}: the Apache Felix Gogo console of the running runtime (the launcher gives it
 * the terminal for this command only), e.g. to inspect bundles and services.
 */
@Command(name = "shell", mixinStandardHelpOptions = true,
        description = "Open the OSGi (Gogo) console of the runtime; 'exit' or Ctrl-C leaves it.")
final class ShellCommand implements Callable<Integer> {

    private final CommandContext context;

    ShellCommand(CommandContext context) {
        this.context = context;
    }

    @Override
    public Integer call() throws InterruptedException {
        while (!context.stopRequested().getAsBoolean()) {
            Thread.sleep(200);
        }
        return HeadlessApplication.OK;
    }
}
