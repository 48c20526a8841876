package org.synergos.analysis.internal.plugins;

import java.io.IOException;
import java.io.Reader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.Properties;

import org.synergos.data.io.AtomicFiles;

/**
 * Where each plugin was installed from ({@code .sources.properties} in the plugins folder, which File
 * Install ignores), so that {@code update} knows where to look for a newer version.
 */
final class PluginSources {

    static final String FILE = ".sources.properties";

    private final Path file;

    PluginSources(Path folder) {
        this.file = folder.resolve(FILE);
    }

    Optional<String> of(String symbolicName) {
        return Optional.ofNullable(load().getProperty(symbolicName));
    }

    void put(String symbolicName, Path source) {
        Properties sources = load();
        sources.setProperty(symbolicName, source.toAbsolutePath().normalize().toString());
        save(sources);
    }

    void remove(String symbolicName) {
        Properties sources = load();
        if (sources.remove(symbolicName) != null) {
            save(sources);
        }
    }

    private Properties load() {
        Properties sources = new Properties();
        if (Files.isRegularFile(file)) {
            try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                sources.load(reader);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read " + file, e);
            }
        }
        return sources;
    }

    private void save(Properties sources) {
        StringWriter text = new StringWriter();
        try {
            sources.store(text, "where each plugin was installed from (synergos plugins update reads it)");
            AtomicFiles.writeString(file, text.toString());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file, e);
        }
    }
}
