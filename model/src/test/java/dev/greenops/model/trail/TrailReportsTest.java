package dev.greenops.model.trail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.greenops.model.common.InvalidInputException;
import dev.greenops.model.common.ProgressListener;
import dev.greenops.model.store.Workspace;
import dev.greenops.model.trail.demo.DemoTrail;
import dev.greenops.model.trail.report.TrailReportJson;
import dev.greenops.model.trail.report.TrailReportMarkdown;
import dev.greenops.model.trail.report.TrailReports;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TrailReportsTest {

    @TempDir
    static Path shared;

    static TrailReport report;

    @BeforeAll
    static void verifyTamperedTrail() throws Exception {
        var trail = TrailFixtures.october(shared);
        Path tampered = shared.resolve("tampered");
        DemoTrail.writeTamperedCopy(trail.dir(), tampered, LocalDate.parse("2026-10-17"), LocalDate.parse("2026-10-24"));
        report = new TrailVerifier(TrustRoots.load(trail.root()), TrailFixtures.CLOCK)
                .verify(tampered, TrailFixtures.DEMO_POLICY, null, null, ProgressListener.NONE);
    }

    @Test
    void the_json_has_exactly_the_cli_contract_shape() throws Exception {
        JsonNode doc = new ObjectMapper().readTree(TrailReportJson.write(report, TrailFixtures.CLOCK.instant()));
        assertThat(doc.properties().stream().map(java.util.Map.Entry::getKey).toList())
                .containsExactly("trustedRoot", "days", "summary");
        assertThat(doc.get("days")).hasSize(30);
        JsonNode day = doc.get("days").get(0);
        assertThat(day.properties().stream().map(java.util.Map.Entry::getKey).toList())
                .containsExactly("date", "status", "reason", "signer", "issuer", "logIndex", "integratedTime");
        assertThat(day.get("date").asText()).isEqualTo("2026-10-02");
        assertThat(day.get("status").asText()).isEqualTo("VERIFIED");
        assertThat(day.get("logIndex").isIntegralNumber()).isTrue();
        assertThat(day.get("integratedTime").asText()).isEqualTo("2026-10-02T23:40:02Z");
        JsonNode missing = doc.get("days").get(22);
        assertThat(missing.get("status").asText()).isEqualTo("MISSING_LEDGER");
        assertThat(missing.get("logIndex").isNull()).isTrue();
        assertThat(doc.get("summary").toString()).isEqualTo("{\"expected\":30,\"verified\":28,\"failed\":2}");
        assertThat(doc.get("trustedRoot").get("demo").asBoolean()).isTrue();
        assertThat(doc.get("trustedRoot").get("sha256").asText()).hasSize(64);
    }

    @Test
    void the_markdown_report_lists_every_day_the_root_the_policy_and_the_failures() {
        String md = TrailReportMarkdown.render(report, TrailFixtures.CLOCK.instant());
        assertThat(md).contains("**DEMO**").contains("NOT VERIFIED").contains("28 of 30 days verified, 2 failed");
        assertThat(md).contains("SAN = ledger-signer@demo.greenops.example, OIDC issuer = https://oidc.demo.greenops.example");
        assertThat(md).contains(report.trustRoot().sha256());
        assertThat(md.lines().filter(l -> l.startsWith("| 2026-10-"))).hasSize(30);
        assertThat(md).contains("| 2026-10-17 | **TAMPERED** |").contains("- **2026-10-24 MISSING_LEDGER**");
        assertThat(md).contains("| 2026-10-02 | VERIFIED | ledger-signer@demo.greenops.example | https://oidc.demo.greenops.example | 0 | 2026-10-02 23:40:02 |");
    }

    @Test
    void the_pdf_report_holds_the_same_facts_and_the_format_follows_the_extension() throws Exception {
        Path pdf = Files.createDirectories(shared.resolve("out")).resolve("report.pdf");
        TrailReports.write(report, pdf, TrailFixtures.CLOCK.instant());
        String text;
        try (var doc = Loader.loadPDF(pdf.toFile())) {
            text = new PDFTextStripper().getText(doc);
        }
        assertThat(text).contains("Signature trail verification report").contains("DEMO").contains("NOT VERIFIED");
        assertThat(text).contains("2026-10-17").contains("TAMPERED").contains("MISSING_LEDGER");
        assertThat(text).contains("ledger-signer@demo.greenops.example").contains(report.trustRoot().sha256());
        Path md = shared.resolve("out/report.md");
        TrailReports.write(report, md, TrailFixtures.CLOCK.instant());
        assertThat(Files.readString(md)).startsWith("# Signature trail verification report");
        assertThatThrownBy(() -> TrailReports.write(report, shared.resolve("r.docx"), TrailFixtures.CLOCK.instant()))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining(".md or .pdf");
        try (var files = Files.list(shared.resolve("out"))) {
            assertThat(files.map(p -> p.getFileName().toString()).toList()).containsExactlyInAnyOrder("report.pdf", "report.md");
        }
    }

    @Test
    void a_report_in_a_missing_folder_is_refused_naming_the_folder_and_no_folder_is_created(@TempDir Path dir) {
        Path missing = dir.resolve("typo");
        assertThatThrownBy(() -> TrailReports.write(report, missing.resolve("report.md"), TrailFixtures.CLOCK.instant()))
                .isInstanceOf(java.nio.file.NoSuchFileException.class)
                .hasMessage(missing.toAbsolutePath() + ": the folder does not exist");
        assertThat(missing).doesNotExist();
    }

    @Test
    void a_report_gets_the_permissions_of_any_new_file_so_others_can_read_it(@TempDir Path dir) throws Exception {
        // a file made the ordinary way in the same folder shows what the umask allows (0644 under umask 022)
        var ordinary = Files.getPosixFilePermissions(Files.createFile(dir.resolve("ordinary")));
        for (String name : List.of("report.md", "report.pdf")) {
            Path file = dir.resolve(name);
            TrailReports.write(report, file, TrailFixtures.CLOCK.instant());
            assertThat(Files.getPosixFilePermissions(file)).as(name).isEqualTo(ordinary);
        }
        try (var left = Files.list(dir)) {
            assertThat(left.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder("ordinary", "report.md",
                    "report.pdf");
        }
    }

    @Test
    void the_reports_say_demo_once_in_the_trusted_root_line() throws Exception {
        String md = TrailReportMarkdown.render(report, TrailFixtures.CLOCK.instant());
        String rootRow = md.lines().filter(l -> l.startsWith("| Trusted root |")).findFirst().orElseThrow();
        assertThat(rootRow.split("DEMO", -1)).as(rootRow).hasSize(2);
        Path pdf = shared.resolve("demo-once.pdf");
        TrailReports.write(report, pdf, TrailFixtures.CLOCK.instant());
        String text;
        try (var doc = Loader.loadPDF(pdf.toFile())) {
            text = new PDFTextStripper().getText(doc);
        }
        String pdfRoot = text.lines().filter(l -> l.startsWith("Trusted root")).findFirst().orElseThrow();
        assertThat(pdfRoot.split("DEMO", -1)).as(pdfRoot).hasSize(2);
        assertThat(text.lines().filter(l -> l.contains("DEMO DEMO") || l.matches(".*DEMO\\b.*\\bDEMO\\b.*\\bDEMO.*")))
                .isEmpty();
    }

    @Test
    void the_pdf_title_s_descenders_are_drawn_whole_above_the_demo_band() throws Exception {
        Path pdf = shared.resolve("title.pdf");
        TrailReports.write(report, pdf, TrailFixtures.CLOCK.instant());
        float scale = 3;
        java.awt.image.BufferedImage page;
        try (var doc = Loader.loadPDF(pdf.toFile())) {
            page = new org.apache.pdfbox.rendering.PDFRenderer(doc).renderImage(0, scale);
        }
        // the band spans the full text width: find its top at a column the title does not reach
        int bandX = page.getWidth() - (int) (45 * scale);
        int bandTop = -1;
        for (int y = 0; y < page.getHeight() / 3 && bandTop < 0; y++) {
            java.awt.Color c = new java.awt.Color(page.getRGB(bandX, y));
            if (c.getRed() > 180 && c.getGreen() > 80 && c.getGreen() < 150 && c.getBlue() < 60) {
                bandTop = y;
            }
        }
        assertThat(bandTop).as("the DEMO band").isPositive();
        int titleTop = -1;
        int titleBottom = -1;
        for (int y = 0; y < bandTop; y++) {
            for (int x = 0; x < page.getWidth(); x++) {
                java.awt.Color c = new java.awt.Color(page.getRGB(x, y));
                if (c.getRed() < 90 && c.getGreen() < 90 && c.getBlue() < 90) {
                    titleTop = titleTop < 0 ? y : titleTop;
                    titleBottom = y;
                    break;
                }
            }
        }
        assertThat(titleTop).as("the title's ink").isPositive();
        // Helvetica Bold at 18 pt is 0.925 em from ascender to descender: the ink of "Signature ... report" (S, t, g,
        // p, y) must cover most of it, and the band must start clearly below the lowest descender
        assertThat((titleBottom - titleTop + 1) / scale).isGreaterThan(15f);
        assertThat((bandTop - titleBottom - 1) / scale).isGreaterThanOrEqualTo(6f);
    }

    @Test
    void each_run_is_stored_one_row_per_day_and_the_latest_run_is_summarised() throws Exception {
        try (Workspace ws = Workspace.inMemory()) {
            assertThat(VerificationStore.latest(ws)).isEmpty();
            VerificationStore.save(ws, report);
            var latest = VerificationStore.latest(ws).orElseThrow();
            assertThat(latest.runId()).isEqualTo(report.runId());
            assertThat(latest.expected()).isEqualTo(30);
            assertThat(latest.verified()).isEqualTo(28);
            assertThat(latest.allVerified()).isFalse();
            List<String> statuses = ws.read(c -> {
                try (var s = c.createStatement();
                        var rs = s.executeQuery("select status from verification where date in ('2026-10-17', '2026-10-24')"
                                + " order by date")) {
                    List<String> out = new java.util.ArrayList<>();
                    while (rs.next()) {
                        out.add(rs.getString(1));
                    }
                    return out;
                }
            });
            assertThat(statuses).containsExactly("TAMPERED", "MISSING_LEDGER");
        }
    }
}
