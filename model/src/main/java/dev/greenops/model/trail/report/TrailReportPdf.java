package dev.greenops.model.trail.report;

import dev.greenops.model.trail.DayResult;
import dev.greenops.model.trail.TrailReport;
import dev.greenops.model.trail.TrustRootInfo;
import java.io.IOException;
import java.io.OutputStream;
import java.time.Instant;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.TimeZone;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;

/** The verification report as a PDF: the same content as the Markdown report, laid out for printing. */
public final class TrailReportPdf {

    private static final float[] BLACK = {0.1f, 0.1f, 0.1f};
    private static final float[] GREY = {0.4f, 0.4f, 0.4f};
    private static final float[] GREEN = {0.10f, 0.50f, 0.22f};
    private static final float[] RED = {0.75f, 0.12f, 0.12f};
    private static final float[] DEMO = {0.85f, 0.45f, 0.05f};
    private static final float[] STRIPE = {0.95f, 0.95f, 0.95f};
    /** Column x positions and widths of the days table, in points from the left margin. */
    private static final float[] X = {0, 62, 160, 380, 560, 620};
    private static final float[] W = {60, 96, 216, 176, 56, 140};
    private static final String[] HEADERS = {"Date", "Status", "Signer", "Issuer", "Log index", "Integrated time (UTC)"};
    private static final String TITLE = "Signature trail verification report";
    private static final float TITLE_SIZE = 18;

    /**
     * PDFBox logs a warning whenever it maps a standard font to a system font for glyph shapes; the report only needs
     * the standard metrics, so that warning is noise on an auditor's terminal. Held here so the setting stays.
     */
    private static final java.util.logging.Logger PDFBOX_FONTS = java.util.logging.Logger.getLogger("org.apache.pdfbox.pdmodel.font");

    static {
        PDFBOX_FONTS.setLevel(java.util.logging.Level.SEVERE);
    }

    private TrailReportPdf() {}

    public static void write(TrailReport report, Instant now, OutputStream out) throws IOException {
        try (PDDocument doc = new PDDocument()) {
            PDDocumentInformation info = doc.getDocumentInformation();
            info.setTitle(TITLE);
            info.setCreator("GreenOps Workbench");
            Calendar created = new GregorianCalendar(TimeZone.getTimeZone("UTC"));
            created.setTimeInMillis(report.verifiedAt().toEpochMilli());
            info.setCreationDate(created);
            try (PdfPages pages = new PdfPages(doc, "GreenOps Workbench - signature trail report - run " + report.runId())) {
                body(report, now, pages);
            }
            doc.save(out);
        }
    }

    private static void body(TrailReport report, Instant now, PdfPages p) throws IOException {
        TrustRootInfo root = report.trustRoot();
        // the title sits fully above the cursor it leaves: its descenders (g, p, y) must clear the DEMO band below
        p.heading(PdfPages.BOLD, TITLE_SIZE, BLACK, TITLE);
        p.down(12);
        if (root.demo()) {
            p.down(14); // the band reaches 14 points above its text's baseline
            p.fill(0, p.y() - 6, p.width(), 20, DEMO);
            p.text(8, p.y(), PdfPages.BOLD, 10, new float[] {1, 1, 1},
                    "DEMO - verified against a trusted root made by greenops sample: these signatures prove nothing.");
            p.down(6 + 20);
        } else {
            p.down(14);
        }
        p.text(0, p.y(), PdfPages.BOLD, 12, report.allVerified() ? GREEN : RED,
                (report.allVerified() ? "VERIFIED: " : "NOT VERIFIED: ") + report.summaryLine());
        p.down(20);
        String[][] rows = {
            {"Trail", report.trailDir().toString()},
            {"Days expected", report.from() + " to " + report.to() + " (" + report.expected() + ")"},
            {"Identity policy", report.policy()},
            {"Trusted root", root.displayLabel()},
            {"Root source", root.source()},
            {"Root SHA-256", root.sha256()},
            {"Root as of", root.asOfDate() + " (" + root.asOfBasis() + "), " + root.ageDays(now) + " days before this report"},
            {"Verified at", TrailReportMarkdown.UTC.format(report.verifiedAt()) + ", offline"},
        };
        for (String[] row : rows) {
            p.need(13);
            p.text(0, p.y(), PdfPages.BOLD, 9, GREY, row[0]);
            p.clipped(100, p.y(), PdfPages.REGULAR, 9, BLACK, row[1], p.width() - 100);
            p.down(13);
        }
        p.down(10);

        Runnable header = () -> {
            try {
                for (int i = 0; i < HEADERS.length; i++) {
                    p.text(X[i], p.y(), PdfPages.BOLD, 8.5f, BLACK, HEADERS[i]);
                }
                p.line(0, p.y() - 4, p.width(), GREY);
                p.down(15);
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        };
        p.need(30);
        header.run();
        p.onNewPage(header);
        boolean stripe = false;
        for (DayResult d : report.days()) {
            p.need(13);
            if (stripe) {
                p.fill(0, p.y() - 3.5f, p.width(), 13, STRIPE);
            }
            stripe = !stripe;
            boolean ok = d.status().isVerified();
            p.text(X[0], p.y(), PdfPages.REGULAR, 8.5f, BLACK, d.date().toString());
            p.text(X[1], p.y(), PdfPages.BOLD, 8.5f, ok ? GREEN : RED, d.status().name());
            p.clipped(X[2], p.y(), PdfPages.REGULAR, 8.5f, BLACK, d.signer() == null ? "-" : d.signer(), W[2]);
            p.clipped(X[3], p.y(), PdfPages.REGULAR, 8.5f, BLACK, d.issuer() == null ? "-" : d.issuer(), W[3]);
            p.text(X[4], p.y(), PdfPages.REGULAR, 8.5f, BLACK, d.logIndex() == null ? "-" : String.format("%,d", d.logIndex()));
            p.text(X[5], p.y(), PdfPages.REGULAR, 8.5f, BLACK, d.integratedTime() == null ? "-"
                    : TrailReportMarkdown.UTC.format(d.integratedTime()).replace(" UTC", ""));
            p.down(13);
        }
        p.onNewPage(null);
        p.down(12);
        p.need(30);
        p.text(0, p.y(), PdfPages.BOLD, 11, BLACK, "Failures");
        p.down(16);
        if (report.failed() == 0) {
            p.paragraph(PdfPages.REGULAR, 9, BLACK, "None.", 0);
        }
        for (DayResult d : report.days()) {
            if (!d.status().isVerified()) {
                p.paragraph(PdfPages.REGULAR, 9, BLACK, d.date() + "  " + d.status() + ": " + d.reason(), 0);
            }
        }
        if (!report.notes().isEmpty()) {
            p.down(8);
            p.need(30);
            p.text(0, p.y(), PdfPages.BOLD, 11, BLACK, "Notes");
            p.down(16);
            for (String n : report.notes()) {
                p.paragraph(PdfPages.REGULAR, 9, BLACK, n, 0);
            }
        }
        p.down(8);
        p.need(30);
        p.text(0, p.y(), PdfPages.BOLD, 11, BLACK, "How each day was checked");
        p.down(16);
        String how = TrailReportMarkdown.render(report, now);
        p.paragraph(PdfPages.REGULAR, 9, BLACK, how.substring(how.indexOf("Offline, against")).strip(), 0);
    }
}
