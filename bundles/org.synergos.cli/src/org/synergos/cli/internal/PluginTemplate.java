package org.synergos.cli.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;

import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.Version;

/**
 * A buildable engine-plugin project (Maven, bnd, one engine, one passing test) from the templates in this
 * bundle's {@code templates/engine-plugin/}, with the engine id, package and class name filled in.
 */
final class PluginTemplate {

    private static final Pattern ID = Pattern.compile("[a-z][a-z0-9]*(-[a-z0-9]+)*");
    private static final Pattern PACKAGE = Pattern.compile("[a-z][a-z0-9_]*(\\.[a-z][a-z0-9_]*)+");

    private final String id;
    private final String packageName;
    private final String className;
    private final String name;

    PluginTemplate(String id, String packageName, String name) {
        if (!ID.matcher(id).matches()) {
            throw new IllegalArgumentException("engine id '" + id
                    + "' must be lower-case letters and digits, words separated by '-' (e.g. coupling-coordination)");
        }
        this.id = id;
        this.packageName = packageName != null ? packageName : "org.example." + id.replace("-", "");
        if (!PACKAGE.matcher(this.packageName).matches()) {
            throw new IllegalArgumentException("package '" + this.packageName
                    + "' must be a lower-case Java package with at least two parts (e.g. org.example.coupling)");
        }
        this.className = className(id);
        this.name = name != null ? name : words(id);
    }

    /** {@code coupling-coordination} gives {@code CouplingCoordinationEngine}. */
    static String className(String id) {
        StringBuilder name = new StringBuilder();
        for (String word : id.split("-")) {
            name.append(Character.toUpperCase(word.charAt(0))).append(word.substring(1));
        }
        return name.append("Engine").toString();
    }

    private static String words(String id) {
        String spaced = id.replace('-', ' ');
        return Character.toUpperCase(spaced.charAt(0)) + spaced.substring(1);
    }

    /**
     * The SDK release this runtime was built with: a qualified (timestamped) build is a snapshot of its
     * major.minor.micro, as Tycho names it.
     */
    static String sdkVersion(Version bundleVersion) {
        String base = bundleVersion.getMajor() + "." + bundleVersion.getMinor() + "." + bundleVersion.getMicro();
        return bundleVersion.getQualifier().isEmpty() ? base : base + "-SNAPSHOT";
    }

    /** Writes the project into {@code folder}, which must not exist or be empty; returns the files written. */
    Map<Path, String> writeTo(Path folder) throws IOException {
        if (Files.exists(folder) && (!Files.isDirectory(folder) || !isEmpty(folder))) {
            throw new IOException(folder + " exists and is not empty; choose another folder with -o");
        }
        String packagePath = packageName.replace('.', '/');
        Map<String, String> files = new LinkedHashMap<>();
        files.put("pom.xml", "pom.xml");
        files.put("README.md", "README.md");
        files.put("gitignore", ".gitignore");
        files.put("Engine.java", "src/main/java/" + packagePath + "/" + className + ".java");
        files.put("EngineTest.java", "src/test/java/" + packagePath + "/" + className + "Test.java");
        files.put("sample.csv", "src/test/resources/sample.csv");
        Map<Path, String> written = new LinkedHashMap<>();
        for (Map.Entry<String, String> file : files.entrySet()) {
            Path target = folder.resolve(file.getValue());
            Files.createDirectories(target.getParent());
            String text = fill(template(file.getKey()), packagePath);
            Files.writeString(target, text, StandardCharsets.UTF_8);
            written.put(target, file.getValue());
        }
        return written;
    }

    private static boolean isEmpty(Path folder) throws IOException {
        try (java.util.stream.Stream<Path> entries = Files.list(folder)) {
            return entries.findAny().isEmpty();
        }
    }

    private String fill(String template, String packagePath) {
        return template.replace("@ID@", id).replace("@PACKAGE_PATH@", packagePath).replace("@PACKAGE@", packageName)
                .replace("@CLASS@", className).replace("@NAME@", name).replace("@SDK_VERSION@", sdkVersion());
    }

    private static String sdkVersion() {
        Bundle bundle = FrameworkUtil.getBundle(PluginTemplate.class);
        return sdkVersion(bundle == null ? Version.parseVersion("0.1.0.qualifier") : bundle.getVersion());
    }

    private static String template(String file) {
        try (InputStream in = PluginTemplate.class.getResourceAsStream("/templates/engine-plugin/" + file)) {
            if (in == null) {
                throw new IllegalStateException("template file " + file + " is missing from the command-line bundle");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    String className() {
        return className;
    }
}
