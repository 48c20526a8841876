package org.synergos.workbench.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

import org.synergos.data.io.WorkspacePaths;

/** The folder the workbench serves: its files by kind, and the rule that no path leaves it. */
final class Workspace {

    /** A file of the workspace as the explorer lists it. */
    record Entry(String path, String kind, long size) {
    }

    private static final int MAX_DEPTH = 8;

    private final Path root;

    Workspace(Path root) {
        this.root = root.toAbsolutePath().normalize();
    }

    Path root() {
        return root;
    }

    String name() {
        Path name = root.getFileName();
        return name == null ? root.toString() : name.toString();
    }

    List<Entry> files() throws IOException {
        List<Entry> entries = new ArrayList<>();
        try (Stream<Path> walk = Files.walk(root, MAX_DEPTH)) {
            walk.filter(Files::isRegularFile).filter(p -> !isHidden(root.relativize(p))).sorted().forEach(file -> {
                String relative = root.relativize(file).toString().replace('\\', '/');
                try {
                    entries.add(new Entry(relative, kind(relative), Files.size(file)));
                } catch (IOException e) {
                    // A file removed while listing is simply not listed.
                }
            });
        }
        return entries;
    }

    /** The workspace file a client names; refused when the name leads outside the workspace. */
    Path resolve(String relative) {
        return WorkspacePaths.resolve(root, relative);
    }

    static String kind(String path) {
        String lower = path.toLowerCase(Locale.ROOT);
        if (lower.endsWith(".synergos")) {
            return "model";
        }
        if (lower.endsWith(".csv") || lower.endsWith(".tsv") || lower.endsWith(".xlsx")
                || lower.endsWith(".sav") || lower.endsWith(".zsav") || lower.endsWith(".dta")) {
            return "data";
        }
        return "other";
    }

    private static boolean isHidden(Path relative) {
        for (Path part : relative) {
            String name = part.toString();
            if (name.startsWith(".") || name.equals("target") || name.equals("node_modules")) {
                return true;
            }
        }
        return relative.toString().endsWith(".bak");
    }
}
