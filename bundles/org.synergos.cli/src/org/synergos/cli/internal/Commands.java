package org.synergos.cli.internal;

import org.synergos.launcher.api.HeadlessApplication;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * Every command of the {@code synergos} command line, in one place: the feature set reads here.
 */
final class Commands {

    private Commands() {
    }

    @Command(name = "synergos", mixinStandardHelpOptions = true, versionProvider = SynergosVersion.class,
            description = "Synergos: model collaborative-innovation frameworks, run analyses, build reports.",
            subcommands = { CommandLine.HelpCommand.class })
    static final class Root implements Runnable {
        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @Override
        public void run() {
            throw new CommandLine.ParameterException(spec.commandLine(), "a command is required");
        }
    }

    static CommandLine commandLine(CommandContext context) {
        CommandLine commandLine = new CommandLine(new Root());
        commandLine.addSubcommand(new EnginesCommand(context));
        commandLine.addSubcommand(new PluginsCommand(context).commandLine());
        commandLine.addSubcommand(new ValidateCommand(context));
        commandLine.addSubcommand(new AnalyzeCommand(context));
        commandLine.addSubcommand(new ReportCommand(context));
        commandLine.addSubcommand(new DiagramCommand(context));
        commandLine.addSubcommand(new ImportCommand(context));
        commandLine.addSubcommand(new ExportCommand(context));
        commandLine.addSubcommand(new WorkbenchCommand(context));
        commandLine.addSubcommand(new ShellCommand(context));
        commandLine.addSubcommand(new DaemonHelp(context));
        // after the subcommands: picocli registers a converter with the subcommands present at that moment
        commandLine.registerConverter(java.nio.file.Path.class, context::resolve);
        commandLine.setExecutionExceptionHandler((exception, line, parseResult) -> {
            line.getErr().println("synergos " + line.getCommandName() + ": " + exception.getMessage());
            return exception instanceof CommandLine.ParameterException ? HeadlessApplication.USAGE
                    : HeadlessApplication.FAILED;
        });
        return commandLine;
    }
}
