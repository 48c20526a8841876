package org.synergos.report.internal;

/**
 * Colours and dash patterns of a chart's data lines: the Okabe–Ito palette (distinguishable with colour-vision
 * deficiencies; yellow left out, too pale on white) combined with dash patterns, so that series stay apart
 * when printed in grey.
 */
final class SeriesStyle {

    private static final int[][] RGB = { { 0x00, 0x00, 0x00 }, { 0xE6, 0x9F, 0x00 }, { 0x56, 0xB4, 0xE9 },
            { 0x00, 0x9E, 0x73 }, { 0x00, 0x72, 0xB2 }, { 0xD5, 0x5E, 0x00 }, { 0xCC, 0x79, 0xA7 } };
    private static final float[][] DASH = { {}, { 6, 3 }, { 2, 2 }, { 6, 2, 2, 2 } };

    private SeriesStyle() {
    }

    static int[] rgb(int series) {
        return RGB[Math.floorMod(series, RGB.length)].clone();
    }

    static String hex(int series) {
        int[] c = rgb(series);
        return String.format(java.util.Locale.ROOT, "#%02x%02x%02x", c[0], c[1], c[2]);
    }

    static float[] dash(int series) {
        return DASH[Math.floorMod(series, DASH.length)].clone();
    }

    static String dashText(int series) {
        StringBuilder text = new StringBuilder();
        for (float f : dash(series)) {
            text.append(text.length() == 0 ? "" : " ").append(PathDiagramSvg.number(f));
        }
        return text.toString();
    }
}
