package dev.greenops.model.trail.report;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

/**
 * A minimal flowing layout on PDFBox: A4 landscape pages, a cursor that moves down, text that wraps or is clipped to a
 * width, new pages when the cursor reaches the bottom. Uses the standard Helvetica fonts, so nothing is embedded;
 * characters outside their WinAnsi encoding are replaced rather than failing the export.
 */
final class PdfPages implements AutoCloseable {

    static final float MARGIN = 40;
    static final PDType1Font REGULAR = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
    static final PDType1Font BOLD = new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD);

    private final PDDocument document;
    private final String footer;
    private PDPageContentStream content;
    private float y;
    private int pages;
    private Runnable onNewPage = () -> {};

    PdfPages(PDDocument document, String footer) throws IOException {
        this.document = document;
        this.footer = footer;
        newPage();
    }

    float width() {
        return PDRectangle.A4.getHeight() - 2 * MARGIN; // landscape
    }

    float y() {
        return y;
    }

    /** Something to draw at the top of every following page (a table header); null for nothing. */
    void onNewPage(Runnable r) {
        onNewPage = r == null ? () -> {} : r;
    }

    void newPage() throws IOException {
        if (content != null) {
            drawFooter();
            content.close();
        }
        PDPage page = new PDPage(new PDRectangle(PDRectangle.A4.getHeight(), PDRectangle.A4.getWidth()));
        document.addPage(page);
        content = new PDPageContentStream(document, page);
        pages++;
        y = page.getMediaBox().getHeight() - MARGIN;
        onNewPage.run();
    }

    /** Makes sure {@code height} points fit above the bottom margin, starting a page if not. */
    void need(float height) throws IOException {
        if (y - height < MARGIN + 16) {
            newPage();
        }
    }

    void down(float points) {
        y -= points;
    }

    void text(float x, float atY, PDType1Font font, float size, float[] rgb, String text) throws IOException {
        content.beginText();
        content.setNonStrokingColor(rgb[0], rgb[1], rgb[2]);
        content.setFont(font, size);
        content.newLineAtOffset(MARGIN + x, atY);
        content.showText(safe(text));
        content.endText();
    }

    /**
     * A line of text whose whole height (ascenders to descenders, from the font's own metrics) lies below the cursor,
     * which ends just under its descenders: nothing drawn after it can cover a g, p or y.
     */
    void heading(PDType1Font font, float size, float[] rgb, String text) throws IOException {
        var descriptor = font.getFontDescriptor();
        float ascent = descriptor.getAscent() / 1000f * size;
        float descent = Math.abs(descriptor.getDescent()) / 1000f * size;
        down(ascent);
        text(0, y, font, size, rgb, text);
        down(descent);
    }

    /** Text cut to {@code maxWidth} points, with an ellipsis when cut. */
    void clipped(float x, float atY, PDType1Font font, float size, float[] rgb, String text, float maxWidth) throws IOException {
        String s = safe(text);
        if (width(font, size, s) > maxWidth) {
            while (!s.isEmpty() && width(font, size, s + "...") > maxWidth) {
                s = s.substring(0, s.length() - 1);
            }
            s = s + "...";
        }
        text(x, atY, font, size, rgb, s);
    }

    /** Writes a paragraph wrapped to the page width at the cursor, moving the cursor down. */
    void paragraph(PDType1Font font, float size, float[] rgb, String text, float indent) throws IOException {
        for (String line : wrap(safe(text), font, size, width() - indent)) {
            need(size * 1.4f);
            text(indent, y, font, size, rgb, line);
            down(size * 1.4f);
        }
    }

    void fill(float x, float atY, float w, float h, float[] rgb) throws IOException {
        content.setNonStrokingColor(rgb[0], rgb[1], rgb[2]);
        content.addRect(MARGIN + x, atY, w, h);
        content.fill();
    }

    void line(float x1, float atY, float x2, float[] rgb) throws IOException {
        content.setStrokingColor(rgb[0], rgb[1], rgb[2]);
        content.setLineWidth(0.5f);
        content.moveTo(MARGIN + x1, atY);
        content.lineTo(MARGIN + x2, atY);
        content.stroke();
    }

    static List<String> wrap(String text, PDType1Font font, float size, float maxWidth) throws IOException {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : text.split(" ")) {
            String candidate = line.isEmpty() ? word : line + " " + word;
            if (width(font, size, candidate) <= maxWidth || line.isEmpty()) {
                line.setLength(0);
                line.append(candidate);
            } else {
                lines.add(line.toString());
                line.setLength(0);
                line.append(word);
            }
        }
        if (!line.isEmpty()) {
            lines.add(line.toString());
        }
        return lines;
    }

    static float width(PDType1Font font, float size, String s) throws IOException {
        return font.getStringWidth(s) / 1000f * size;
    }

    /** Replaces what WinAnsi (the standard fonts' encoding) cannot show. */
    static String safe(String s) {
        if (s == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\u2713') {
                out.append("yes");
            } else if (c == '\u2717') {
                out.append("no");
            } else if (c == '\n' || c == '\r' || c == '\t') {
                out.append(' ');
            } else if ((c >= 0x20 && c < 0x7f) || (c >= 0xa0 && c <= 0xff) || "€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ".indexOf(c) >= 0) {
                out.append(c);
            } else {
                out.append('?');
            }
        }
        return out.toString();
    }

    private void drawFooter() throws IOException {
        text(0, MARGIN - 20, REGULAR, 7.5f, new float[] {0.4f, 0.4f, 0.4f}, footer + "   page " + pages);
    }

    @Override
    public void close() throws IOException {
        if (content != null) {
            drawFooter();
            content.close();
            content = null;
        }
    }
}
