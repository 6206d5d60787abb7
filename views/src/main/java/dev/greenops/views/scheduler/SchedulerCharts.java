package dev.greenops.views.scheduler;

import dev.greenops.views.common.ChartStyle;
import dev.greenops.views.common.Fmt;
import dev.greenops.views.theme.Theme;
import dev.greenops.model.intensity.Decimator;
import dev.greenops.model.intensity.IntensitySeries;
import dev.greenops.model.schedule.Decision;
import dev.greenops.model.schedule.JobClass;
import dev.greenops.model.schedule.JobRecord;
import dev.greenops.model.schedule.Policy;
import dev.greenops.model.schedule.PolicyComparison;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Paint;
import java.text.SimpleDateFormat;
import java.time.Instant;
import java.util.List;
import java.util.TimeZone;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.CategoryLabelPositions;
import org.jfree.chart.axis.DateAxis;
import org.jfree.chart.axis.DateTickUnit;
import org.jfree.chart.axis.DateTickUnitType;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.SymbolAxis;
import org.jfree.chart.labels.ItemLabelAnchor;
import org.jfree.chart.labels.ItemLabelPosition;
import org.jfree.chart.labels.StandardCategoryItemLabelGenerator;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.CombinedDomainXYPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.chart.renderer.xy.StandardXYBarPainter;
import org.jfree.chart.renderer.xy.XYBarRenderer;
import org.jfree.chart.renderer.xy.XYStepRenderer;
import org.jfree.chart.title.LegendTitle;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.ui.RectangleAnchor;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.category.CategoryDataset;
import org.jfree.data.category.DefaultCategoryDataset;
import org.jfree.data.xy.XYIntervalSeries;
import org.jfree.data.xy.XYIntervalSeriesCollection;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

/**
 * The Scheduler screen's charts, built with JFreeChart alone (no JavaFX), so the screen, the CLI and the docs draw
 * exactly the same picture.
 */
public final class SchedulerCharts {

    /** The theme a chart is drawn for (background, text and grid from {@link ChartStyle}) and its waiting-bar grey. */
    public enum Style {
        LIGHT(Theme.LIGHT, new Color(0x8c959f)),
        DARK(Theme.DARK, new Color(0x6e7681));

        final Theme theme;
        final Color waiting;

        Style(Theme theme, Color waiting) {
            this.theme = theme;
            this.waiting = waiting;
        }

        Color text() {
            return ChartStyle.text(theme);
        }

        /** The colours for the window's theme. */
        public static Style of(Theme theme) {
            return theme == Theme.DARK ? DARK : LIGHT;
        }
    }

    static final Color RUNNING = new Color(0x2da44e);
    static final Color FORCED = new Color(0xd1242f);
    static final Color HARD = new Color(0x0969da);
    static final Color MIGRATED = new Color(0x8250df);
    static final Color CURVE = new Color(0xbf8700);

    private static final Color[] POLICY_COLOURS = {
        new Color(0xd1242f), new Color(0xbf8700), new Color(0x0969da), new Color(0x2da44e), new Color(0x8c959f)
    };

    /**
     * A policy bar's label: its saving as the tables show it (one decimal, a true minus sign, more decimals for a
     * negative that would round to zero), so a slightly dirtier policy never reads "0.0" or "-0.0" over its bar.
     */
    private static final StandardCategoryItemLabelGenerator SAVING_LABELS = new StandardCategoryItemLabelGenerator() {
        @Override
        public String generateLabel(CategoryDataset dataset, int row, int column) {
            Number v = dataset.getValue(row, column);
            return v == null ? null : Fmt.saving(v.doubleValue(), SavingFigures.PCT_DECIMALS);
        }
    };

    /** Pixel columns the intensity curve is decimated to (wider than any screen the chart is drawn on). */
    static final int CURVE_COLUMNS = 2000;

    private SchedulerCharts() {}

    /**
     * One lane per job (a thin bar from submission to dispatch, a thick bar for the run, forced dispatches in red)
     * over the intensity curve and the threshold, on one time axis, for the runs that touch {@code [from, to)}.
     */
    public static Timeline timeline(List<JobRecord> records, List<String> lanes, IntensitySeries curve,
            double thresholdGPerKwh, Instant from, Instant to, Style style) {
        return timeline(records, lanes, JobRecord::runEnd, curve, thresholdGPerKwh, from, to, style);
    }

