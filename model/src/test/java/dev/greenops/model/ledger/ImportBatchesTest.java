package dev.greenops.model.ledger;

import static dev.greenops.model.ledger.LedgerFixtures.csv;
import static dev.greenops.model.ledger.LedgerFixtures.csvLine;
import static dev.greenops.model.ledger.LedgerFixtures.formatted;
import static dev.greenops.model.ledger.LedgerFixtures.importFiles;
import static dev.greenops.model.ledger.LedgerFixtures.problemsOf;
import static dev.greenops.model.ledger.LedgerFixtures.query;
import static dev.greenops.model.ledger.LedgerFixtures.row;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.greenops.model.common.InvalidInputException;
import dev.greenops.model.common.ProgressListener;
import dev.greenops.model.imports.ImportBatches;
import dev.greenops.model.imports.ImportOptions;
import dev.greenops.model.imports.ImportResult;
import dev.greenops.model.imports.ImportService;
import dev.greenops.model.store.Workspace;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Import batches: the same file twice is refused, a batch can be listed and removed, and ids stay dense. */
class ImportBatchesTest {

    @TempDir
    Path dir;

    Workspace ws;

    @BeforeEach
    void open() {
        ws = Workspace.inMemory();
    }

    @AfterEach
    void close() {
        ws.close();
    }

    @Test
    void importing_the_same_bytes_again_is_refused_and_changes_nothing() throws Exception {
        Path first = csv(dir, "ledger-aug.csv", 3);
        importFiles(ws, "auto", first);
        String when = new ImportBatches(ws).list().getFirst().importedAtText();

        Path copy = Files.copy(first, dir.resolve("renamed-copy.csv"));
        assertThat(formatted(problemsOf(ws, "auto", copy))).containsExactly(copy + ":0:0: this exact file was already"
                + " imported as batch 1 on " + when + ", named ledger-aug.csv (expected a new file; to replace batch 1,"
                + " remove it first with greenops batches --remove 1; to count its rows twice on purpose, import with"
                + " --allow-reimport)");
        assertThat(formatted(problemsOf(ws, "auto", first))).singleElement().asString()
                .startsWith(first + ":0:0: this exact file was already imported as batch 1 on " + when + " (expected");
        assertThat(ws.count("ledger")).isEqualTo(3);
        assertThat(ws.count("import_batch")).isEqualTo(1);
    }

    @Test
    void the_same_file_twice_in_one_call_is_refused_before_anything_is_read() throws Exception {
        Path file = csv(dir, "a.csv", 2);
        assertThat(formatted(problemsOf(ws, "auto", file, file))).containsExactly(file + ":0:0: this is the same file"
                + " as " + file + " (same SHA-256), given twice in one import (expected each file once per import; to"
                + " count its rows twice on purpose, import it again on its own with --allow-reimport)");
        assertThat(ws.count("import_batch")).isZero();
    }

    @Test
    void an_identical_copy_in_one_call_is_refused_even_with_allow_reimport() throws Exception {
        Path file = csv(dir, "a.csv", 2);
        Path copy = Files.copy(file, dir.resolve("a-copy.csv"));
        InvalidInputException e = catchThrowableOfType(InvalidInputException.class, () -> LedgerFixtures.service()
                .importFiles(ws, List.of(file, copy), "auto", ImportOptions.DEFAULT.withAllowReimport(true),
                        ProgressListener.NONE));
        assertThat(formatted(e.problems())).singleElement().asString()
                .startsWith(copy + ":0:0: this is the same file as " + file + " (same SHA-256), given twice");
        assertThat(ws.count("ledger")).isZero();
    }

    @Test
    void the_same_rows_in_two_files_of_one_import_are_an_error_naming_both_lines_and_nothing_is_imported()
            throws Exception {
        Path a = LedgerFixtures.csvRows(dir, "a.csv", 1, 3);
        Path b = LedgerFixtures.csvRows(dir, "b.csv", 3, 5); // node-3 is on line 4 of a.csv and line 2 of b.csv
        assertThat(formatted(problemsOf(ws, "auto", a, b))).containsExactly(b + ":2:1: the row for date 2026-08-01,"
                + " resource_id \"node-3\", job_id \"train-rec-v3\" is also in " + a + " line 4, given in the same import"
                + " (expected each (date, resource_id, job_id) once per import: drop the row from one file, or import"
                + " the files separately if both are meant to count)");
        assertThat(ws.count("ledger")).isZero();
        assertThat(ws.count("import_batch")).isZero();
    }

    @Test
    void allow_reimport_imports_the_same_bytes_on_purpose_with_the_repeated_rows_warning() throws Exception {
        Path file = csv(dir, "a.csv", 2);
        importFiles(ws, "auto", file);
        List<ImportResult> again = LedgerFixtures.service().importFiles(ws, List.of(file), "auto",
                ImportOptions.DEFAULT.withAllowReimport(true), ProgressListener.NONE);
        assertThat(again.getFirst().batchId()).isEqualTo(2);
        assertThat(formatted(again.getFirst().warnings())).anySatisfy(w -> assertThat(w)
                .contains("2 rows are already in the workspace")
                .endsWith("(expected rows not imported before; to replace batch 1, remove it first with greenops"
                        + " batches --remove 1)"));
        assertThat(ws.count("ledger")).isEqualTo(4);
    }

