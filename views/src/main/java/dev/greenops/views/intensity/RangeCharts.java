package dev.greenops.views.intensity;

import static dev.greenops.views.intensity.IntensityCharts.Y_LABEL;
import static dev.greenops.views.intensity.IntensityCharts.valueAxis;
import static dev.greenops.views.intensity.IntensityCharts.withAlpha;

import dev.greenops.model.intensity.Decimator;
import dev.greenops.model.intensity.HourStats;
import dev.greenops.model.intensity.IntensitySeries;
import dev.greenops.views.common.Fmt;
import dev.greenops.model.intensity.Profiles;
import java.awt.BasicStroke;
import java.awt.Color;
import java.text.SimpleDateFormat;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TimeZone;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.DateAxis;
import org.jfree.chart.axis.DateTickUnit;
import org.jfree.chart.axis.DateTickUnitType;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.NumberTickUnit;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.LookupPaintScale;
import org.jfree.chart.renderer.xy.DeviationRenderer;
import org.jfree.chart.renderer.xy.XYBlockRenderer;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.title.PaintScaleLegend;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.ui.Layer;
import org.jfree.chart.ui.RectangleAnchor;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.xy.DefaultXYZDataset;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;
import org.jfree.data.xy.YIntervalSeries;
import org.jfree.data.xy.YIntervalSeriesCollection;

/** The charts over ranges of days: the typical day, the year heatmap and the decimated line of a long series. */
public final class RangeCharts {

    private RangeCharts() {}

    /**
     * Median per hour with the interquartile band, one per region, over a range of days; {@code subtitle} says what
     * the band is and which days, region by region.
     */
    public static JFreeChart typicalDay(Map<String, List<HourStats>> byRegion, double threshold, String subtitle,
            IntensityStyle style) {
        YIntervalSeriesCollection data = new YIntervalSeriesCollection();
        double max = threshold;
        for (Map.Entry<String, List<HourStats>> e : byRegion.entrySet()) {
            YIntervalSeries s = new YIntervalSeries(e.getKey() + " median (band: 25th–75th percentile)");
            for (HourStats h : e.getValue()) {
                if (h.count() > 0) {
                    s.add(h.hour(), h.medianGPerKwh(), h.q1GPerKwh(), h.q3GPerKwh());
                    max = Math.max(max, h.q3GPerKwh());
                }
            }
            data.addSeries(s);
        }
        NumberAxis hours = new NumberAxis("hour of day (UTC)");
        hours.setRange(0, 23);
        hours.setTickUnit(new NumberTickUnit(3));
        NumberAxis value = valueAxis(max);
        DeviationRenderer renderer = new DeviationRenderer(true, false);
        for (int i = 0; i < byRegion.size(); i++) {
            renderer.setSeriesPaint(i, style.line(i));
            renderer.setSeriesFillPaint(i, withAlpha(style.line(i), 60));
            renderer.setSeriesStroke(i, new BasicStroke(2.2f));
        }
        renderer.setAlpha(0.25f);
        XYPlot plot = new XYPlot(data, hours, value, renderer);
        ValueMarker line = new ValueMarker(threshold, style.threshold(), style.dashed());
        line.setLabel("threshold " + Fmt.gPerKwh(threshold));
        line.setLabelPaint(style.muted());
        line.setLabelAnchor(RectangleAnchor.TOP_LEFT);
        line.setLabelTextAnchor(TextAnchor.BOTTOM_LEFT);
        line.setLabelBackgroundColor(new Color(0, 0, 0, 0));
        plot.addRangeMarker(line, Layer.FOREGROUND);
        JFreeChart chart = new JFreeChart("Typical day — " + String.join(", ", byRegion.keySet()), IntensityStyle.TITLE, plot, true);
        chart.addSubtitle(new TextTitle(subtitle));
        chart.getLegend().setPosition(RectangleEdge.BOTTOM);
        style.apply(chart);
        return chart;
    }

    /** Day × hour heatmap of one region's series over a calendar year (hourly means when the step is finer). */
    public static JFreeChart yearHeatmap(IntensitySeries series, String label, int year, IntensityStyle style) {
        LocalDate first = LocalDate.of(year, 1, 1);
        return heatmap(series, label, first, first.plusYears(1), String.valueOf(year), style);
    }

