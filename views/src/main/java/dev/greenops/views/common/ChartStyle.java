package dev.greenops.views.common;

import dev.greenops.views.theme.Theme;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Paint;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.Axis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.CombinedDomainXYPlot;
import org.jfree.chart.plot.Plot;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.title.LegendTitle;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.title.Title;

/**
 * Colours JFreeChart charts like the AtlantaFX Primer theme around them, light or dark, and gives series a palette that
 * colour-blind readers can tell apart (Okabe-Ito), readable on both backgrounds.
 */
public final class ChartStyle {

    /** Okabe-Ito, reordered so neighbouring series contrast; grey is kept for "Other". */
    private static final Color[] PALETTE = {
        new Color(0x0072B2), new Color(0xE69F00), new Color(0x009E73), new Color(0xCC79A7),
        new Color(0x56B4E9), new Color(0xD55E00), new Color(0xF0E442), new Color(0x7F3C8D),
        new Color(0x1B9E77), new Color(0xA6761D)
    };

    public static final Color OTHER = new Color(0x9AA0A6);

    private ChartStyle() {}

    public static Paint series(int index) {
        return PALETTE[Math.floorMod(index, PALETTE.length)];
    }

    public static Color background(Theme theme) {
        return theme == Theme.DARK ? new Color(0x0d1117) : Color.WHITE;
    }

    public static Color text(Theme theme) {
        return theme == Theme.DARK ? new Color(0xe6edf3) : new Color(0x1f2328);
    }

    public static Color mutedText(Theme theme) {
        return theme == Theme.DARK ? new Color(0x9198a1) : new Color(0x59636e);
    }

    public static Color grid(Theme theme) {
        return theme == Theme.DARK ? new Color(0x30363d) : new Color(0xd1d9e0);
    }

    public static Font font(int style, float size) {
        return new Font(Font.SANS_SERIF, style, Math.round(size));
    }

    /** Applies {@code theme} to every part of {@code chart}. */
    public static void apply(JFreeChart chart, Theme theme) {
        chart.setBackgroundPaint(background(theme));
        chart.setAntiAlias(true);
        chart.setTextAntiAlias(true);
        if (chart.getTitle() != null) {
            chart.getTitle().setPaint(text(theme));
            chart.getTitle().setFont(font(Font.BOLD, 14));
        }
        for (int i = 0; i < chart.getSubtitleCount(); i++) {
            Title t = chart.getSubtitle(i);
            if (t instanceof LegendTitle legend) {
                legend(legend, theme);
            } else if (t instanceof TextTitle tt) {
                tt.setPaint(mutedText(theme));
                tt.setFont(font(Font.PLAIN, 12));
            }
        }
        Plot plot = chart.getPlot();
        plot.setBackgroundPaint(background(theme));
        plot.setOutlineVisible(false);
        plot.setNoDataMessagePaint(mutedText(theme));
        plot.setNoDataMessageFont(font(Font.PLAIN, 14));
        if (plot instanceof CategoryPlot cp) {
            cp.setRangeGridlinePaint(grid(theme));
            cp.setRangeGridlineStroke(new BasicStroke(1f));
            cp.setDomainGridlinesVisible(false);
            axis(cp.getDomainAxis(), theme);
            for (int i = 0; i < cp.getRangeAxisCount(); i++) {
                axis(cp.getRangeAxis(i), theme);
            }
        } else if (plot instanceof CombinedDomainXYPlot combined) {
            xyPlot(combined, theme);
            for (XYPlot sub : combined.getSubplots()) {
                xyPlot(sub, theme);
            }
        } else if (plot instanceof XYPlot xp) {
            xyPlot(xp, theme);
        }
    }

    private static void xyPlot(XYPlot xp, Theme theme) {
        xp.setBackgroundPaint(background(theme));
        xp.setOutlineVisible(false);
        xp.setRangeGridlinePaint(grid(theme));
        xp.setDomainGridlinePaint(grid(theme));
        xp.setRangeGridlineStroke(new BasicStroke(1f));
        xp.setDomainGridlineStroke(new BasicStroke(1f));
        for (int i = 0; i < xp.getDomainAxisCount(); i++) {
            axis(xp.getDomainAxis(i), theme);
        }
        for (int i = 0; i < xp.getRangeAxisCount(); i++) {
            axis(xp.getRangeAxis(i), theme);
        }
    }

    /** Colours a legend (also one kept off the chart on screen and put back for exports). */
    public static void legend(LegendTitle legend, Theme theme) {
        legend.setBackgroundPaint(background(theme));
        legend.setItemPaint(text(theme));
        legend.setItemFont(font(Font.PLAIN, 12));
        legend.setFrame(org.jfree.chart.block.BlockBorder.NONE);
    }

    private static void axis(Axis axis, Theme theme) {
        if (axis == null) {
            return;
        }
        axis.setLabelPaint(text(theme));
        axis.setLabelFont(font(Font.PLAIN, 12));
        axis.setTickLabelPaint(mutedText(theme));
        axis.setTickLabelFont(font(Font.PLAIN, 11));
        axis.setAxisLinePaint(grid(theme));
        axis.setTickMarkPaint(grid(theme));
    }
}
