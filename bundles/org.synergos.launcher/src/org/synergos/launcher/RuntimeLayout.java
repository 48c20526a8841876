package org.synergos.launcher;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.stream.Stream;

/**
 * The folders of a Synergos distribution: {@code conf/} (framework properties), {@code bundle/} (the
 * core bundles, installed at every start) and {@code plugins/} (watched by Felix FileInstall).
 */
record RuntimeLayout(Path home) {

    static RuntimeLayout of(Path home) {
        return new RuntimeLayout(home.toAbsolutePath().normalize());
    }

    Path conf() {
        return home.resolve("conf");
    }

    Path bundles() {
        return home.resolve("bundle");
    }

    Path plugins() {
        return home.resolve("plugins");
    }

    /** Framework properties from {@code conf/config.properties}, with {@code ${synergos.home}} expanded. */
    Properties frameworkProperties() {
        Properties properties = new Properties();
        Path file = conf().resolve("config.properties");
        try (InputStream in = Files.newInputStream(file)) {
            properties.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
        for (String key : properties.stringPropertyNames()) {
            properties.setProperty(key, properties.getProperty(key).replace("${synergos.home}", home.toString()));
        }
        return properties;
    }

    /** The core bundle files, sorted by name so that every start installs them in the same order. */
    List<Path> coreBundles() {
        try (Stream<Path> files = Files.list(bundles())) {
            List<Path> jars = new ArrayList<>(files.filter(f -> f.toString().endsWith(".jar")).sorted().toList());
            if (jars.isEmpty()) {
                throw new IllegalStateException("no bundles in " + bundles());
            }
            return jars;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + bundles(), e);
        }
    }
}
