package dev.greenops.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.greenops.model.common.ProgressListener;
import dev.greenops.model.reference.ReferenceData;
import dev.greenops.model.schedule.SchedulerSamplePart;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What a user gets for wrong input the audit of every command found mishandled: each exits with CLI.md's code and one
 * {@code greenops: FILE:LINE:COLUMN: reason (expected ...)} line (or a sentence), never an internal error.
 */
class WrongInputCommandsTest {

    @TempDir
    static Path dir;

    static Path de;
    static Path config;
    static Path jobs;
    static Path folder;

    @BeforeAll
    static void files() throws Exception {
        de = ReferenceData.DE_2023_HOURLY.copyTo(dir.resolve("DE_2023_hourly.csv"));
        new SchedulerSamplePart().write(dir, ProgressListener.NONE);
        config = dir.resolve("scheduler/carbon-aware-scheduler.yaml");
        jobs = dir.resolve("scheduler/jobs.yaml");
        folder = Files.createDirectories(dir.resolve("a-folder"));
    }

    static void assertBadInput(CliTest.Run r, String expectedErr) {
        assertThat(r.code()).as(r.err()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(r.err()).startsWith(expectedErr).doesNotContain("internal error").doesNotContain("Exception");
    }

    @Test
    void a_chart_or_csv_written_to_a_folder_is_refused_before_any_work_and_the_folder_stays() {
        assertBadInput(CliTest.run("profile", "--intensity", de.toString(), "--region", "DE", "--day", "2023-06-01",
                "--png", folder.toString()), "greenops: " + folder + ":0:0: is a folder (expected a writable file for the PNG)");
        assertBadInput(CliTest.run("schedule", "--config", config.toString(), "--jobs", jobs.toString(), "--intensity",
                de.toString(), "--from", "2023-01-01", "--to", "2023-01-08", "--out", folder.toString()),
                "greenops: " + folder + ":0:0: is a folder (expected a writable file for job_metrics.csv)");
        assertThat(folder).isDirectory();
    }

    @Test
    void a_chart_or_csv_in_a_missing_folder_is_refused_naming_the_folder_and_no_folder_is_created() {
        Path missing = dir.resolve("no-such-dir");
        String expected = " does not exist (expected a file in an existing folder: create the folder first, or correct"
                + " the path)";
        for (String option : List.of("--png", "--svg")) {
            Path file = missing.resolve("day" + option.replace("--", "."));
            assertBadInput(CliTest.run("profile", "--intensity", de.toString(), "--region", "DE", "--day", "2023-06-01",
                    option, file.toString()), "greenops: " + file + ":0:0: the folder " + missing + expected);
        }
        for (String option : List.of("--out", "--png")) {
            Path file = missing.resolve("nested/job_metrics" + (option.equals("--out") ? ".csv" : ".png"));
            assertBadInput(CliTest.run("schedule", "--config", config.toString(), "--jobs", jobs.toString(),
                    "--intensity", de.toString(), "--from", "2023-01-01", "--to", "2023-01-08", option, file.toString()),
                    "greenops: " + file + ":0:0: the folder " + missing.resolve("nested") + expected);
        }
        Path aFile = dir.resolve("DE_2023_hourly.csv");
        assertBadInput(CliTest.run("schedule", "--config", config.toString(), "--jobs", jobs.toString(), "--intensity",
                de.toString(), "--from", "2023-01-01", "--to", "2023-01-08", "--out", aFile.resolve("m.csv").toString()),
                "greenops: " + aFile.resolve("m.csv") + ":0:0: the folder " + aFile + " is not a folder");
        assertThat(missing).doesNotExist();
    }

    @Test
    void a_read_only_command_never_creates_the_workspace_it_was_pointed_at() {
        Path missing = dir.resolve("typo.duckdb");
        assertBadInput(CliTest.run("window", "--workspace", missing.toString(), "--region", "DE", "--from", "2023-06-01",
                "--to", "2023-06-02", "--duration", "2h"), "greenops: " + missing.toAbsolutePath() + ":0:0: no such workspace");
        assertBadInput(CliTest.run("schedule", "--config", config.toString(), "--jobs", jobs.toString(), "--workspace",
                missing.toString(), "--from", "2023-01-01", "--to", "2023-01-08"),
                "greenops: " + missing.toAbsolutePath() + ":0:0: no such workspace");
        assertThat(missing).doesNotExist();
    }

    @Test
    void a_file_that_is_not_a_workspace_is_named_as_such() throws Exception {
        Path notes = Files.writeString(dir.resolve("notes.txt"), "just some notes\n");
        assertBadInput(CliTest.run("import", "--workspace", notes.toString(), de.toString()),
                "greenops: " + notes.toAbsolutePath() + ":0:0: it is not a DuckDB workspace file");
        assertBadInput(CliTest.run("query", "--workspace", folder.toString(), "select 1"),
                "greenops: " + folder.toAbsolutePath() + ":0:0: it is a folder, not a workspace file");
        assertThat(Files.readString(notes)).isEqualTo("just some notes\n");
    }

    @Test
    void a_binary_file_and_a_binary_yaml_are_said_to_be_binary() throws Exception {
        Path binary = Files.write(dir.resolve("image.csv"), new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, 0, 13, 1, 2});
        assertBadInput(CliTest.run("window", "--intensity", binary.toString(), "--region", "DE", "--from", "2023-06-01",
                "--to", "2023-06-02", "--duration", "2h"),
                "greenops: " + binary + ":0:0: the file holds binary data, not text");
        assertBadInput(CliTest.run("schedule", "--config", binary.toString(), "--jobs", jobs.toString(), "--intensity",
                de.toString(), "--from", "2023-01-01", "--to", "2023-01-08"),
                "greenops: " + binary + ":0:0: the file holds binary data, not text (expected carbon-aware-scheduler.yaml");
        assertBadInput(CliTest.run("verify-bundle", "--bundle", de.toString(), "--key", binary.toString(), de.toString()),
                "greenops: " + binary + ":0:0: the file holds binary data, not text (expected a PEM public key");
    }

