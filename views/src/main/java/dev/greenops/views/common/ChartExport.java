package dev.greenops.views.common;

import java.awt.Dimension;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.transform.OutputKeys;
import javax.xml.transform.Transformer;
import javax.xml.transform.TransformerException;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamResult;
import org.apache.batik.svggen.SVGGeneratorContext;
import org.apache.batik.svggen.SVGGraphics2D;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.text.TextUtils;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

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

    /**
     * The chart as an SVG document (vector: scales without blur in reports), drawn by Apache Batik's SVG generator
     * (Apache-2.0, see docs/adr/0501) onto a DOM document from the JDK. Text stays text, so titles, axis labels and
     * legend entries can be searched, copied and translated in the file.
     */
    public static String svg(JFreeChart chart, int width, int height) {
        Document document;
        try {
            document = DocumentBuilderFactory.newInstance().newDocumentBuilder().newDocument();
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException("the JDK's XML parser cannot make a DOM document", e);
        }
        SVGGeneratorContext context = SVGGeneratorContext.createDefault(document);
        context.setComment("GreenOps Workbench chart, drawn with Apache Batik's SVG generator");
        context.setEmbeddedFontsOn(false);
        SVGGraphics2D g = new SVGGraphics2D(context, false);
        g.setSVGCanvasSize(new Dimension(width, height));
        // JFreeChart draws rotated text (the value axis label) through a TextLayout by default, which reaches the SVG
        // as glyph outlines; drawn as a string it stays <text>. Exports run on one thread (the FX thread, or the CLI's).
        boolean workaround = TextUtils.isUseDrawRotatedStringWorkaround();
        TextUtils.setUseDrawRotatedStringWorkaround(false);
        try {
            chart.draw(g, new Rectangle2D.Double(0, 0, width, height));
        } finally {
            TextUtils.setUseDrawRotatedStringWorkaround(workaround);
        }
        Element root = g.getRoot();
        g.dispose();
        // a viewBox lets the picture scale to whatever width a report gives it
        root.setAttributeNS(null, "viewBox", "0 0 " + width + " " + height);
        document.appendChild(root);
        // serialised by the JDK rather than Batik's own writer, which adds a DOCTYPE naming the SVG 1.0 DTD on the web:
        // a reader that resolves it would go online, and SVG since 1.1 recommends none
        StringWriter out = new StringWriter();
        try {
            Transformer t = TransformerFactory.newInstance().newTransformer();
            t.setOutputProperty(OutputKeys.ENCODING, "UTF-8");
            t.setOutputProperty(OutputKeys.INDENT, "no");
            t.transform(new DOMSource(document), new StreamResult(out));
        } catch (TransformerException e) {
            throw new IllegalStateException("writing SVG to memory failed", e);
        }
        return out.toString();
    }

    public static void saveSvg(JFreeChart chart, Path file, int width, int height) throws IOException {
        SafeFiles.writeString(file, svg(chart, width, height));
    }
}
