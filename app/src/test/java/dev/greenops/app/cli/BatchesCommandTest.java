package dev.greenops.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.greenops.app.cli.CliTest.Run;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code greenops import} refuses a file it already holds; {@code greenops batches} lists and removes batches. */
class BatchesCommandTest {

    @TempDir
    Path dir;

    Path ledger(String name, String... resources) throws Exception {
        StringBuilder out = new StringBuilder(LedgerCommandsTest.HEADER).append('\n');
        for (String r : resources) {
            out.append(LedgerCommandsTest.row(r, "search", "10", "2", "1.12")).append('\n');
        }
        return Files.writeString(dir.resolve(name), out);
    }

    @Test
    void importing_the_same_file_again_exits_2_naming_the_batch_and_the_way_out() throws Exception {
        Path a = ledger("a.csv", "n1", "n2");
        String w = dir.resolve("w.duckdb").toString();
        assertThat(CliTest.run("import", "--workspace", w, a.toString()).code()).isZero();

        Run again = CliTest.run("import", "--workspace", w, a.toString());

        assertThat(again.code()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(again.err()).matches("greenops: " + java.util.regex.Pattern.quote(a.toString())
                + ":0:0: this exact file was already imported as batch 1 on \\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d UTC"
                + " \\(expected a new file; to replace batch 1, remove it first with greenops batches --remove 1; to"
                + " count its rows twice on purpose, import with --allow-reimport\\)\\R");
        assertThat(again.out()).isEmpty();
        assertThat(LedgerCommandsTest.ledgerRows(Path.of(w))).isEqualTo(2);

        Run forced = CliTest.run("import", "--allow-reimport", "--workspace", w, a.toString());
        assertThat(forced.code()).as(forced.err()).isZero();
        assertThat(forced.out()).contains("batch 2");
        assertThat(forced.err()).contains("2 rows are already in the workspace", "greenops batches --remove 1");
        assertThat(LedgerCommandsTest.ledgerRows(Path.of(w))).isEqualTo(4);
    }

    @Test
    void batches_lists_each_batch_and_remove_deletes_one_with_its_rows() throws Exception {
        Path a = ledger("a.csv", "n1", "n2");
        Path b = ledger("b.csv", "n3");
        String w = dir.resolve("w.duckdb").toString();
        assertThat(CliTest.run("import", "--workspace", w, a.toString(), b.toString()).code()).isZero();

        Run list = CliTest.run("batches", "--workspace", w);
        assertThat(list.code()).as(list.err()).isZero();
        assertThat(list.out().lines().toList()).hasSize(4);
        assertThat(list.out().lines().toList().get(0)).startsWith("BATCH  IMPORTED (UTC)");
        assertThat(list.out()).containsPattern("(?m)^    1  \\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d +ufms-csv +ledger +2  a\\.csv"
                + "  [0-9a-f]{12}…$");
        assertThat(list.out()).containsPattern("(?m)^    2  .* ledger +1  b\\.csv ");
        assertThat(list.out()).contains("(2 batches) workspace: " + w);

        Run removed = CliTest.run("batches", "--workspace", w, "--remove", "1");
        assertThat(removed.code()).as(removed.err()).isZero();
        assertThat(removed.out()).startsWith("Removed batch 1 (a.csv, ufms-csv, imported ")
                .contains("UTC): 2 rows from ledger.");
        assertThat(LedgerCommandsTest.ledgerRows(Path.of(w))).isEqualTo(1);

        Run json = CliTest.run("batches", "--workspace", w, "--json");
        var doc = Json.MAPPER.readTree(json.out());
        assertThat(doc.at("/batches")).hasSize(1);
        assertThat(doc.at("/batches/0/batchId").asLong()).isEqualTo(2);
        assertThat(doc.at("/batches/0/file").asText()).isEqualTo("b.csv");
        assertThat(doc.at("/batches/0/rows").asLong()).isEqualTo(1);
        assertThat(doc.at("/batches/0/sha256").asText()).hasSize(64);
        assertThat(doc.at("/batches/0/importedAt").asText()).endsWith("Z");

        // the removed file may now come back
        assertThat(CliTest.run("import", "--workspace", w, a.toString()).code()).isZero();
    }

    @Test
    void removing_an_unknown_batch_exits_2_and_names_the_ids_there_are() throws Exception {
        String w = dir.resolve("w.duckdb").toString();
        assertThat(CliTest.run("import", "--workspace", w, ledger("a.csv", "n1").toString()).code()).isZero();

        Run r = CliTest.run("batches", "--workspace", w, "--remove", "9");

        assertThat(r.code()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(r.err()).isEqualTo("greenops: --remove: there is no import batch 9 in "
                + Path.of(w).toAbsolutePath().normalize() + " (expected one of 1)" + System.lineSeparator());
        assertThat(LedgerCommandsTest.ledgerRows(Path.of(w))).isEqualTo(1);
    }

    @Test
    void batches_of_a_workspace_that_does_not_exist_is_bad_input_and_creates_nothing() {
        Path w = dir.resolve("none.duckdb");
        Run r = CliTest.run("batches", "--workspace", w.toString());
        assertThat(r.code()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(r.err()).startsWith("greenops: ").doesNotContain("Exception");
        assertThat(w).doesNotExist();
    }
}
