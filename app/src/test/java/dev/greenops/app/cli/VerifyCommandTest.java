package dev.greenops.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.greenops.model.common.ProgressListener;
import dev.greenops.model.store.Workspace;
import dev.greenops.model.trail.TrailSamplePart;
import dev.greenops.model.trail.demo.DemoSigstore;
import dev.greenops.model.trail.demo.DemoTrail;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class VerifyCommandTest {

    @TempDir
    static Path sample;

    @TempDir
    Path tmp;

    static final String HEADER = "date,resource_id,job_id,team,owner,model_family,model,framework,provider,region,"
            + "gpu_type,gpu_count,gpu_hours,energy_kwh,pue,grid_intensity_g_per_kwh,emissions_kgco2e,market_based_kgco2e,"
            + "embodied_kgco2e,cost_usd,methodology,intensity_source,signed_at";

    /** A synthetic October ledger in the UFMS:003 column order, then the real trail sample part over it. */
    @BeforeAll
    static void writeSample() throws Exception {
        StringBuilder csv = new StringBuilder(HEADER).append('\n');
        for (int day = 1; day <= 31; day++) {
            for (int j = 0; j < 3; j++) {
                csv.append(String.format(Locale.ROOT, "2026-10-%02d,node-%d,batch-predict,ml,o%d@example.com,m,m,pytorch,"
                        + "gcp,europe-west3,H100 SXM,8,2.0,%.1f,1.1,138.0,%.4f,,,,measured-nvml@1,"
                        + "electricitymaps:hourly:direct,\n", day, j, j, 1.8 + j, (1.8 + j) * 0.138));
            }
        }
        Files.createDirectories(sample.resolve("ledgers"));
        Files.writeString(sample.resolve(TrailSamplePart.MONTHLY_LEDGER), csv, StandardCharsets.UTF_8);
        new TrailSamplePart().write(sample, ProgressListener.NONE);
    }

    static String[] args(String trail, String... more) {
        List<String> a = new ArrayList<>(List.of("verify", sample.resolve(trail).toString(), "--trusted-root",
                sample.resolve(TrailSamplePart.DEMO_ROOT).toString()));
        a.addAll(List.of(more));
        return a.toArray(String[]::new);
    }

    static final String[] DEMO_POLICY = {"--identity", DemoSigstore.SIGNER, "--issuer", DemoSigstore.ISSUER};

    static String[] concat(String[] a, String... b) {
        List<String> out = new ArrayList<>(List.of(a));
        out.addAll(List.of(b));
        return out.toArray(String[]::new);
    }

    @Test
    void the_sample_trail_verifies_thirty_of_thirty_against_the_demo_root_and_exits_zero() {
        CliTest.Run r = CliTest.run(args("trail", DEMO_POLICY));
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out()).contains("30 of 30 days verified. Trail VERIFIED (against a DEMO root");
        assertThat(r.out()).contains("Trusted root:  DEMO ");
        assertThat(r.out().lines().filter(l -> l.matches("2026-10-\\d\\d  VERIFIED .*"))).hasSize(30);
        assertThat(r.err()).isEmpty();
    }

    @Test
    void the_tampered_copy_names_the_edited_and_the_missing_day_and_exits_one() {
        CliTest.Run r = CliTest.run(args("trail-tampered-DEMO", DEMO_POLICY));
        assertThat(r.code()).isEqualTo(ExitCode.PROBLEMS_FOUND);
        assertThat(r.out()).contains("28 of 30 days verified, 2 failed");
        assertThat(r.out().lines().filter(l -> l.startsWith("2026-10-") && !l.contains(" VERIFIED ")))
                .hasSize(2)
                .anyMatch(l -> l.startsWith("2026-10-17  TAMPERED"))
                .anyMatch(l -> l.startsWith("2026-10-24  MISSING_LEDGER"));
    }

    @Test
    void json_output_has_the_contract_shape_and_a_wrong_identity_fails_every_day() throws Exception {
        CliTest.Run r = CliTest.run(concat(args("trail", "--json", "--identity", "someone@example.com", "--issuer",
                DemoSigstore.ISSUER)));
        assertThat(r.code()).isEqualTo(ExitCode.PROBLEMS_FOUND);
        JsonNode doc = new ObjectMapper().readTree(r.out());
        assertThat(doc.get("summary").toString()).isEqualTo("{\"expected\":30,\"verified\":0,\"failed\":30}");
        assertThat(doc.get("days")).allSatisfy(d -> assertThat(d.get("status").asText()).isEqualTo("WRONG_IDENTITY"));
        assertThat(doc.get("trustedRoot").get("demo").asBoolean()).isTrue();
    }

    @Test
    void against_the_production_root_every_day_is_untrusted() throws Exception {
        Path production = Path.of(getClass().getResource("/sigstore-conformance/production-trusted_root.json").toURI());
        CliTest.Run r = CliTest.run(concat(new String[] {"verify", sample.resolve("trail").toString(), "--trusted-root",
                production.toString(), "--json"}, DEMO_POLICY));
        assertThat(r.code()).isEqualTo(ExitCode.PROBLEMS_FOUND);
        JsonNode doc = new ObjectMapper().readTree(r.out());
        assertThat(doc.get("days")).hasSize(30).allSatisfy(d -> assertThat(d.get("status").asText()).isEqualTo("UNTRUSTED"));
        assertThat(doc.get("trustedRoot").get("name").asText()).isEqualTo("Sigstore public-good production");
    }

    @Test
    void without_an_identity_policy_or_with_an_unreadable_root_it_is_a_usage_error() throws Exception {
        CliTest.Run none = CliTest.run(args("trail"));
        assertThat(none.code()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(none.err()).startsWith("greenops: say who must have signed").contains("--identity");
        Path bad = tmp.resolve("root.json");
        Files.writeString(bad, "{\n  \"tlogs\": \n");
        CliTest.Run r = CliTest.run(concat(new String[] {"verify", sample.resolve("trail").toString(), "--trusted-root",
                bad.toString()}, DEMO_POLICY));
        assertThat(r.code()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(r.err()).startsWith("greenops: " + bad + ":3:").doesNotContain("Exception");
        CliTest.Run badDate = CliTest.run(concat(args("trail", DEMO_POLICY), "--from", "2026-13-01"));
        assertThat(badDate.code()).isEqualTo(ExitCode.BAD_INPUT);
    }

    @Test
    void the_report_is_written_as_markdown_and_pdf_and_the_run_is_stored_in_the_workspace() throws Exception {
        Path md = tmp.resolve("report.md");
        Path pdf = tmp.resolve("report.pdf");
        Path ws = tmp.resolve("w.duckdb");
        assertThat(CliTest.run(concat(args("trail-tampered-DEMO", DEMO_POLICY), "--report", md.toString())).code()).isOne();
        assertThat(CliTest.run(concat(args("trail-tampered-DEMO", DEMO_POLICY), "--report", pdf.toString(),
                "--workspace", ws.toString())).code()).isOne();
        assertThat(Files.readString(md)).contains("| 2026-10-17 | **TAMPERED** |");
        assertThat(Files.readAllBytes(pdf)).startsWith("%PDF".getBytes(StandardCharsets.US_ASCII));
        try (Workspace w = Workspace.open(ws)) {
            assertThat(w.count("verification")).isEqualTo(30);
        }
    }

    @Test
    void a_trail_signed_with_a_plain_key_verifies_with_key() throws Exception {
        DemoSigstore demo = new DemoSigstore();
        Path dir = tmp.resolve("keyed");
        Files.createDirectories(dir);
        for (int d = 1; d <= 3; d++) {
            byte[] ledger = (HEADER + "\n2026-10-0" + d + ",n,j,t,o@example.com,m,m,f,p,r,g,1,1,1,1,1,0.001,,,,x@1,y,\n")
                    .getBytes(StandardCharsets.UTF_8);
            Files.write(dir.resolve("ledger-2026-10-0" + d + ".csv"), ledger);
            Files.writeString(dir.resolve("ledger-2026-10-0" + d + ".csv.sigstore.json"),
                    demo.signWithKey(ledger, java.time.Instant.parse("2026-10-0" + d + "T22:00:00Z")));
        }
        Path key = tmp.resolve("demo.pub");
        Files.writeString(key, demo.managedKeyPem());
        Files.writeString(tmp.resolve("root.json"), demo.trustedRootJson());
        CliTest.Run r = CliTest.run("verify", dir.toString(), "--trusted-root", tmp.resolve("root.json").toString(),
                "--key", key.toString());
        assertThat(r.code()).as(r.out() + r.err()).isZero();
        assertThat(r.out()).contains("3 of 3 days verified");
        CliTest.Run mixed = CliTest.run("verify", dir.toString(), "--trusted-root", tmp.resolve("root.json").toString(),
                "--key", key.toString(), "--identity", "x");
        assertThat(mixed.code()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(LocalDate.parse("2026-10-01")).isBefore(TrailSamplePart.FROM);
        assertThat(DemoTrail.DEFAULT_SIGNING_TIME).isEqualTo("T23:45:00Z");
    }

    @Test
    void a_truncated_trusted_root_or_bundle_is_one_line_at_jacksons_place_with_its_reason_and_what_was_expected()
            throws Exception {
        byte[] root = Files.readAllBytes(sample.resolve(TrailSamplePart.DEMO_ROOT));
        Path bad = Files.write(tmp.resolve("bad.json"), java.util.Arrays.copyOf(root, root.length / 2));
        CliTest.Run verify = CliTest.run(concat(new String[] {"verify", sample.resolve("trail").toString(),
                "--trusted-root", bad.toString()}, DEMO_POLICY));
        CliTest.Run bundle = CliTest.run("verify-bundle", "--bundle", sample.resolve("trail/ledger-2026-10-02.csv"
                + ".sigstore.json").toString(), "--trusted-root", bad.toString(), "--certificate-identity",
                DemoSigstore.SIGNER, "--certificate-oidc-issuer", DemoSigstore.ISSUER, "sha256:" + "0".repeat(64));
        for (CliTest.Run r : List.of(verify, bundle)) {
            assertThat(r.code()).as(r.err()).isEqualTo(ExitCode.BAD_INPUT);
            assertThat(r.err().lines()).singleElement().asString()
                    .matches(java.util.regex.Pattern.quote("greenops: " + bad) + ":\\d+:\\d+: the JSON ends too early \\(the"
                            + " file looks truncated\\): Unexpected end-of-input.*")
                    .endsWith(" (expected a Sigstore trusted_root.json)")
                    .doesNotContain("[Source").doesNotContain("REDACTED").doesNotContain("cannot read");
        }

        byte[] signed = Files.readAllBytes(sample.resolve("trail/ledger-2026-10-02.csv.sigstore.json"));
        Path cut = Files.write(tmp.resolve("cut.sigstore.json"), java.util.Arrays.copyOf(signed, signed.length / 2));
        CliTest.Run r = CliTest.run("verify-bundle", "--bundle", cut.toString(), "--trusted-root",
                sample.resolve(TrailSamplePart.DEMO_ROOT).toString(), "--certificate-identity", DemoSigstore.SIGNER,
                "--certificate-oidc-issuer", DemoSigstore.ISSUER, sample.resolve("trail/ledger-2026-10-02.csv").toString());
        assertThat(r.code()).as(r.err()).isEqualTo(ExitCode.PROBLEMS_FOUND);
        assertThat(r.err().lines()).singleElement().asString()
                .matches(java.util.regex.Pattern.quote("greenops: " + cut) + ":\\d+:\\d+: UNREADABLE: the JSON ends too early"
                        + " \\(the file looks truncated\\): Unexpected end-of-input.*")
                .endsWith(" (expected a Sigstore bundle: one JSON object (.sigstore.json))")
                .doesNotContain("[Source").doesNotContain("REDACTED");
    }

    @Test
    void a_report_in_a_missing_folder_is_refused_naming_the_folder_before_any_work_and_nothing_is_created() {
        Path missing = tmp.resolve("no-such-dir");
        Path report = missing.resolve("sub/rep.md");
        CliTest.Run r = CliTest.run(concat(args("trail", DEMO_POLICY), "--report", report.toString()));
        assertThat(r.code()).as(r.err()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(r.err()).isEqualTo("greenops: " + report + ":0:0: the folder " + missing.resolve("sub")
                + " does not exist (expected a file in an existing folder: create the folder first, or correct the"
                + " path)\n");
        assertThat(r.out()).isEmpty(); // refused before the trail was verified
        assertThat(missing).doesNotExist();
    }

    @Test
    void a_report_of_an_unknown_format_is_refused_in_one_line_before_the_trail_is_read() {
        // the trail folder does not exist: a refusal that came after the verification would name it instead
        Path report = tmp.resolve("x.docx");
        CliTest.Run r = CliTest.run(concat(args("no-such-trail", DEMO_POLICY), "--report", report.toString()));
        assertThat(r.code()).as(r.err()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(r.err()).isEqualTo("greenops: " + report + ":0:0: unknown report format (expected a file name ending"
                + " in .md or .pdf)\n");
        assertThat(r.out()).isEmpty();
        assertThat(report).doesNotExist();
    }
}