    /**
     * Day × hour heatmap of one region's series over the days {@code [fromDay, toDay)} (hourly means when the step is
     * finer); {@code period} names those days in the axis label and the subtitle.
     */
    public static JFreeChart heatmap(IntensitySeries series, String label, LocalDate fromDay, LocalDate toDay,
            String period, IntensityStyle style) {
        LocalDate first = fromDay;
        int days = (int) java.time.temporal.ChronoUnit.DAYS.between(fromDay, toDay);
        if (days <= 0) {
            throw new IllegalArgumentException("no days between " + fromDay + " and " + toDay);
        }
        double[][] sum = new double[days][24];
        int[][] count = new int[days][24];
        Instant from = first.atStartOfDay(ZoneOffset.UTC).toInstant();
        Instant to = toDay.atStartOfDay(ZoneOffset.UTC).toInstant();
        IntensitySeries part = series.slice(from, to);
        double min = Double.POSITIVE_INFINITY;
        double max = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < part.size(); i++) {
            if (part.isMissing(i) || part.timeAt(i).isBefore(from) || !part.timeAt(i).isBefore(to)) {
                continue;
            }
            var t = part.timeAt(i).atZone(ZoneOffset.UTC);
            int d = (int) java.time.temporal.ChronoUnit.DAYS.between(first, t.toLocalDate());
            sum[d][t.getHour()] += part.valueAt(i);
            count[d][t.getHour()]++;
        }
        List<double[]> cells = new ArrayList<>();
        for (int d = 0; d < days; d++) {
            for (int h = 0; h < 24; h++) {
                if (count[d][h] > 0) {
                    double v = sum[d][h] / count[d][h];
                    min = Math.min(min, v);
                    max = Math.max(max, v);
                    cells.add(new double[] {first.plusDays(d).atStartOfDay(ZoneOffset.UTC).toInstant().toEpochMilli(), h, v});
                }
            }
        }
        double[][] xyz = new double[3][cells.size()];
        for (int i = 0; i < cells.size(); i++) {
            xyz[0][i] = cells.get(i)[0];
            xyz[1][i] = cells.get(i)[1];
            xyz[2][i] = cells.get(i)[2];
        }
        DefaultXYZDataset data = new DefaultXYZDataset();
        data.addSeries(label, xyz);
        if (cells.isEmpty()) {
            min = 0;
            max = 1;
        }
        LookupPaintScale scale = heatScale(min, Math.max(max, min + 1));
        XYBlockRenderer renderer = new XYBlockRenderer();
        renderer.setBlockWidth(86_400_000d);
        renderer.setBlockHeight(1);
        renderer.setBlockAnchor(RectangleAnchor.BOTTOM_LEFT);
        renderer.setPaintScale(scale);
        DateAxis days2 = new DateAxis("day (" + period + ")");
        days2.setTimeZone(TimeZone.getTimeZone("UTC"));
        days2.setRange(from.toEpochMilli(), to.toEpochMilli());
        long months = java.time.temporal.ChronoUnit.MONTHS.between(first.withDayOfMonth(1), toDay.minusDays(1)) + 1;
        boolean oneYear = first.getYear() == toDay.minusDays(1).getYear();
        SimpleDateFormat month = new SimpleDateFormat(oneYear ? "MMM" : "MMM yyyy", java.util.Locale.US);
        month.setTimeZone(TimeZone.getTimeZone("UTC"));
        // a tick a month up to two years, then fewer, so the labels never run into each other
        days2.setTickUnit(new DateTickUnit(DateTickUnitType.MONTH, months <= 24 ? 1 : (int) ((months + 11) / 12), month));
        NumberAxis hours = new NumberAxis("hour (UTC)");
        hours.setRange(0, 24);
        hours.setInverted(true);
        hours.setTickUnit(new NumberTickUnit(6));
        XYPlot plot = new XYPlot(data, days2, hours, renderer);
        plot.setDomainGridlinesVisible(false);
        plot.setRangeGridlinesVisible(false);
        JFreeChart chart = new JFreeChart(null, IntensityStyle.TITLE, plot, false);
        chart.addSubtitle(new TextTitle(label + " " + period + ": " + part.source() + " (" + part.describe() + ")"));
        NumberAxis scaleAxis = new NumberAxis(Y_LABEL);
        PaintScaleLegend legend = new PaintScaleLegend(scale, scaleAxis);
        legend.setPosition(RectangleEdge.RIGHT);
        legend.setMargin(new RectangleInsets(6, 6, 6, 6));
        legend.setStripWidth(12);
        chart.addSubtitle(legend);
        style.apply(chart);
        scaleAxis.setTickLabelPaint(style.muted());
        scaleAxis.setLabelPaint(style.text());
        legend.setBackgroundPaint(style.background());
        return chart;
    }

    /** A line over a long range, decimated to {@code columns} pixel columns (the view re-decimates on zoom). */
    public static JFreeChart rangeLine(IntensitySeries series, String label, double threshold, int columns, IntensityStyle style) {
        XYSeriesCollection data = new XYSeriesCollection(decimated(series, label, series.start().toEpochMilli(),
                series.end().toEpochMilli(), columns));
        DateAxis time = new DateAxis("time (UTC)");
        time.setTimeZone(TimeZone.getTimeZone("UTC"));
        double[] mmm = Profiles.minMeanMax(series);
        NumberAxis value = valueAxis(Math.max(Double.isNaN(mmm[2]) ? 1 : mmm[2], threshold));
        value.setAutoTickUnitSelection(true); // this chart is often short: let the axis thin its ticks
        XYLineAndShapeRenderer renderer = new XYLineAndShapeRenderer(true, false);
        renderer.setSeriesPaint(0, style.line(0));
        renderer.setSeriesStroke(0, new BasicStroke(1.2f));
        XYPlot plot = new XYPlot(data, time, value, renderer);
        ValueMarker line = new ValueMarker(threshold, style.threshold(), style.dashed());
        plot.addRangeMarker(line, Layer.FOREGROUND);
        plot.setDomainPannable(true);
        JFreeChart chart = new JFreeChart(null, IntensityStyle.TITLE, plot, false);
        chart.addSubtitle(new TextTitle(label + ", " + series.start().atZone(ZoneOffset.UTC).toLocalDate() + " to "
                + series.end().minusMillis(1).atZone(ZoneOffset.UTC).toLocalDate() + " (every point; min/max per pixel"
                + " column when zoomed out)"));
        style.apply(chart);
        return chart;
    }

    /** The decimated points of {@code series} between two times, as a chart series (NaN breaks the line). */
    public static XYSeries decimated(IntensitySeries series, String label, long fromMs, long toMs, int columns) {
        Decimator.Points p = Decimator.decimate(series, fromMs, toMs, Math.max(1, columns));
        XYSeries s = new XYSeries(label, false, true);
        for (int i = 0; i < p.size(); i++) {
            s.add(p.timesMs()[i], p.values()[i]);
        }
        return s;
    }

    /** Green (clean) through yellow to red (dirty), 64 steps between the year's extremes. */
    static LookupPaintScale heatScale(double min, double max) {
        LookupPaintScale scale = new LookupPaintScale(min, max + 1e-9, new Color(0x1a7f37));
        Color[] stops = {new Color(0x1a7f37), new Color(0x9ebc3f), new Color(0xf2c744), new Color(0xe8762b), new Color(0xb3261e)};
        int steps = 64;
        for (int i = 0; i < steps; i++) {
            double f = (double) i / (steps - 1);
            double pos = f * (stops.length - 1);
            int a = (int) Math.floor(pos);
            int b = Math.min(stops.length - 1, a + 1);
            double t = pos - a;
            Color c = new Color(
                    (int) Math.round(stops[a].getRed() + t * (stops[b].getRed() - stops[a].getRed())),
                    (int) Math.round(stops[a].getGreen() + t * (stops[b].getGreen() - stops[a].getGreen())),
                    (int) Math.round(stops[a].getBlue() + t * (stops[b].getBlue() - stops[a].getBlue())));
            scale.add(min + f * (max - min), c);
        }
        return scale;
    }
}
