package org.synergos.report.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * The font the report's PDF and PNG diagrams are drawn with: Noto Sans SC Regular (SIL Open Font License
 * 1.1, {@code fonts/NotoSansSC-OFL.txt} beside it in this bundle), a TrueType font covering Chinese, Latin,
 * Greek, arrows and superscripts. The build takes it from the npm package
 * {@code @expo-google-fonts/noto-sans-sc} (see this bundle's pom.xml); PDFs embed only the glyphs they use.
 */
final class ReportFont {

    static final String RESOURCE = "/fonts/NotoSansSC-Regular.ttf";
    static final String LICENSE = "/fonts/NotoSansSC-OFL.txt";
    static final String NAME = "Noto Sans SC";

    private static volatile byte[] bytes;

    private ReportFont() {
    }

    /** The TrueType file, read once per runtime (≈ 10 MB). */
    static byte[] bytes() {
        byte[] loaded = bytes;
        if (loaded == null) {
            synchronized (ReportFont.class) {
                loaded = bytes;
                if (loaded == null) {
                    try (InputStream in = ReportFont.class.getResourceAsStream(RESOURCE)) {
                        if (in == null) {
                            throw new IllegalStateException("font " + RESOURCE + " is missing from the report bundle");
                        }
                        loaded = in.readAllBytes();
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                    bytes = loaded;
                }
            }
        }
        return loaded;
    }
}
