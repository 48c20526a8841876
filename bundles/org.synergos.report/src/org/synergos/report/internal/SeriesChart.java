package org.synergos.report.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.synergos.analysis.api.AnalysisResult;
import org.synergos.analysis.api.ColumnFormat;
import org.synergos.analysis.api.ResultColumn;
import org.synergos.analysis.api.ResultTable;
import org.synergos.diagram.text.TextMetrics;
import org.synergos.model.Framework;
import org.synergos.model.Stock;
import org.synergos.model.SystemDynamicsModel;

/**
 * A line chart of one simulated stock over time, one line per run (base, scenarios, sweep points), drawn on a
 * {@link DiagramCanvas} so that SVG, PDF and PNG show the same figure. Charts come from a result table of
 * simulated time series: first column {@code run} (text), second {@code time} (number), then one number column
 * per variable keyed by its model element id — the system-dynamics engine's {@code sd-series} table; every
 * column whose id is a {@link Stock} of the study's system dynamics models gets a chart.
 */
final class SeriesChart {

    /** Runs drawn in one chart; further runs (a long sweep) are left out and the caption says so. */
    static final int MAX_LINES = 8;

    private static final double WIDTH = 640;
    private static final double HEIGHT = 360;
    private static final double LEFT = 72;
    private static final double RIGHT = 170;
    private static final double TOP = 44;
    private static final double BOTTOM = 52;
    private static final double TICK_SIZE = 10;

    /** One run's line. */
    record Line(String run, double[] time, double[] value) {
    }

    private final String title;
    private final String xLabel;
    private final String yLabel;
    private final List<Line> lines;
    private final int omitted;
    private final String base;
    /** Observed points (time, value) drawn as crosses, with their legend text; possibly none. */
    private final List<double[]> observed;
    private final String observedLabel;

    private SeriesChart(String title, String xLabel, String yLabel, List<Line> lines, int omitted, String base,
            List<double[]> observed, String observedLabel) {
        this.title = title;
        this.xLabel = xLabel;
        this.yLabel = yLabel;
        this.lines = lines;
        this.omitted = omitted;
        this.base = base;
        this.observed = observed;
        this.observedLabel = observedLabel;
    }

    String title() {
        return title;
    }

    /** File name without extension, relative to the report folder. */
    String base() {
        return base;
    }

    String caption() {
        return title + (omitted > 0 ? " (the first " + MAX_LINES + " runs; " + omitted + " more in the table)" : "");
    }

    /** The charts of one run's result: one per stock column of its time-series tables. */
    static List<SeriesChart> of(Framework framework, AnalysisResult result, String runSlug) {
        Set<String> stocks = new LinkedHashSet<>();
        for (SystemDynamicsModel model : framework.getSystemDynamicsModels()) {
            for (Stock stock : model.getStocks()) {
                stocks.add(stock.getId());
            }
        }
        List<SeriesChart> charts = new ArrayList<>();
        if (stocks.isEmpty()) {
            return charts;
        }
        for (ResultTable table : result.tables()) {
            List<ResultColumn> columns = table.columns();
            if (columns.size() < 3 || !columns.get(0).id().equals("run") || columns.get(0).format() != ColumnFormat.TEXT
                    || !columns.get(1).id().equals("time") || columns.get(1).format() == ColumnFormat.TEXT) {
                continue;
            }
            String xLabel = NumberedTable.header(columns.get(1));
            for (int c = 2; c < columns.size(); c++) {
                ResultColumn column = columns.get(c);
                if (!stocks.contains(column.id()) || column.format() == ColumnFormat.TEXT) {
                    continue;
                }
                Map<String, List<double[]>> byRun = new LinkedHashMap<>();
                for (List<Object> row : table.rows()) {
                    if (row.get(0) == null || !(row.get(1) instanceof Number t) || !(row.get(c) instanceof Number v)) {
                        continue;
                    }
                    byRun.computeIfAbsent(row.get(0).toString(), k -> new ArrayList<>())
                            .add(new double[] { t.doubleValue(), v.doubleValue() });
                }
                List<Line> lines = new ArrayList<>();
                for (Map.Entry<String, List<double[]>> run : byRun.entrySet()) {
                    if (lines.size() == MAX_LINES) {
                        break;
                    }
                    List<double[]> points = run.getValue();
                    double[] time = new double[points.size()];
                    double[] value = new double[points.size()];
                    for (int i = 0; i < time.length; i++) {
                        time[i] = points.get(i)[0];
                        value[i] = points.get(i)[1];
                    }
                    lines.add(new Line(run.getKey(), time, value));
                }
                if (lines.isEmpty()) {
                    continue;
                }
                String yLabel = NumberedTable.header(column);
                List<double[]> points = new ArrayList<>();
                String observedColumn = observations(result, column.id(), points);
                String title = yLabel + " over time, by run" + (points.isEmpty() ? "" : ", with the observed series");
                charts.add(new SeriesChart(title, xLabel, yLabel, List.copyOf(lines), byRun.size() - lines.size(),
                        "diagrams/" + runSlug + "-" + FileNames.slug(column.id()), List.copyOf(points),
                        observedColumn == null ? null : "observed (" + observedColumn + ")"));
            }
        }
        return charts;
    }

