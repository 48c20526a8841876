package org.synergos.launcher;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.osgi.framework.Bundle;

/**
 * Framework settings that depend on the command: only {@code workbench} opens the HTTP port (bound to
 * 127.0.0.1), only {@code shell} gives the Gogo console the terminal. Everything else about commands is
 * parsed inside the runtime; the launcher looks only at the command name and {@code --port}.
 */
final class CommandModes {

    static final String DEFAULT_PORT = "7311";

    private CommandModes() {
    }

    static Map<String, String> frameworkProperties(List<String> arguments) {
        Map<String, String> properties = new HashMap<>();
        String command = arguments.isEmpty() ? "" : arguments.get(0);
        boolean workbench = command.equals("workbench");
        properties.put("org.apache.felix.http.enable", Boolean.toString(workbench));
        properties.put("org.apache.felix.http.host", "127.0.0.1");
        properties.put("org.osgi.service.http.port", workbench ? port(arguments) : "-1");
        properties.put("org.apache.felix.https.enable", "false");
        return properties;
    }

    private static String port(List<String> arguments) {
        for (int i = 1; i < arguments.size(); i++) {
            String argument = arguments.get(i);
            if (argument.equals("--port") && i + 1 < arguments.size()) {
                return arguments.get(i + 1);
            }
            if (argument.startsWith("--port=")) {
                return argument.substring("--port=".length());
            }
        }
        return DEFAULT_PORT;
    }

    /**
     * Start order: the service-loader mediator (SPI Fly) and the logging provider before the bundles that
     * log; FileInstall after the rest, so its first scan of {@code plugins/} finds the API packages
     * resolved; the Gogo console last, so its first command sees a started runtime.
     */
    static int startRank(Bundle bundle) {
        String name = String.valueOf(bundle.getSymbolicName());
        if (name.startsWith("org.apache.aries.spifly")) {
            return 0;
        }
        if (name.startsWith("slf4j.")) {
            return 1;
        }
        if (name.equals("org.apache.felix.fileinstall")) {
            return 3;
        }
        return name.equals("org.apache.felix.gogo.shell") ? 4 : 2;
    }

    /**
     * The Gogo console owns the terminal, so it starts only for {@code synergos shell}; Jetty starts only for
     * the workbench (and the shell, to inspect it), so headless commands open no port. The service-loader
     * mediator and the logging provider start for the commands whose libraries log: the workbench (Jetty)
     * and {@code report} (Apache POI through log4j-to-slf4j, PDFBox through Commons Logging) and the resident
     * runtime, which serves reports too; without them
     * SLF4J would print its "no providers" warning. Other headless commands start faster without them.
     * The workbench bundles (HTTP servlets, the GLSP diagram server with its own Jetty) start only for the
     * workbench and the shell.
     */
    static boolean shouldStart(Bundle bundle, List<String> arguments) {
        String command = arguments.isEmpty() ? "" : arguments.get(0);
        String name = String.valueOf(bundle.getSymbolicName());
        if (name.equals("org.apache.felix.gogo.shell")) {
            return command.equals("shell");
        }
        if (name.equals("org.apache.felix.http.jetty") || name.equals("org.synergos.workbench.glsp")
                || name.equals("org.synergos.workbench")) {
            return command.equals("workbench") || command.equals("shell");
        }
        if (name.startsWith("org.apache.aries.spifly") || name.startsWith("slf4j.")) {
            return command.equals("workbench") || command.equals("shell") || command.equals("report")
                    || command.equals(DaemonCommand.NAME);
        }
        return true;
    }
}