    @Test
    void a_different_file_that_repeats_rows_is_only_a_warning() throws Exception {
        importFiles(ws, "auto", csv(dir, "a.csv", 2));
        Path corrected = csv(dir, "b.csv", 3);
        List<ImportResult> results = importFiles(ws, "auto", corrected);
        assertThat(results.getFirst().rows()).isEqualTo(3);
        assertThat(formatted(results.getFirst().warnings())).anySatisfy(w -> assertThat(w)
                .contains("warning: 2 rows are already in the workspace")
                .contains("greenops batches --remove 1"));
    }

    @Test
    void batches_are_listed_in_id_order_with_file_digest_rows_and_target() throws Exception {
        Path a = csv(dir, "a.csv", 2);
        importFiles(ws, "auto", a, LedgerFixtures.csvRows(dir, "b.csv", 3, 7));
        List<ImportBatches.Batch> batches = new ImportBatches(ws).list();
        assertThat(batches).extracting(ImportBatches.Batch::batchId).containsExactly(1L, 2L);
        ImportBatches.Batch first = batches.getFirst();
        assertThat(first.fileName()).isEqualTo("a.csv");
        assertThat(first.filePath()).isEqualTo(a.toAbsolutePath().normalize().toString());
        assertThat(first.sha256()).isEqualTo(ImportService.sha256(a));
        assertThat(first.rowCount()).isEqualTo(2);
        assertThat(first.target()).isEqualTo("ledger");
        assertThat(first.format()).isEqualTo("ufms-csv");
        assertThat(batches.get(1).rowCount()).isEqualTo(5);
    }

    @Test
    void removing_a_batch_deletes_its_ledger_rows_and_its_record_and_nothing_else() throws Exception {
        Path a = csv(dir, "a.csv", 2);
        Map<String, String> other = row(9);
        other.put("date", "2026-08-02");
        Path b = Files.writeString(dir.resolve("b.csv"), LedgerFixtures.HEADER + "\n" + csvLine(other) + "\n");
        importFiles(ws, "auto", a, b);

        ImportBatches.Removal removal = new ImportBatches(ws).remove(1, ProgressListener.NONE);

        assertThat(removal.batch().fileName()).isEqualTo("a.csv");
        assertThat(removal.rowsByTable()).containsEntry("ledger", 2L).containsEntry("intensity", 0L);
        assertThat(removal.rows()).isEqualTo(2);
        assertThat(query(ws, "select batch_id || ' ' || resource_id from ledger")).containsExactly("2 node-9");
        assertThat(query(ws, "select batch_id::varchar from import_batch")).containsExactly("2");
        // the file can come back now, under a new id: the removed one is not handed out again
        assertThat(importFiles(ws, "auto", a).getFirst().batchId()).isEqualTo(3);
    }

    @Test
    void removing_an_intensity_batch_deletes_its_points_and_their_detail() throws Exception {
        Path series = Files.writeString(dir.resolve("long.csv"), """
                timestamp,region,g_per_kwh
                2026-08-01T00:00:00Z,europe-west3,120.5
                2026-08-01T01:00:00Z,europe-west3,118.0
                2026-08-01T02:00:00Z,europe-west3,117.0
                """);
        ImportService.standard().importFiles(ws, List.of(series), "auto", ImportOptions.DEFAULT, ProgressListener.NONE);
        importFiles(ws, "auto", csv(dir, "a.csv", 2));
        assertThat(ws.count("intensity")).isEqualTo(3);

        ImportBatches.Removal removal = new ImportBatches(ws).remove(1, ProgressListener.NONE);

        assertThat(removal.rowsByTable()).containsEntry("intensity", 3L).containsEntry("ledger", 0L);
        assertThat(ws.count("intensity")).isZero();
        assertThat(ws.count("intensity_detail")).isZero();
        assertThat(ws.count("ledger")).isEqualTo(2);
    }

    @Test
    void removing_an_unknown_batch_is_refused_with_the_ids_there_are_and_changes_nothing() throws Exception {
        importFiles(ws, "auto", csv(dir, "a.csv", 2), LedgerFixtures.csvRows(dir, "b.csv", 3, 5));
        InvalidInputException e = catchThrowableOfType(InvalidInputException.class,
                () -> new ImportBatches(ws).remove(7, ProgressListener.NONE));
        assertThat(formatted(e.problems())).containsExactly("--remove: there is no import batch 7 in this"
                + " in-memory workspace (expected one of 1, 2)");
        assertThat(ws.count("ledger")).isEqualTo(5);
        assertThat(ws.count("import_batch")).isEqualTo(2);
    }

    @Test
    void a_failed_import_leaves_the_next_batch_id_unchanged() throws Exception {
        importFiles(ws, "auto", csv(dir, "a.csv", 2));
        Path good = csv(dir, "good.csv", 1);
        Path bad = csv(dir, "bad.csv", 1, "not,a,ledger,row");
        assertThat(problemsOf(ws, "auto", good, bad)).isNotEmpty();
        assertThat(problemsOf(ws, "auto", bad)).isNotEmpty();
        assertThat(importFiles(ws, "auto", good).getFirst().batchId()).isEqualTo(2);
    }
}
