package dev.greenops.views.intensity;

import dev.greenops.model.intensity.DayProfile;
import dev.greenops.model.intensity.DispatchWindow;
import dev.greenops.model.intensity.Durations;
import dev.greenops.model.intensity.IntensitySeries;
import dev.greenops.views.common.Fmt;
import dev.greenops.model.intensity.TimeWindow;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.geom.Ellipse2D;
import java.text.SimpleDateFormat;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.TimeZone;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.LegendItem;
import org.jfree.chart.LegendItemCollection;
import org.jfree.chart.axis.DateAxis;
import org.jfree.chart.axis.DateTickUnit;
import org.jfree.chart.axis.DateTickUnitType;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.NumberTickUnit;
import org.jfree.chart.plot.IntervalMarker;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.renderer.xy.XYStepRenderer;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.ui.Layer;
import org.jfree.chart.ui.RectangleAnchor;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

/**
 * The intensity charts, built once for the screen (in a {@code ChartViewer}) and for {@code greenops profile --png}
 * (headless AWT): the 24-hour profile with threshold and dispatch windows, the typical day, the year heatmap and a
 * decimated line for long ranges.
 */
public final class IntensityCharts {

    public static final String Y_LABEL = "g CO₂e/kWh";

    private IntensityCharts() {}

    /**
     * The 24-hour profile: a step line per region (each point covers its whole step), the dashed threshold, green bands
     * where a region is at or below it, hollow marks on points the publisher estimated, and the best start if given.
     */
    public static JFreeChart profile(List<DayProfile> profiles, TimeWindow best, IntensityStyle style) {
        if (profiles.isEmpty()) {
            throw new IllegalArgumentException("a profile chart needs at least one region");
        }
        DayProfile first = profiles.getFirst();
        XYSeriesCollection lines = new XYSeriesCollection();
        XYSeriesCollection estimated = new XYSeriesCollection();
        double max = first.thresholdGPerKwh();
        for (DayProfile p : profiles) {
            XYSeries s = new XYSeries(p.label(), false, true);
            XYSeries e = new XYSeries(p.label() + " estimated", false, true);
            IntensitySeries day = p.day();
            for (int i = 0; i < day.size(); i++) {
                s.add(day.timeAt(i).toEpochMilli(), day.valueAt(i));
                if (!day.isMissing(i)) {
                    max = Math.max(max, day.valueAt(i));
                    if (!day.estimated() && day.isEstimated(i)) {
                        e.add(day.timeAt(i).toEpochMilli() + day.step().toMillis() / 2.0, day.valueAt(i));
                    }
                }
            }
            if (day.size() > 0) {
                s.add(day.end().toEpochMilli(), day.valueAt(day.size() - 1)); // the last step runs to its end
            }
            lines.addSeries(s);
            estimated.addSeries(e);
        }
        DateAxis time = dayAxis(first.from(), first.to(), "time of day (UTC), " + first.date());
        NumberAxis value = valueAxis(max);
        XYStepRenderer renderer = new XYStepRenderer();
        for (int i = 0; i < profiles.size(); i++) {
            renderer.setSeriesPaint(i, style.line(i));
            // an annual average is drawn dotted: a flat floor, not a measurement of the day
            renderer.setSeriesStroke(i, profiles.get(i).day().estimated()
                    ? new BasicStroke(2.2f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND, 1f, new float[] {1f, 5f}, 0f)
                    : new BasicStroke(2.2f));
        }
        renderer.setDefaultSeriesVisibleInLegend(false);
        XYPlot plot = new XYPlot(lines, time, value, renderer);
        XYLineAndShapeRenderer marks = new XYLineAndShapeRenderer(false, true);
        for (int i = 0; i < profiles.size(); i++) {
            marks.setSeriesShape(i, new Ellipse2D.Double(-4, -4, 8, 8));
            marks.setSeriesPaint(i, style.line(i));
            marks.setSeriesShapesFilled(i, false);
        }
        marks.setDefaultSeriesVisibleInLegend(false);
        plot.setDataset(1, estimated);
        plot.setRenderer(1, marks);

        double threshold = first.thresholdGPerKwh();
        ValueMarker line = new ValueMarker(threshold, style.threshold(), style.dashed());
        line.setLabel("threshold " + Fmt.gPerKwh(threshold));
        line.setLabelPaint(style.muted());
        line.setLabelFont(IntensityStyle.TICK);
        line.setLabelAnchor(RectangleAnchor.TOP_LEFT);
        line.setLabelTextAnchor(TextAnchor.BOTTOM_LEFT);
        line.setLabelOffset(new RectangleInsets(2, 6, 2, 2));
        line.setLabelBackgroundColor(new Color(0, 0, 0, 0));
        plot.addRangeMarker(line, Layer.FOREGROUND);
        Color clean = withAlpha(style.clean(), Math.max(28, style.clean().getAlpha() / Math.max(1, profiles.size()) + 14));
        for (DayProfile p : profiles) {
            for (DispatchWindow w : p.windows()) {
                IntervalMarker band = new IntervalMarker(w.start().toEpochMilli(), w.end().toEpochMilli(), clean);
                if (profiles.size() == 1) {
                    band.setLabel(Fmt.hm(w.start()) + "–" + Fmt.endHm(w.end(), p.from()));
                    band.setLabelFont(IntensityStyle.TICK);
                    band.setLabelPaint(style.muted());
                    band.setLabelBackgroundColor(new Color(0, 0, 0, 0));
                    // at the band's left edge: a best-start line in the middle of the window would cross a centred label
                    band.setLabelAnchor(RectangleAnchor.TOP_LEFT);
                    band.setLabelTextAnchor(TextAnchor.TOP_LEFT);
                    band.setLabelOffset(new RectangleInsets(3, 4, 3, 3));
                }
                plot.addDomainMarker(band, Layer.BACKGROUND);
            }
        }
        if (best != null) {
            ValueMarker start = new ValueMarker(best.start().toEpochMilli(), style.best(), new BasicStroke(2f));
            start.setLabel("best start " + Fmt.hm(best.start()) + " (" + Durations.format(best.length()) + ", avg "
                    + Fmt.gPerKwh(best.avgGPerKwh()) + ")");
            start.setLabelPaint(style.best());
            start.setLabelFont(IntensityStyle.TICK);
            start.setLabelAnchor(RectangleAnchor.BOTTOM_RIGHT);
            start.setLabelTextAnchor(TextAnchor.BOTTOM_LEFT);
            start.setLabelOffset(new RectangleInsets(2, 4, 6, 2));
            start.setLabelBackgroundColor(new Color(0, 0, 0, 0));
            plot.addDomainMarker(start, Layer.FOREGROUND);
        }
        LegendItemCollection legend = new LegendItemCollection();
        for (int i = 0; i < profiles.size(); i++) {
            DayProfile p = profiles.get(i);
            legend.add(new LegendItem(p.label() + (p.day().estimated() ? " (annual average: a floor)" : ""), style.line(i)));
        }
        LegendItem band = new LegendItem("at or below the threshold (dispatch window)", withAlpha(style.clean(), 120));
        legend.add(band);
        LegendItem dashed = new LegendItem("threshold " + Fmt.gPerKwh(threshold), null, null, null,
                new java.awt.geom.Line2D.Double(-7, 0, 7, 0), style.dashed(), style.threshold());
        legend.add(dashed);
        if (estimated.getSeries().stream().anyMatch(s -> ((XYSeries) s).getItemCount() > 0)) {
            legend.add(new LegendItem("estimated by the publisher", null, null, null, new Ellipse2D.Double(-4, -4, 8, 8),
                    style.muted(), new BasicStroke(1f), style.muted()));
        }
        plot.setFixedLegendItems(legend);

        String title = "Grid carbon intensity — "
                + String.join(", ", profiles.stream().map(DayProfile::label).toList()) + ", " + first.date() + " (UTC)";
        JFreeChart chart = new JFreeChart(title, IntensityStyle.TITLE, plot, true);
        chart.addSubtitle(new TextTitle(profileSubtitle(profiles)));
        chart.getLegend().setPosition(RectangleEdge.BOTTOM);
        style.apply(chart);
        return chart;
    }

