package dev.greenops.views.intensity;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Paint;
import java.awt.Stroke;
import java.util.List;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.Axis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.title.LegendTitle;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.title.Title;

/**
 * Colours and fonts of the intensity charts in the light and dark theme (GitHub Primer's palette, which AtlantaFX's
 * Primer themes use), so a chart saved from the CLI looks like the one on screen.
 */
public record ChartStyle(boolean dark, Color background, Color plotBackground, Color text, Color muted, Color grid,
        List<Color> lines, Color clean, Color threshold, Color best, Color band) {

    public static final ChartStyle LIGHT = new ChartStyle(false, Color.WHITE, Color.WHITE, new Color(0x1f2328),
            new Color(0x59636e), new Color(0xd1d9e0), List.of(new Color(0x0969da), new Color(0xbc4c00), new Color(0x8250df),
                    new Color(0xcf222e), new Color(0x1a7f37), new Color(0x9a6700)),
            new Color(0x1a, 0x7f, 0x37, 46), new Color(0x59636e), new Color(0x8250df), new Color(0x09, 0x69, 0xda, 50));

    public static final ChartStyle DARK = new ChartStyle(true, new Color(0x0d1117), new Color(0x0d1117), new Color(0xf0f6fc),
            new Color(0x9198a1), new Color(0x3d444d), List.of(new Color(0x4493f8), new Color(0xf0883e), new Color(0xbe8fff),
                    new Color(0xff7b72), new Color(0x3fb950), new Color(0xd29922)),
            new Color(0x3f, 0xb9, 0x50, 56), new Color(0x9198a1), new Color(0xd2a8ff), new Color(0x44, 0x93, 0xf8, 60));

    public static final Font TITLE = new Font(Font.SANS_SERIF, Font.BOLD, 15);
    public static final Font SUBTITLE = new Font(Font.SANS_SERIF, Font.PLAIN, 12);
    public static final Font LABEL = new Font(Font.SANS_SERIF, Font.PLAIN, 12);
    public static final Font TICK = new Font(Font.SANS_SERIF, Font.PLAIN, 11);

    public Color line(int i) {
        return lines.get(i % lines.size());
    }

    public Stroke dashed() {
        return new BasicStroke(1.6f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f, new float[] {6f, 4f}, 0f);
    }

    /** Applies background, text and grid colours to a chart built by {@link IntensityCharts}. */
    public void apply(JFreeChart chart) {
        chart.setBackgroundPaint(background);
        chart.setAntiAlias(true);
        chart.setTextAntiAlias(true);
        if (chart.getTitle() != null) {
            chart.getTitle().setPaint(text);
            chart.getTitle().setFont(TITLE);
        }
        for (Object t : chart.getSubtitles()) {
            if (t instanceof TextTitle tt) {
                tt.setPaint(muted);
                tt.setFont(SUBTITLE);
            } else if (t instanceof LegendTitle legend) {
                legend.setBackgroundPaint(background);
                legend.setItemPaint(text);
                legend.setItemFont(LABEL);
                legend.setFrame(new org.jfree.chart.block.BlockBorder(background));
            }
            if (t instanceof Title title) {
                title.setVisible(true);
            }
        }
        if (chart.getPlot() instanceof XYPlot plot) {
            plot.setBackgroundPaint(plotBackground);
            plot.setDomainGridlinePaint(grid);
            plot.setRangeGridlinePaint(grid);
            plot.setOutlineVisible(false);
            for (int i = 0; i < plot.getDomainAxisCount(); i++) {
                style(plot.getDomainAxis(i));
            }
            for (int i = 0; i < plot.getRangeAxisCount(); i++) {
                style(plot.getRangeAxis(i));
            }
        }
    }

    private void style(Axis axis) {
        if (axis == null) {
            return;
        }
        axis.setLabelPaint(text);
        axis.setLabelFont(LABEL);
        axis.setTickLabelPaint(muted);
        axis.setTickLabelFont(TICK);
        axis.setAxisLinePaint(grid);
        axis.setTickMarkPaint(grid);
    }

    public Paint textPaint() {
        return text;
    }
}
