package dev.greenops.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.greenops.app.cli.CliTest.Run;
import dev.greenops.model.store.Workspace;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Exit codes and output of {@code greenops import} and {@code greenops check} (CLI.md). */
class LedgerCommandsTest {

    static final String HEADER = "date,resource_id,job_id,team,owner,model_family,model,framework,provider,region,"
            + "gpu_type,gpu_count,gpu_hours,energy_kwh,pue,grid_intensity_g_per_kwh,emissions_kgco2e,"
            + "market_based_kgco2e,embodied_kgco2e,cost_usd,methodology,intensity_source,signed_at";

    @TempDir
    Path dir;

    static String row(String resource, String team, String energy, String emissions, String pue) {
        return "2026-08-01," + resource + ",train-rec-v3," + team + ",maria.keller@example.com,rec-transformer,"
                + "rec-transformer-v3,pytorch,gcp,europe-west3,H100 SXM,8,72," + energy + "," + pue + ",200,"
                + emissions + ",,,,tdp-estimate@1,gcp:annual-average:2024,";
    }

    Path ledger(String name, String... rows) throws Exception {
        return Files.writeString(dir.resolve(name), HEADER + "\n" + String.join("\n", rows) + "\n");
    }

    static long ledgerRows(Path workspace) throws Exception {
        try (Workspace ws = Workspace.open(workspace)) {
            return ws.count("ledger");
        }
    }