    @Test
    void an_empty_or_binary_bundle_or_key_is_a_problem_of_the_whole_file_at_0_0() throws Exception {
        Path binary = Files.write(dir.resolve("bundle.sigstore.json"), new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, 1});
        Path empty = Files.write(dir.resolve("empty.sigstore.json"), new byte[0]);
        Path emptyKey = Files.write(dir.resolve("empty.pub"), new byte[0]);
        Path notPem = Files.writeString(dir.resolve("notes.pub"), "just some notes\n");
        for (Path bundle : List.of(binary, empty)) {
            CliTest.Run r = CliTest.run("verify-bundle", "--bundle", bundle.toString(), "--certificate-identity",
                    "a@b.c", "--certificate-oidc-issuer", "https://issuer.example", "sha256:" + "0".repeat(64));
            assertThat(r.code()).as(r.err()).isEqualTo(ExitCode.PROBLEMS_FOUND);
            assertThat(r.err()).isEqualTo("greenops: " + bundle + ":0:0: UNREADABLE: " + (bundle == empty
                    ? "the file is empty" : "the file holds binary data, not text")
                    + " (expected a Sigstore bundle: one JSON object (.sigstore.json))\n");
        }
        assertBadInput(CliTest.run("verify-bundle", "--bundle", de.toString(), "--key", emptyKey.toString(), de.toString()),
                "greenops: " + emptyKey + ":0:0: the file is empty (expected a PEM public key");
        assertBadInput(CliTest.run("verify-bundle", "--bundle", de.toString(), "--key", notPem.toString(), de.toString()),
                "greenops: " + notPem + ":0:0: no PEM object in the file (expected a PEM public key");
    }

    @Test
    void a_bundle_over_one_mebibyte_is_refused_by_verify_bundle_as_by_the_trail_naming_the_limit() throws Exception {
        // 2 MiB was read and refused by the parser, 5 MiB refused unread with a message that named no limit
        for (long size : new long[] {(1L << 20) + 1, 2L << 20, 5L << 20}) {
            Path bundle = dir.resolve("big-" + size + ".sigstore.json");
            try (var f = new java.io.RandomAccessFile(bundle.toFile(), "rw")) {
                f.setLength(size);
            }
            CliTest.Run r = CliTest.run("verify-bundle", "--bundle", bundle.toString(), "--certificate-identity",
                    "a@b.c", "--certificate-oidc-issuer", "https://issuer.example", "sha256:" + "0".repeat(64));
            assertThat(r.code()).as(r.err()).isEqualTo(ExitCode.PROBLEMS_FOUND);
            assertThat(r.err()).isEqualTo("greenops: " + bundle + ":0:0: UNREADABLE: the bundle is "
                    + String.format(java.util.Locale.ROOT, "%,d", size)
                    + " bytes (expected a Sigstore bundle of at most 1,048,576 bytes (1 MiB))\n");
        }
    }

    @Test
    void an_option_value_in_the_wrong_form_reads_as_a_sentence_about_the_option() {
        assertBadInput(CliTest.run("window", "--intensity", de.toString(), "--region", "DE", "--from", "2023-06-01",
                "--to", "2023-06-02", "--duration", "6 hours"),
                "greenops: --duration: '6 hours' is not a duration (expected e.g. 90m, 6h or PT6H)\n");
        assertBadInput(CliTest.run("window", "--intensity", de.toString(), "--region", "DE", "--from", "2023-06-01",
                "--to", "2023-06-02", "--duration", "2h", "--threshold", "80kg"),
                "greenops: Invalid value for option '--threshold': '80kg' is not a number");
        assertBadInput(CliTest.run("bench", "--rows", "99999999999"),
                "greenops: --rows 99,999,999,999 is more than the benchmark builds (expected 0 for each case's default,"
                        + " or at most 100,000,000)");
    }

    @Test
    void an_unreadable_bundle_names_its_place_once_then_the_status() throws Exception {
        Path notJson = Files.writeString(dir.resolve("bundle.sigstore.json"), "not json\n");
        CliTest.Run r = CliTest.run("verify-bundle", "--bundle", notJson.toString(), "--certificate-identity", "a@b.c",
                "--certificate-oidc-issuer", "https://issuer.example", "sha256:" + "0".repeat(64));
        assertThat(r.code()).isEqualTo(ExitCode.PROBLEMS_FOUND);
        assertThat(r.err()).isEqualTo("greenops: " + notJson + ":1:1: UNREADABLE: malformed JSON: Unrecognized token"
                + " 'not': was expecting (JSON String, Number, Array, Object or token 'null', 'true' or 'false')"
                + " (expected a Sigstore bundle: one JSON object (.sigstore.json))\n");
    }

    @Test
    void report_names_a_missing_file_in_a_sentence_not_a_bare_path() {
        StringWriter text = new StringWriter();
        int code = Cli.report(new NoSuchFileException("/data/ledger.csv"), new PrintWriter(text, true), false);
        assertThat(code).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(text.toString()).isEqualTo("greenops: /data/ledger.csv:0:0: no such file or folder (expected an"
                + " existing file or folder)" + System.lineSeparator());
        StringWriter denied = new StringWriter();
        Cli.report(new java.io.FileNotFoundException("/data/out.png (Is a directory)"), new PrintWriter(denied, true), false);
        assertThat(denied.toString()).startsWith("greenops: /data/out.png:0:0: cannot open it: is a directory");
        assertThat(Cli.plainTypes("Invalid value for option '--rows': 'x' is not a long"))
                .isEqualTo("Invalid value for option '--rows': 'x' is not a whole number (or is too large)");
    }
}