    /**
     * As above, with each run's end given by {@code runEnd} (a record read back from job_metrics has no run length of
     * its own); no threshold line when {@code thresholdGPerKwh} is NaN (not known) and no curve when {@code curve} is
     * null.
     */
    public static Timeline timeline(List<JobRecord> records, List<String> lanes,
            java.util.function.Function<JobRecord, Instant> runEnd, IntensitySeries curve, double thresholdGPerKwh,
            Instant from, Instant to, Style style) {
        List<List<JobRecord>> items = new java.util.ArrayList<>();
        for (int i = 0; i < 5; i++) {
            items.add(new java.util.ArrayList<>());
        }
        XYIntervalSeries waiting = new XYIntervalSeries("waiting");
        XYIntervalSeries running = new XYIntervalSeries("running");
        XYIntervalSeries forced = new XYIntervalSeries("forced at expiry");
        XYIntervalSeries hard = new XYIntervalSeries("hard deadline");
        XYIntervalSeries migrated = new XYIntervalSeries("migrated");
        long a = from.toEpochMilli();
        long b = to.toEpochMilli();
        for (JobRecord r : records) {
            long s = r.submittedAt().toEpochMilli();
            long d = r.dispatchTs().toEpochMilli();
            long e = runEnd.apply(r).toEpochMilli();
            if (e < a || s > b) {
                continue;
            }
            int lane = lanes.indexOf(r.jobId());
            if (lane < 0) {
                continue;
            }
            if (d > s) {
                waiting.add(s, s, d, lane, lane - 0.06, lane + 0.06);
                items.get(0).add(r);
            }
            int series = r.jobClass() == JobClass.HARD ? 3
                    : r.decision() == Decision.FORCED_AT_EXPIRY ? 2
                    : r.decision() == Decision.MIGRATED ? 4 : 1;
            List.of(waiting, running, forced, hard, migrated).get(series).add(d, d, e, lane, lane - 0.3, lane + 0.3);
            items.get(series).add(r);
        }
        XYIntervalSeriesCollection bars = new XYIntervalSeriesCollection();
        for (XYIntervalSeries s : List.of(waiting, running, forced, hard, migrated)) {
            bars.addSeries(s);
        }
        XYBarRenderer barRenderer = new XYBarRenderer();
        barRenderer.setUseYInterval(true);
        barRenderer.setBarPainter(new StandardXYBarPainter());
        barRenderer.setShadowVisible(false);
        barRenderer.setDrawBarOutline(false);
        Paint[] paints = {style.waiting, RUNNING, FORCED, HARD, MIGRATED};
        for (int i = 0; i < paints.length; i++) {
            barRenderer.setSeriesPaint(i, paints[i]);
        }
        SymbolAxis laneAxis = new SymbolAxis(null, lanes.toArray(String[]::new));
        laneAxis.setInverted(true);
        laneAxis.setGridBandsVisible(false);
        laneAxis.setRange(-0.6, lanes.size() - 0.4);
        XYPlot lanesPlot = new XYPlot(bars, null, laneAxis, barRenderer);

        XYSeries points = new XYSeries("grid intensity", false, false);
        if (curve != null) {
            // a year of 15-minute data is reduced to what the chart's pixel columns can show
            Decimator.Points p = Decimator.decimate(curve, a, b, CURVE_COLUMNS);
            for (int i = 0; i < p.size(); i++) {
                double v = p.values()[i];
                points.add(p.timesMs()[i], Double.isNaN(v) ? null : v);
            }
        }
        XYStepRenderer step = new XYStepRenderer();
        step.setSeriesPaint(0, CURVE);
        step.setSeriesStroke(0, new BasicStroke(1.5f));
        NumberAxis gAxis = new NumberAxis("g CO2e/kWh");
        gAxis.setAutoRangeIncludesZero(true);
        XYPlot curvePlot = new XYPlot(new XYSeriesCollection(points), null, gAxis, step);
        boolean threshold = !Double.isNaN(thresholdGPerKwh);
        if (threshold) {
            ValueMarker marker = new ValueMarker(thresholdGPerKwh, FORCED, new BasicStroke(1.2f, BasicStroke.CAP_BUTT,
                    BasicStroke.JOIN_MITER, 10f, new float[] {6f, 4f}, 0f));
            marker.setLabel("threshold " + Fmt.gPerKwh(thresholdGPerKwh));
            marker.setLabelBackgroundColor(new Color(0, 0, 0, 0));
            marker.setLabelPaint(style.text());
            marker.setLabelAnchor(RectangleAnchor.TOP_LEFT);
            marker.setLabelTextAnchor(TextAnchor.BOTTOM_LEFT);
            curvePlot.addRangeMarker(marker);
        }
        double top = points.getItemCount() == 0 || Double.isNaN(points.getMaxY()) ? 100 : points.getMaxY() * 1.05;
        gAxis.setRange(0, Math.max(threshold ? thresholdGPerKwh * 1.2 : 0, top));

        DateAxis time = new DateAxis("time (UTC)");
        time.setTimeZone(TimeZone.getTimeZone("UTC"));
        time.setRange(a, b);
        long span = b - a;
        if (span <= 3L * 86_400_000) {
            SimpleDateFormat format = new SimpleDateFormat("EEE HH:mm", java.util.Locale.US);
            format.setTimeZone(TimeZone.getTimeZone("UTC"));
            time.setTickUnit(new DateTickUnit(DateTickUnitType.HOUR, 6, format));
        } else if (span <= 16L * 86_400_000) {
            SimpleDateFormat format = new SimpleDateFormat("EEE d MMM", java.util.Locale.US);
            format.setTimeZone(TimeZone.getTimeZone("UTC"));
            time.setTickUnit(new DateTickUnit(DateTickUnitType.DAY, 1, format));
        } else {
            SimpleDateFormat format = new SimpleDateFormat("d MMM", java.util.Locale.US);
            format.setTimeZone(TimeZone.getTimeZone("UTC"));
            time.setDateFormatOverride(format);
        }
        CombinedDomainXYPlot plot = new CombinedDomainXYPlot(time);
        plot.setGap(8);
        plot.add(lanesPlot, 3);
        plot.add(curvePlot, 2);
        JFreeChart chart = new JFreeChart(null, JFreeChart.DEFAULT_TITLE_FONT, plot, true);
        style(chart, style);
        return new Timeline(chart, items);
    }

