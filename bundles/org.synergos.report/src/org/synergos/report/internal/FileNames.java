package org.synergos.report.internal;

import java.text.Normalizer;
import java.util.Locale;

/** File names derived from analysis and table names: portable, never leaving the report folder. */
final class FileNames {

    private FileNames() {
    }

    static String slug(String name) {
        String ascii = Normalizer.normalize(name, Normalizer.Form.NFKD).replaceAll("[^\\p{ASCII}]", "");
        String slug = ascii.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-+|-+$)", "");
        return slug.isEmpty() ? "analysis-" + Integer.toHexString(name.hashCode()) : slug;
    }
}