    static String profileSubtitle(List<DayProfile> profiles) {
        List<String> parts = new ArrayList<>();
        for (DayProfile p : profiles) {
            double[] mmm = p.minMeanMax();
            String kind = p.day().describe();
            String clean = p.windows().isEmpty()
                    ? "never at or below " + Fmt.gPerKwh(p.thresholdGPerKwh())
                    : Durations.format(java.time.Duration.ofMinutes(p.cleanMinutes())) + " at or below "
                            + Fmt.gPerKwh(p.thresholdGPerKwh());
            parts.add(p.label() + ": " + p.day().source() + " (" + kind + "); min " + Fmt.number(mmm[0], 2) + ", mean "
                    + Fmt.number(mmm[1], 2) + ", max " + Fmt.gPerKwh(mmm[2]) + "; " + clean);
        }
        return String.join("\n", parts);
    }

    static DateAxis dayAxis(Instant from, Instant to, String label) {
        DateAxis axis = new DateAxis(label);
        axis.setTimeZone(TimeZone.getTimeZone("UTC"));
        axis.setRange(from.toEpochMilli(), to.toEpochMilli());
        SimpleDateFormat hm = new SimpleDateFormat("HH:mm");
        hm.setTimeZone(TimeZone.getTimeZone("UTC"));
        axis.setTickUnit(new DateTickUnit(DateTickUnitType.HOUR, 2, hm));
        return axis;
    }

    /** A g/kWh axis from zero to a round number above {@code max}, with about eight ticks. */
    static NumberAxis valueAxis(double max) {
        NumberAxis value = new NumberAxis(Y_LABEL);
        double top = niceCeiling(max * 1.08);
        value.setRange(0, top);
        value.setTickUnit(new NumberTickUnit(niceStep(top / 8)));
        return value;
    }

    /** 1, 2, 2.5 or 5 × 10^k, the smallest at or above {@code raw}. */
    static double niceStep(double raw) {
        double magnitude = Math.pow(10, Math.floor(Math.log10(raw)));
        for (double m : new double[] {1, 2, 2.5, 5, 10}) {
            if (m * magnitude >= raw) {
                return m * magnitude;
            }
        }
        return 10 * magnitude;
    }

    static double niceCeiling(double v) {
        if (v <= 0 || Double.isNaN(v)) {
            return 1;
        }
        double magnitude = Math.pow(10, Math.floor(Math.log10(v)));
        double step = magnitude / 2;
        return Math.ceil(v / step) * step;
    }

    static Color withAlpha(Color c, int alpha) {
        return new Color(c.getRed(), c.getGreen(), c.getBlue(), Math.max(0, Math.min(255, alpha)));
    }

}
