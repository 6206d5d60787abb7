package dev.greenops.views.ledger;

import dev.greenops.model.ledger.explore.TimeGrain;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.text.DateFormat;
import java.util.List;
import java.util.TimeZone;
import org.jfree.chart.axis.DateAxis;
import org.jfree.chart.axis.DateTickUnit;
import org.jfree.chart.axis.DateTickUnitType;
import org.jfree.chart.ui.RectangleEdge;

/**
 * The pivot chart's time axis: ticks a whole number of buckets apart (days, weeks or months), spaced so their labels
 * never touch. JFreeChart's own choice measures labels with AWT font metrics and its units' formats, while the chart
 * is drawn with JavaFX fonts and our format: the labels came out wider than measured and ran into each other in a
 * narrow chart. Here a label is measured in the format it is drawn with, with room to spare.
 */
final class BucketDateAxis extends DateAxis {

    /** Space between two labels, and the slack for JavaFX drawing text wider than AWT measures it. */
    private static final double GAP_PX = 18;
    private static final double FX_SLACK = 1.25;
    /** A floor per character, for fonts whose metrics are not available (headless). */
    private static final double MIN_PX_PER_CHAR = 7;

    private final List<DateTickUnit> units;
    private final DateFormat format;

    BucketDateAxis(String label, TimeGrain grain, DateFormat format) {
        super(label);
        this.format = format;
        setTimeZone(TimeZone.getTimeZone("UTC"));
        setDateFormatOverride(format);
        units = units(grain, format);
    }

    static List<DateTickUnit> units(TimeGrain grain, DateFormat f) {
        return switch (grain) {
            case DAY -> List.of(day(1, f), day(2, f), day(7, f), day(14, f), month(1, f), month(2, f), month(3, f),
                    month(6, f), month(12, f));
            case WEEK -> List.of(day(7, f), day(14, f), day(28, f), month(2, f), month(3, f), month(6, f), month(12, f));
            case MONTH -> List.of(month(1, f), month(2, f), month(3, f), month(6, f), month(12, f), month(24, f));
        };
    }

    private static DateTickUnit day(int n, DateFormat f) {
        return new DateTickUnit(DateTickUnitType.DAY, n, f);
    }

    private static DateTickUnit month(int n, DateFormat f) {
        return new DateTickUnit(DateTickUnitType.MONTH, n, f);
    }

    @Override
    protected void selectAutoTickUnit(Graphics2D g2, Rectangle2D dataArea, RectangleEdge edge) {
        if (!RectangleEdge.isTopOrBottom(edge)) {
            super.selectAutoTickUnit(g2, dataArea, edge);
            return;
        }
        setTickUnit(choose(units, getRange().getLength(), dataArea.getWidth(), labelPx(g2)), false, false);
    }

    /** Drops a tick too close to the axis end for its label to fit (the "1 Nov" cut to "1 No" after October). */
    @Override
    @SuppressWarnings({"rawtypes", "unchecked"})
    protected List refreshTicksHorizontal(Graphics2D g2, Rectangle2D dataArea, RectangleEdge edge) {
        List ticks = super.refreshTicksHorizontal(g2, dataArea, edge);
        double rangeMs = getRange().getLength();
        if (rangeMs <= 0 || dataArea.getWidth() <= 0) {
            return ticks;
        }
        double halfLabelMs = (labelPx(g2) - GAP_PX) / 2 * rangeMs / dataArea.getWidth();
        double last = getRange().getUpperBound() - halfLabelMs;
        return new java.util.ArrayList<>(((List<org.jfree.chart.axis.Tick>) ticks).stream()
                .filter(t -> !(t instanceof org.jfree.chart.axis.ValueTick v) || v.getValue() <= last)
                .toList());
    }

    /** The first unit whose ticks lie at least {@code labelPx} apart on {@code widthPx} showing {@code rangeMs}. */
    static DateTickUnit choose(List<DateTickUnit> units, double rangeMs, double widthPx, double labelPx) {
        for (DateTickUnit u : units) {
            if (rangeMs <= 0 || widthPx * u.getSize() / rangeMs >= labelPx) {
                return u;
            }
        }
        return units.getLast();
    }

    /** The widest label this axis can draw, with the gap to the next one. */
    double labelPx(Graphics2D g2) {
        String widest = format.format(new java.util.Date(java.time.Instant.parse("2026-12-28T00:00:00Z").toEpochMilli()));
        double measured = 0;
        Font font = getTickLabelFont();
        if (g2 != null && font != null) {
            FontMetrics m = g2.getFontMetrics(font);
            measured = m.stringWidth(widest) * FX_SLACK;
        }
        return Math.max(measured, widest.length() * MIN_PX_PER_CHAR) + GAP_PX;
    }
}