    /**
     * Observations of element {@code elementId} from an observed-series table of the result (columns
     * {@code element}, {@code time}, {@code observed}, and {@code column} naming the data column: the
     * system-dynamics engine's {@code sd-observed}); returns the data column's name, or null when there are none.
     */
    private static String observations(AnalysisResult result, String elementId, List<double[]> points) {
        String name = null;
        for (ResultTable table : result.tables()) {
            int element = index(table, "element");
            int time = index(table, "time");
            int value = index(table, "observed");
            int column = index(table, "column");
            if (element < 0 || time < 0 || value < 0) {
                continue;
            }
            for (List<Object> row : table.rows()) {
                if (elementId.equals(row.get(element)) && row.get(time) instanceof Number t
                        && row.get(value) instanceof Number v) {
                    points.add(new double[] { t.doubleValue(), v.doubleValue() });
                    name = column >= 0 && row.get(column) != null ? row.get(column).toString() : "data";
                }
            }
        }
        return name;
    }

    private static int index(ResultTable table, String id) {
        for (int i = 0; i < table.columns().size(); i++) {
            if (table.columns().get(i).id().equals(id)) {
                return i;
            }
        }
        return -1;
    }

    /** Draws the chart: title, axes with ticks, grid-free plot area, one line per run, legend at the right. */
    void paint(DiagramCanvas canvas) {
        double legend = 0;
        for (Line line : lines) {
            legend = Math.max(legend, TextMetrics.width(line.run(), TICK_SIZE));
        }
        if (observedLabel != null && !observed.isEmpty()) {
            legend = Math.max(legend, TextMetrics.width(observedLabel, TICK_SIZE));
        }
        // the legend's texts start 50 px right of the plot; the page grows to hold the longest
        double width = Math.max(WIDTH, WIDTH - RIGHT + 50 + legend + 16);
        canvas.begin(width, HEIGHT, title);
        List<double[]> times = new ArrayList<>(lines.stream().map(Line::time).toList());
        List<double[]> values = new ArrayList<>(lines.stream().map(Line::value).toList());
        times.add(observed.stream().mapToDouble(p -> p[0]).toArray());
        values.add(observed.stream().mapToDouble(p -> p[1]).toArray());
        double[] xr = range(times, false);
        double[] yr = range(values, true);
        double plotLeft = LEFT;
        double plotRight = WIDTH - RIGHT;
        double plotTop = TOP;
        double plotBottom = HEIGHT - BOTTOM;
        canvas.text(width / 2, 20, DiagramCanvas.Anchor.MIDDLE, 13, title);
        canvas.text(plotLeft - 8, plotTop - 10, DiagramCanvas.Anchor.START, TICK_SIZE, yLabel);
        canvas.line(plotLeft, plotBottom, plotRight, plotBottom);
        canvas.line(plotLeft, plotTop, plotLeft, plotBottom);
        for (double tick : ticks(xr)) {
            double x = plotLeft + (tick - xr[0]) / (xr[1] - xr[0]) * (plotRight - plotLeft);
            canvas.line(x, plotBottom, x, plotBottom + 4);
            canvas.text(x, plotBottom + 16, DiagramCanvas.Anchor.MIDDLE, TICK_SIZE, label(tick, xr[2]));
        }
        for (double tick : ticks(yr)) {
            double y = plotBottom - (tick - yr[0]) / (yr[1] - yr[0]) * (plotBottom - plotTop);
            canvas.line(plotLeft - 4, y, plotLeft, y);
            String text = label(tick, yr[2]);
            canvas.text(plotLeft - 6 - TextMetrics.width(text, TICK_SIZE), y + 3.5, DiagramCanvas.Anchor.START,
                    TICK_SIZE, text);
        }
        canvas.text((plotLeft + plotRight) / 2, HEIGHT - 14, DiagramCanvas.Anchor.MIDDLE, TICK_SIZE + 1, xLabel);
        for (int s = 0; s < lines.size(); s++) {
            Line line = lines.get(s);
            double[] xs = new double[line.time().length];
            double[] ys = new double[xs.length];
            for (int i = 0; i < xs.length; i++) {
                xs[i] = plotLeft + (line.time()[i] - xr[0]) / (xr[1] - xr[0]) * (plotRight - plotLeft);
                ys[i] = plotBottom - (line.value()[i] - yr[0]) / (yr[1] - yr[0]) * (plotBottom - plotTop);
            }
            canvas.polyline(xs, ys, s);
            double ly = plotTop + 8 + s * 18;
            canvas.polyline(new double[] { plotRight + 16, plotRight + 44 }, new double[] { ly, ly }, s);
            canvas.text(plotRight + 50, ly + 3.5, DiagramCanvas.Anchor.START, TICK_SIZE, line.run());
        }
        for (double[] point : observed) {
            cross(canvas, plotLeft + (point[0] - xr[0]) / (xr[1] - xr[0]) * (plotRight - plotLeft),
                    plotBottom - (point[1] - yr[0]) / (yr[1] - yr[0]) * (plotBottom - plotTop));
        }
        if (!observed.isEmpty()) {
            double ly = plotTop + 8 + lines.size() * 18;
            cross(canvas, plotRight + 30, ly);
            canvas.text(plotRight + 50, ly + 3.5, DiagramCanvas.Anchor.START, TICK_SIZE, observedLabel);
        }
    }

