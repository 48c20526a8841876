package org.synergos.analysis.plugins;

import java.nio.file.Path;
import java.util.List;

/**
 * A plugin bundle in the plugins folder.
 *
 * @param state    the bundle's OSGi state ({@code ACTIVE}, {@code RESOLVED}, {@code INSTALLED} = cannot
 *                 resolve) or {@code PENDING} when the runtime has not picked the file up yet
 * @param engines  ids of the analysis engines it registers
 * @param problems what it lacks, when it cannot resolve or start
 * @param source   where it was installed from, if installed with {@link PluginManager#install}
 */
public record InstalledPlugin(String symbolicName, String version, Path file, String state, List<String> engines,
        List<String> problems, String source) {

    public InstalledPlugin {
        engines = List.copyOf(engines);
        problems = List.copyOf(problems);
    }
}
