package dev.greenops.views.ledger;

import dev.greenops.model.ledger.explore.Measure;
import dev.greenops.model.ledger.explore.Pivot;
import dev.greenops.model.ledger.explore.TimeGrain;
import dev.greenops.views.common.ChartStyle;
import dev.greenops.views.common.Fmt;
import java.math.BigDecimal;
import java.text.SimpleDateFormat;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.Locale;
import java.util.Map;
import java.util.TimeZone;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.DateAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.StackedXYBarRenderer;
import org.jfree.chart.renderer.xy.StandardXYBarPainter;
import org.jfree.chart.title.LegendTitle;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.data.time.SimpleTimePeriod;
import org.jfree.data.time.TimePeriod;
import org.jfree.data.time.TimeTableXYDataset;

/** Builds the pivot's stacked bar chart: one bar per time bucket on a UTC date axis, one stacked series per key. */
final class PivotChart {

    private static final TimeZone UTC = TimeZone.getTimeZone("UTC");

    private PivotChart() {}

    static Date utc(LocalDate d) {
        return Date.from(d.atStartOfDay(ZoneOffset.UTC).toInstant());
    }

    static LocalDate day(Date d) {
        return d.toInstant().atZone(ZoneOffset.UTC).toLocalDate();
    }

    /** The chart of {@code data} (built by {@link PivotChartData#of}). */
    static JFreeChart build(Pivot pivot, PivotChartData data, Measure measure) {
        TimeTableXYDataset dataset = new TimeTableXYDataset(UTC, Locale.ENGLISH);
        dataset.setDomainIsPointsInTime(false);
        TimeGrain g = pivot.grain();
        for (Map.Entry<LocalDate, Map<String, BigDecimal>> period : data.values().entrySet()) {
            TimePeriod tp = new SimpleTimePeriod(utc(period.getKey()), new Date(utc(g.end(period.getKey()).plusDays(1)).getTime() - 1));
            for (String series : data.series()) {
                BigDecimal v = period.getValue().get(series);
                dataset.add(tp, v == null ? 0.0 : v.doubleValue(), series, false);
            }
        }
        SimpleDateFormat fmt = new SimpleDateFormat(g == TimeGrain.MONTH ? "MMM yyyy" : "d MMM", Locale.ENGLISH);
        fmt.setTimeZone(UTC);
        DateAxis x = new BucketDateAxis(g.title() + " (UTC)", g, fmt);
        x.setLowerMargin(0.01);
        x.setUpperMargin(0.02);
        NumberAxis y = new NumberAxis(measure.titleWithUnit());
        y.setAutoRangeIncludesZero(true);
        StackedXYBarRenderer r = new StackedXYBarRenderer(0.15);
        r.setBarPainter(new StandardXYBarPainter());
        r.setShadowVisible(false);
        r.setDrawBarOutline(false);
        for (int i = 0; i < data.series().size(); i++) {
            r.setSeriesPaint(i, data.isOther(data.series().get(i)) ? ChartStyle.OTHER : ChartStyle.series(i));
        }
        r.setDefaultToolTipGenerator((ds, series, item) -> {
            TimeTableXYDataset t = (TimeTableXYDataset) ds;
            LocalDate start = day(t.getTimePeriod(item).getStart());
            return ds.getSeriesKey(series) + " \u00b7 " + g.label(start) + ": "
                    + Fmt.withUnit(Fmt.amount(ds.getYValue(series, item)), measure.unit()) + " (click for the rows)";
        });
        XYPlot plot = new XYPlot(dataset, x, y, r);
        JFreeChart chart = new JFreeChart(null, JFreeChart.DEFAULT_TITLE_FONT, plot, true);
        LegendTitle legend = chart.getLegend();
        legend.setPosition(RectangleEdge.BOTTOM);
        chart.setTitle(measure.title() + " by " + Fmt.inSentence(pivot.dimension().title()) + " per "
                + Fmt.inSentence(g.title()));
        return chart;
    }
}
