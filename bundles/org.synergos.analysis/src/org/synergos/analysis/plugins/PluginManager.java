package org.synergos.analysis.plugins;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/** The plugins of this distribution. Every change is checked first and leaves the folder as it was on failure. */
public interface PluginManager {

    /** The folder the runtime watches for plugin bundles. */
    Path folder();

    /** Every plugin file, with its bundle's state, the engines it provides and what it lacks. */
    List<InstalledPlugin> list();

    /**
     * Installs a bundle JAR, every JAR of a folder, or the bundles of a local p2 repository (a folder with
     * {@code artifacts.xml} or {@code artifacts.jar} and {@code plugins/}). The bundles are resolved against
     * the running platform together first; if any requirement is missing nothing is installed.
     *
     * @throws PluginException naming each bundle that cannot resolve and what it lacks
     */
    List<InstalledPlugin> install(Path source) throws PluginException;

    /** Removes the plugin that provides an engine id, or the plugin with that bundle symbolic name. */
    InstalledPlugin remove(String engineOrBundle) throws PluginException;

    /**
     * Re-installs plugins from the file or folder they were installed from, when it now holds a newer
     * version; one plugin (engine id or bundle name) or, when empty, all of them.
     *
     * @return the plugins that changed
     */
    List<InstalledPlugin> update(Optional<String> engineOrBundle) throws PluginException;
}
