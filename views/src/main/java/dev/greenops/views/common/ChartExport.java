package dev.greenops.views.common;

import java.awt.Rectangle;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javax.imageio.ImageIO;
import org.jfree.chart.JFreeChart;
import org.jfree.svg.SVGGraphics2D;

/** Writes a JFreeChart chart as PNG or SVG (JFreeSVG), or puts it on the clipboard, at a given size in pixels. */
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

    /** Puts the chart on the system clipboard as an image. Call on the FX thread. */
    public static void copy(JFreeChart chart, int width, int height) {
        ClipboardContent content = new ClipboardContent();
        content.putImage(SwingFXUtils.toFXImage(image(chart, width, height), null));
        Clipboard.getSystemClipboard().setContent(content);
    }
}