    /** An observation: a small diagonal cross. */
    private static void cross(DiagramCanvas canvas, double x, double y) {
        canvas.line(x - 3.5, y - 3.5, x + 3.5, y + 3.5);
        canvas.line(x - 3.5, y + 3.5, x + 3.5, y - 3.5);
    }

    /** {min, max, step} of a nice axis covering the values (0 included for non-negative values when fromZero). */
    private static double[] range(List<double[]> series, boolean fromZero) {
        double min = Double.POSITIVE_INFINITY;
        double max = Double.NEGATIVE_INFINITY;
        for (double[] values : series) {
            for (double v : values) {
                min = Math.min(min, v);
                max = Math.max(max, v);
            }
        }
        if (fromZero && min > 0) {
            min = 0;
        }
        if (max - min <= 0) {
            double pad = max == 0 ? 1 : Math.abs(max) * 0.1;
            min -= pad;
            max += pad;
        }
        double step = niceStep((max - min) / 5);
        return new double[] { Math.floor(min / step + 1e-9) * step, Math.ceil(max / step - 1e-9) * step, step };
    }

    private static double niceStep(double rough) {
        double magnitude = Math.pow(10, Math.floor(Math.log10(rough)));
        double fraction = rough / magnitude;
        double nice = fraction <= 1 ? 1 : fraction <= 2 ? 2 : fraction <= 2.5 ? 2.5 : fraction <= 5 ? 5 : 10;
        return nice * magnitude;
    }

    private static List<Double> ticks(double[] range) {
        List<Double> ticks = new ArrayList<>();
        long n = Math.round((range[1] - range[0]) / range[2]);
        for (long i = 0; i <= n; i++) {
            ticks.add(range[0] + i * range[2]);
        }
        return ticks;
    }

    private static String label(double value, double step) {
        int decimals = Math.max(0, (int) Math.ceil(-Math.log10(step) - 1e-9));
        if (step * Math.pow(10, decimals) % 1 != 0 && decimals < 6) {
            decimals++;
        }
        String text = String.format(Locale.ROOT, "%." + decimals + "f", value);
        return text.equals("-0") ? "0" : text;
    }
}
