package org.synergos.testing;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The reference results the engines' golden tests compare against (outputs of lavaan, seminr and cSEM
 * on public data), shipped in this bundle's {@code reference/} folder; each result folder's README
 * names tool, version, call and data origin.
 *
 * <p>Files are found through this bundle's own entries, so the tests need no path outside the
 * repository and work whether the test runtime installs the bundle as a folder or as a JAR. Callers
 * get a {@link Path} (readers take paths and name them in their errors), so each entry is copied once
 * into a temporary folder under its relative path, e.g. {@code .../reference/data/mobi.csv}.
 */
public final class ReferenceResults {

    /** The folder inside this bundle that holds the reference results. */
    public static final String FOLDER = "reference/";

    private static Path extracted;

    private ReferenceResults() {
    }

    /** A file below {@code reference/}, e.g. {@code "seminr_mobi_ecsi/ecsi_pls_paths_r2.csv"}. */
    public static synchronized Path file(String relativeToReference) {
        Bundle bundle = FrameworkUtil.getBundle(ReferenceResults.class);
        if (bundle == null) {
            throw new IllegalStateException("reference results are read from bundle org.synergos.testing: "
                    + "run the tests in an OSGi runtime (Tycho Surefire)");
        }
        String entry = FOLDER + relativeToReference;
        URL url = bundle.getEntry(entry);
        if (url == null) {
            throw new IllegalStateException("missing reference file " + entry + " in bundle "
                    + bundle.getSymbolicName() + " (" + bundle.getLocation() + ")");
        }
        try {
            Path target = extractedFolder().resolve(entry).normalize();
            if (!Files.isRegularFile(target)) {
                createFolders(target.getParent());
                try (InputStream in = url.openStream()) {
                    Files.copy(in, target, StandardCopyOption.REPLACE_EXISTING);
                }
                target.toFile().deleteOnExit();
            }
            return target;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read reference file " + entry + " from " + url, e);
        }
    }

    /** A reference data set below {@code reference/data/}, e.g. {@code "mobi.csv"}. */
    public static Path data(String name) {
        return file("data/" + name);
    }

    /** Parses a reference JSON file. */
    public static JsonNode json(String relativeToReference) {
        Path file = file(relativeToReference);
        try {
            return new ObjectMapper().readTree(file.toFile());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot parse " + relativeToReference + " (" + file + ")", e);
        }
    }

    /** Reads a reference CSV table (header row; first column may hold row names). */
    public static ReferenceTable table(String relativeToReference) {
        return ReferenceTable.read(file(relativeToReference));
    }

    /** Creates the folders below the temporary one, each deleted at exit after the files in it. */
    private static void createFolders(Path folder) throws IOException {
        if (!Files.isDirectory(folder)) {
            createFolders(folder.getParent());
            Files.createDirectory(folder);
            folder.toFile().deleteOnExit();
        }
    }

    private static Path extractedFolder() throws IOException {
        if (extracted == null) {
            extracted = Files.createTempDirectory("synergos-reference-");
            extracted.toFile().deleteOnExit();
        }
        return extracted;
    }
}
