package dev.greenops.views.common;

import java.awt.Rectangle;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.jfree.chart.JFreeChart;
import org.jfree.svg.SVGGraphics2D;

/**
 * Writes a JFreeChart chart as PNG or SVG at a given size in pixels, with Java2D alone (no JavaFX), so the screens'
 * Save PNG / Save SVG and the CLI's {@code --png} / {@code --svg} draw the same file.
 */
public final class ChartExport {

    private ChartExport() {}

    public static BufferedImage image(JFreeChart chart, int width, int height) {
        return chart.createBufferedImage(width, height);
    }

    /** Writes a PNG atomically (a temp file moved into place), so a failed write never leaves half an image. */
    public static void savePng(JFreeChart chart, Path file, int width, int height) throws IOException {
        SafeFiles.write(file, tmp -> {
            if (!ImageIO.write(image(chart, width, height), "png", tmp.toFile())) {
                throw new IOException("no PNG writer available");
            }
        });
    }

    /** The chart as an SVG document (vector: scales without blur in reports). */
    public static String svg(JFreeChart chart, int width, int height) {
        SVGGraphics2D g = new SVGGraphics2D(width, height);
        chart.draw(g, new Rectangle(0, 0, width, height));
        return g.getSVGDocument();
    }

    public static void saveSvg(JFreeChart chart, Path file, int width, int height) throws IOException {
        SafeFiles.writeString(file, svg(chart, width, height));
    }
}