    @Test
    void import_of_valid_files_exits_0_and_prints_rows_format_batch_and_digest() throws Exception {
        Path a = ledger("a.csv", row("n1", "search", "10", "2", "1.12"), row("n2", "risk", "20", "4", "1.12"));
        Path w = dir.resolve("w.duckdb");
        Run r = CliTest.run("import", "--workspace", w.toString(), a.toString());
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out()).containsPattern("a\\.csv: 2 rows as ufms-csv into ledger, batch 1, sha256 [0-9a-f]{12}…, no warnings");
        assertThat(ledgerRows(w)).isEqualTo(2);
    }

    @Test
    void import_json_output_is_one_document_with_the_warnings() throws Exception {
        Path a = ledger("a.csv", row("n1", "search", "10", "2.5", "1.12"));
        Run r = CliTest.run("import", "--json", "--workspace", dir.resolve("w.duckdb").toString(), a.toString());
        assertThat(r.code()).isZero();
        var doc = Json.MAPPER.readTree(r.out());
        assertThat(doc.at("/files/0/rows").asLong()).isEqualTo(1);
        assertThat(doc.at("/files/0/format").asText()).isEqualTo("ufms-csv");
        assertThat(doc.at("/files/0/sha256").asText()).hasSize(64);
        assertThat(doc.at("/files/0/warnings/0/line").asLong()).isEqualTo(2);
        assertThat(doc.at("/files/0/warnings/0/message").asText()).contains("2.5 kg", "10 x 200 / 1000 = 2.000 kg");
        assertThat(r.err()).contains("a.csv:2:17: warning: emissions_kgco2e is 2.5 kg");
    }

    @Test
    void a_refused_import_with_json_still_prints_one_document_with_the_problems_and_the_exit_code() throws Exception {
        Path bad = ledger("bad.csv", row("n1", "search", "abc", "2", "1.12"));
        Run r = CliTest.run("import", "--json", "--workspace", ":memory:", bad.toString());
        assertThat(r.code()).isEqualTo(ExitCode.BAD_INPUT);
        var doc = Json.MAPPER.readTree(r.out());
        assertThat(doc.at("/exitCode").asInt()).isEqualTo(2);
        assertThat(doc.at("/files").size()).isZero();
        assertThat(doc.at("/problems/0/file").asText()).isEqualTo(bad.toString());
        assertThat(doc.at("/problems/0/line").asLong()).isEqualTo(2);
        assertThat(doc.at("/problems/0/message").asText()).isEqualTo("energy_kwh is \"abc\"");
        assertThat(r.err()).isEqualTo("greenops: " + bad + ":2:14: energy_kwh is \"abc\" (expected a decimal >= 0)\n");
        Run unknown = CliTest.run("import", "--json", "--format", "xlsx", "--workspace", ":memory:", bad.toString());
        assertThat(unknown.code()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(Json.MAPPER.readTree(unknown.out()).at("/problems/0/message").asText())
                .isEqualTo("unknown format 'xlsx'");
        Run ok = CliTest.run("import", "--json", "--workspace", ":memory:",
                ledger("good.csv", row("n1", "search", "10", "2", "1.12")).toString());
        assertThat(Json.MAPPER.readTree(ok.out()).at("/exitCode").asInt()).isZero();
    }

    @Test
    void a_workspace_in_a_missing_folder_is_refused_with_exit_2_and_no_folder_is_made() throws Exception {
        Path missing = dir.resolve("no-such-folder");
        Run r = CliTest.run("import", "--workspace", missing.resolve("w.duckdb").toString(),
                ledger("a.csv", row("n1", "search", "10", "2", "1.12")).toString());
        assertThat(r.code()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(r.err()).isEqualTo("greenops: " + missing.resolve("w.duckdb") + ":0:0: the folder " + missing
                + " does not exist (expected a workspace in an existing folder: create the folder first, or correct"
                + " the path)\n");
        assertThat(missing).doesNotExist();
    }

    @Test
    void import_of_a_malformed_file_exits_2_names_file_line_column_and_leaves_the_workspace_unchanged()
            throws Exception {
        Path w = dir.resolve("w.duckdb");
        assertThat(CliTest.run("import", "--workspace", w.toString(),
                        ledger("good.csv", row("n1", "search", "10", "2", "1.12")).toString())
                .code())
                .isZero();
        Path bad = ledger("bad.csv", row("n1", "search", "10", "2", "1.12"), row("n2", "search", "abc", "2", "1.12"));
        Run r = CliTest.run("import", "--workspace", w.toString(), bad.toString());
        assertThat(r.code()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(r.err()).isEqualTo("greenops: " + bad + ":3:14: energy_kwh is \"abc\" (expected a decimal >= 0)\n");
        assertThat(ledgerRows(w)).isEqualTo(1);
    }

    @Test
    void import_of_a_missing_file_or_an_unknown_format_exits_2() throws Exception {
        Path w = dir.resolve("w.duckdb");
        Run missing = CliTest.run("import", "--workspace", w.toString(), dir.resolve("nope.csv").toString());
        assertThat(missing.code()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(missing.err()).contains("nope.csv:0:0: no such file");
        Run unknown = CliTest.run("import", "--workspace", w.toString(), "--format", "xlsx",
                ledger("a.csv", row("n1", "s", "1", "0.2", "1.12")).toString());
        assertThat(unknown.code()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(unknown.err()).startsWith("greenops: unknown format 'xlsx' (expected one of auto, ");
        Path text = Files.writeString(dir.resolve("notes.txt"), "just some words\n");
        Run undetectable = CliTest.run("import", "--workspace", w.toString(), text.toString());
        assertThat(undetectable.code()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(undetectable.err()).contains("notes.txt:1:1: cannot tell the format of this file");
    }

    @Test
    void check_exits_0_for_valid_files_even_with_warnings() throws Exception {
        Path clean = ledger("clean.csv", row("n1", "search", "10", "2", "1.12"));
        Path warned = ledger("warned.csv", row("n1", "search", "10", "3", "1.12"));
        Run r = CliTest.run("check", clean.toString(), warned.toString());
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out()).contains(clean + ": valid, 1 rows as ufms-csv", warned + ": valid, 1 rows as ufms-csv, 1 warning");
    }

    @Test
    void check_exits_1_for_validation_errors_and_lists_them() throws Exception {
        Path bad = ledger("bad.csv", row("n1", "search", "10", "2", "0.9"), row("n1", "search", "10", "2", "1.12"));
        Run r = CliTest.run("check", bad.toString());
        assertThat(r.code()).isEqualTo(ExitCode.PROBLEMS_FOUND);
        assertThat(r.err())
                .contains(bad + ":2:15: pue is 0.9 (expected a decimal >= 1)")
                .contains(bad + ":3:2: duplicate row: date 2026-08-01, resource_id \"n1\"");
        assertThat(r.out()).contains(bad + ": INVALID as ufms-csv: 2 problems");
    }

    @Test
    void check_exits_2_for_an_unreadable_file_or_unknown_format() throws Exception {
        Path truncated = Files.writeString(dir.resolve("cut.ndjson"),
                "{\"date\": \"2026-08-01\", \"resource_id\": \"n1\", \"job_id\": \"j\", \"team\": \"t\"}\n{\"date\": \"2026-08-");
        Run r = CliTest.run("check", truncated.toString());
        assertThat(r.code()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(r.err()).contains(truncated + ":2:").contains("the JSON ends too early");
        Path text = Files.writeString(dir.resolve("notes.txt"), "just some words\n");
        assertThat(CliTest.run("check", text.toString()).code()).isEqualTo(ExitCode.BAD_INPUT);
        Path bad = ledger("bad.csv", row("n1", "search", "10", "2", "0.9"));
        assertThat(CliTest.run("check", bad.toString(), text.toString()).code()).isEqualTo(ExitCode.BAD_INPUT);
    }

    @Test
    void check_json_reports_each_file_and_the_exit_code() throws Exception {
        Path bad = ledger("bad.csv", row("n1", "search", "-1", "2", "1.12"));
        Run r = CliTest.run("check", "--json", bad.toString());
        assertThat(r.code()).isEqualTo(ExitCode.PROBLEMS_FOUND);
        var doc = Json.MAPPER.readTree(r.out());
        assertThat(doc.at("/exitCode").asInt()).isEqualTo(1);
        assertThat(doc.at("/files/0/verdict").asText()).isEqualTo("invalid");
        assertThat(doc.at("/files/0/errors/0/column").asLong()).isEqualTo(14);
        assertThat(doc.at("/files/0/errors/0/expected").asText()).isEqualTo("a decimal >= 0");
    }
}
