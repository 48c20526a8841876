package org.synergos.data.xlsx;

import java.nio.file.Path;

import org.synergos.testing.TestResources;

/** The committed test workbooks (bundles/org.synergos.testing/reference/data/xlsx, written by Apache POI). */
final class XlsxFiles {

    private XlsxFiles() {
    }

    static Path file(String name) {
        return TestResources.path("../org.synergos.testing/reference/data/xlsx/" + name);
    }
}