    /**
     * The timeline chart and, per series of its lanes plot (waiting, running, forced, hard, migrated), the record
     * behind each item, so a click on a bar finds its job run.
     */
    public record Timeline(JFreeChart chart, List<List<JobRecord>> itemRecords) {
        public JobRecord record(int series, int item) {
            return series >= 0 && series < itemRecords.size() && item >= 0 && item < itemRecords.get(series).size()
                    ? itemRecords.get(series).get(item)
                    : null;
        }
    }

    /**
     * The saving of each policy against immediate dispatch, percent, for the flexible jobs as a whole and each flexible
     * job (negative bars are runs that came out dirtier).
     */
    public static JFreeChart policyComparison(PolicyComparison c, String title, Style style) {
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        List<Policy> shown = List.of(Policy.THRESHOLD, Policy.THRESHOLD_FALLBACK, Policy.OPTIMAL, Policy.ORACLE);
        for (String group : c.groups()) {
            if (group.equals(PolicyComparison.ALL) || group.equals(PolicyComparison.HARD)) {
                continue;
            }
            List<PolicyComparison.Row> rows = c.rows(group);
            if (rows.stream().allMatch(r -> r.baselineKg() == 0) || rows.stream().noneMatch(r -> r.deferred() > 0)) {
                continue; // hard jobs (nothing to defer) add only empty bars
            }
            for (Policy p : shown) {
                rows.stream().filter(r -> r.policy() == p).findFirst().ifPresent(r ->
                        data.addValue(r.savingPct() == null ? 0 : r.savingPct(), p.id(), group));
            }
        }
        CategoryAxis groups = new CategoryAxis(null);
        groups.setCategoryLabelPositions(CategoryLabelPositions.UP_45);
        NumberAxis pct = new NumberAxis("saving vs immediate (%)");
        pct.setUpperMargin(0.18); // room for the turned value labels
        pct.setLowerMargin(0.12);
        BarRenderer bars = new BarRenderer();
        bars.setBarPainter(new StandardBarPainter());
        bars.setShadowVisible(false);
        bars.setItemMargin(0.04);
        for (int i = 0; i < shown.size(); i++) {
            bars.setSeriesPaint(i, POLICY_COLOURS[i]);
        }
        bars.setDefaultItemLabelGenerator(SAVING_LABELS);
        bars.setDefaultItemLabelsVisible(true);
        // upright labels on four narrow bars per job ran into each other: turned, each stays over its own bar
        bars.setDefaultPositiveItemLabelPosition(new ItemLabelPosition(ItemLabelAnchor.OUTSIDE12, TextAnchor.CENTER_LEFT,
                TextAnchor.CENTER_LEFT, -Math.PI / 2));
        bars.setDefaultNegativeItemLabelPosition(new ItemLabelPosition(ItemLabelAnchor.OUTSIDE6, TextAnchor.CENTER_RIGHT,
                TextAnchor.CENTER_RIGHT, -Math.PI / 2));
        bars.setDefaultItemLabelFont(new Font(Font.SANS_SERIF, Font.PLAIN, 9));
        bars.setDefaultItemLabelPaint(style.text());
        CategoryPlot plot = new CategoryPlot(data, groups, pct, bars);
        plot.setOrientation(PlotOrientation.VERTICAL);
        plot.addRangeMarker(new ValueMarker(0, style.text(), new BasicStroke(1f)));
        JFreeChart chart = new JFreeChart(null, JFreeChart.DEFAULT_TITLE_FONT, plot, true);
        if (title != null) {
            chart.setTitle(new TextTitle(title, new Font(Font.SANS_SERIF, Font.BOLD, 14)));
        }
        style(chart, style);
        return chart;
    }

    private static void style(JFreeChart chart, Style style) {
        ChartStyle.apply(chart, style.theme);
        LegendTitle legend = chart.getLegend();
        if (legend != null) {
            legend.setPosition(RectangleEdge.BOTTOM);
        }
    }
}
