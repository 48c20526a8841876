package org.synergos.analysis.internal.plugins;

import java.io.IOException;
import java.nio.file.Path;
import java.util.jar.Attributes;
import java.util.jar.JarFile;
import java.util.jar.Manifest;

import org.osgi.framework.Constants;
import org.osgi.framework.Version;
import org.synergos.analysis.plugins.PluginException;

/** A bundle JAR on disk, known by the symbolic name and version of its manifest. */
record PluginJar(Path file, String symbolicName, Version version) {

    static PluginJar read(Path file) throws PluginException {
        Manifest manifest;
        try (JarFile jar = new JarFile(file.toFile())) {
            manifest = jar.getManifest();
        } catch (IOException e) {
            throw new PluginException(file + " is not a readable JAR file: " + e.getMessage(), e);
        }
        Attributes main = manifest == null ? null : manifest.getMainAttributes();
        String name = main == null ? null : main.getValue(Constants.BUNDLE_SYMBOLICNAME);
        if (name == null || name.isBlank()) {
            throw new PluginException(file + " is not an OSGi bundle: its manifest has no Bundle-SymbolicName");
        }
        int directive = name.indexOf(';');
        String version = main.getValue(Constants.BUNDLE_VERSION);
        try {
            return new PluginJar(file, (directive < 0 ? name : name.substring(0, directive)).trim(),
                    Version.parseVersion(version == null ? "0.0.0" : version.trim()));
        } catch (IllegalArgumentException e) {
            throw new PluginException(file + " has an invalid Bundle-Version '" + version + "'", e);
        }
    }

    /** The name it gets in the plugins folder: one file per bundle, whatever the source file was called. */
    String folderFileName() {
        return symbolicName + "_" + version + ".jar";
    }
}
