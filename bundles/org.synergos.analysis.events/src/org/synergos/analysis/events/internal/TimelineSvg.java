package org.synergos.analysis.events.internal;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;

/**
 * The ordered events as a timeline figure: plain SVG 1.1 (no CSS, no foreignObject), one row per event
 * with its name on the left and a bar spanning its period on a shared time axis; every model string is
 * XML-escaped; fonts name a CJK face first so Chinese names render (Inkscape, browsers).
 */
final class TimelineSvg {

    static final String FONT_FAMILY = "'Noto Sans CJK SC', 'Noto Sans', 'Microsoft YaHei', Arial, sans-serif";
    private static final int FONT_SIZE = 13;
    private static final int ROW = 26;
    private static final int TOP = 44;
    private static final int AXIS_WIDTH = 560;
    private static final int PERIOD_LABEL = 110;
    private static final int MAX_LABEL = 480;

    private TimelineSvg() {
    }

    static String render(List<OrderedEvent> events, String title) {
        int label = Math.min(MAX_LABEL, events.stream().mapToInt(e -> textWidth(e.name())).max().orElse(80) + 24);
        int width = label + AXIS_WIDTH + PERIOD_LABEL;
        int height = TOP + Math.max(1, events.size()) * ROW + 16;
        StringBuilder svg = new StringBuilder();
        svg.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n")
                .append("<svg xmlns=\"http://www.w3.org/2000/svg\" version=\"1.1\" width=\"").append(width)
                .append("\" height=\"").append(height).append("\" viewBox=\"0 0 ").append(width).append(' ')
                .append(height).append("\" font-family=\"").append(Xml.escape(FONT_FAMILY)).append("\" font-size=\"")
                .append(FONT_SIZE).append("\">\n")
                .append("<title>").append(Xml.escape(title)).append("</title>\n")
                .append("<rect x=\"0\" y=\"0\" width=\"").append(width).append("\" height=\"").append(height)
                .append("\" fill=\"#ffffff\"/>\n");
        if (events.isEmpty()) {
            svg.append("<text x=\"12\" y=\"").append(TOP).append("\" fill=\"#444444\">no dated events</text>\n");
            return svg.append("</svg>\n").toString();
        }
        LocalDate first = events.stream().map(e -> e.period().start()).min(LocalDate::compareTo).orElseThrow();
        LocalDate last = events.stream().map(e -> e.period().endExclusive()).max(LocalDate::compareTo).orElseThrow();
        double days = Math.max(1, ChronoUnit.DAYS.between(first, last));
        axis(svg, first, last, label, days, height);
        for (int i = 0; i < events.size(); i++) {
            OrderedEvent event = events.get(i);
            int y = TOP + i * ROW;
            double x0 = x(event.period().start(), first, label, days);
            double x1 = Math.max(x0 + 4, x(event.period().endExclusive(), first, label, days));
            svg.append("<g>\n<title>").append(Xml.escape(event.name() + " — " + event.event().getPeriod()))
                    .append("</title>\n")
                    .append("<text x=\"8\" y=\"").append(y + 17).append("\" fill=\"#222222\">")
                    .append(Xml.escape(clip(event.name(), label - 16))).append("</text>\n")
                    .append(String.format(Locale.ROOT, "<rect x=\"%.1f\" y=\"%d\" width=\"%.1f\" height=\"%d\" "
                            + "rx=\"3\" fill=\"#4c78a8\"/>%n", x0, y + 5, x1 - x0, ROW - 10))
                    .append(String.format(Locale.ROOT, "<text x=\"%.1f\" y=\"%d\" fill=\"#444444\">", x1 + 6, y + 17))
                    .append(Xml.escape(event.event().getPeriod())).append("</text>\n</g>\n");
        }
        return svg.append("</svg>\n").toString();
    }

    private static void axis(StringBuilder svg, LocalDate first, LocalDate last, int label, double days, int height) {
        boolean quarters = ChronoUnit.MONTHS.between(first, last) <= 36;
        LocalDate tick = quarters ? first.withDayOfMonth(1).withMonth(((first.getMonthValue() - 1) / 3) * 3 + 1)
                : first.withDayOfYear(1);
        svg.append(String.format(Locale.ROOT, "<line x1=\"%d\" y1=\"%d\" x2=\"%d\" y2=\"%d\" stroke=\"#888888\"/>%n",
                label, TOP - 6, label + AXIS_WIDTH, TOP - 6));
        for (; !tick.isAfter(last); tick = quarters ? tick.plusMonths(3) : tick.plusYears(1)) {
            if (tick.isBefore(first)) {
                continue;
            }
            double x = x(tick, first, label, days);
            String text = quarters ? tick.getYear() + "-Q" + ((tick.getMonthValue() - 1) / 3 + 1)
                    : Integer.toString(tick.getYear());
            svg.append(String.format(Locale.ROOT, "<line x1=\"%.1f\" y1=\"%d\" x2=\"%.1f\" y2=\"%d\" stroke=\"#dddddd\"/>%n",
                    x, TOP - 6, x, height - 12))
                    .append(String.format(Locale.ROOT, "<text x=\"%.1f\" y=\"%d\" fill=\"#555555\" font-size=\"11\">",
                            x + 3, TOP - 12))
                    .append(text).append("</text>\n");
        }
    }

    private static double x(LocalDate date, LocalDate first, int label, double days) {
        return label + AXIS_WIDTH * ChronoUnit.DAYS.between(first, date) / days;
    }

    /** Rough text width: CJK and other wide characters one em, others 0.6 em. */
    static int textWidth(String text) {
        return (int) Math.ceil(text.codePoints().mapToDouble(c -> c >= 0x2E80 ? 1.0 : 0.6).sum() * FONT_SIZE);
    }

    private static String clip(String text, int width) {
        if (textWidth(text) <= width) {
            return text;
        }
        StringBuilder out = new StringBuilder();
        for (int c : text.codePoints().toArray()) {
            if (textWidth(out + "…") + (c >= 0x2E80 ? FONT_SIZE : FONT_SIZE * 0.6) > width) {
                break;
            }
            out.appendCodePoint(c);
        }
        return out + "…";
    }
}
