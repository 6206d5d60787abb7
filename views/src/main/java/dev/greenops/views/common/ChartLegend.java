package dev.greenops.views.common;

import java.awt.BasicStroke;
import java.awt.Paint;
import java.awt.Shape;
import java.awt.Stroke;
import java.awt.geom.Ellipse2D;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.paint.Color;
import javafx.scene.shape.Circle;
import javafx.scene.shape.Line;
import javafx.scene.shape.Rectangle;
import org.jfree.chart.LegendItem;
import org.jfree.chart.LegendItemCollection;
import org.jfree.chart.LegendItemSource;
import org.jfree.chart.title.LegendTitle;

/**
 * A JFreeChart legend as JavaFX labels with a swatch each: a filled square for bars and bands, a line (dashed where
 * the series is) for lines, a ring for hollow marks. Measured and drawn with the same JavaFX font, so labels never run
 * into each other the way JFreeChart's own legend does inside a ChartViewer.
 */
public final class ChartLegend {

    public static final String ITEM_CLASS = "app-chart-legend-item";
    private static final Color FALLBACK = Color.GRAY;

    private ChartLegend() {}

    /** One label per legend item of {@code legend}'s sources, in order. */
    public static List<Node> nodes(LegendTitle legend) {
        List<Node> out = new ArrayList<>();
        for (LegendItemSource source : legend.getSources()) {
            LegendItemCollection items = source.getLegendItems();
            for (int i = 0; i < items.getItemCount(); i++) {
                LegendItem item = items.get(i);
                if (item.getLabel() == null || item.getLabel().isBlank()) {
                    continue;
                }
                Label label = new Label(item.getLabel(), swatch(item));
                label.getStyleClass().add(ITEM_CLASS);
                out.add(label);
            }
        }
        return out;
    }

    static Node swatch(LegendItem item) {
        if (item.isLineVisible() && !item.isShapeVisible()) {
            Line line = new Line(0, 0, 18, 0);
            line.setStroke(fx(item.getLinePaint()));
            dash(line, item.getLineStroke());
            return line;
        }
        Shape shape = item.getShape();
        boolean round = shape instanceof Ellipse2D;
        if (item.isShapeVisible() && !item.isShapeFilled()) {
            javafx.scene.shape.Shape ring = round ? new Circle(5) : new Rectangle(10, 10);
            ring.setFill(Color.TRANSPARENT);
            ring.setStroke(fx(item.getOutlinePaint()));
            ring.setStrokeWidth(1.5);
            return ring;
        }
        javafx.scene.shape.Shape filled = round ? new Circle(5) : new Rectangle(12, 12);
        filled.setFill(fx(item.getFillPaint()));
        return filled;
    }

    private static void dash(Line line, Stroke stroke) {
        line.setStrokeWidth(2);
        if (stroke instanceof BasicStroke b) {
            line.setStrokeWidth(Math.max(1, Math.min(3, b.getLineWidth())));
            if (b.getDashArray() != null) {
                for (float d : b.getDashArray()) {
                    line.getStrokeDashArray().add((double) Math.max(1, d));
                }
            }
        }
    }

    /** An AWT colour as a JavaFX one (other paints, e.g. gradients, as grey). */
    public static Color fx(Paint paint) {
        if (paint instanceof java.awt.Color c) {
            return Color.rgb(c.getRed(), c.getGreen(), c.getBlue(), c.getAlpha() / 255.0);
        }
        return FALLBACK;
    }
}
