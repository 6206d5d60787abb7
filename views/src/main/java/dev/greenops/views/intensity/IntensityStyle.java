package dev.greenops.views.intensity;

import dev.greenops.views.common.ChartStyle;
import dev.greenops.views.theme.Theme;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Stroke;
import java.util.List;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.title.LegendTitle;
import org.jfree.chart.ui.RectangleEdge;

/**
 * What the intensity charts add to the shared {@link ChartStyle}: a line colour per region (GitHub Primer's, which the
 * AtlantaFX Primer themes use), the green of the dispatch windows, the threshold and the best start, for the light or
 * the dark theme. Background, text and grid come from ChartStyle, so a chart the CLI saves looks like the one on screen.
 */
public record IntensityStyle(Theme theme, List<Color> lines, Color clean, Color threshold, Color best) {

    public static final IntensityStyle LIGHT = new IntensityStyle(Theme.LIGHT,
            List.of(new Color(0x0969da), new Color(0xbc4c00), new Color(0x8250df), new Color(0xcf222e),
                    new Color(0x1a7f37), new Color(0x9a6700)),
            new Color(0x1a, 0x7f, 0x37, 46), new Color(0x59636e), new Color(0x8250df));

    public static final IntensityStyle DARK = new IntensityStyle(Theme.DARK,
            List.of(new Color(0x4493f8), new Color(0xf0883e), new Color(0xbe8fff), new Color(0xff7b72),
                    new Color(0x3fb950), new Color(0xd29922)),
            new Color(0x3f, 0xb9, 0x50, 56), new Color(0x9198a1), new Color(0xd2a8ff));

    public static final Font TITLE = ChartStyle.font(Font.BOLD, 14);
    public static final Font TICK = ChartStyle.font(Font.PLAIN, 11);

    public static IntensityStyle of(Theme theme) {
        return theme == Theme.DARK ? DARK : LIGHT;
    }

    public Color background() {
        return ChartStyle.background(theme);
    }

    public Color text() {
        return ChartStyle.text(theme);
    }

    public Color muted() {
        return ChartStyle.mutedText(theme);
    }

    public Color line(int i) {
        return lines.get(i % lines.size());
    }

    public Stroke dashed() {
        return new BasicStroke(1.6f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f, new float[] {6f, 4f}, 0f);
    }

    /** The shared theme colours and fonts, and the legend under the plot. */
    public void apply(JFreeChart chart) {
        ChartStyle.apply(chart, theme);
        for (Object t : chart.getSubtitles()) {
            if (t instanceof LegendTitle legend) {
                legend.setPosition(RectangleEdge.BOTTOM);
            }
        }
    }
}
