package dev.greenops.views.shell;

import static org.assertj.core.api.Assertions.assertThat;

import dev.greenops.model.imports.ImportService;
import dev.greenops.model.store.Workspace;
import dev.greenops.views.common.AppContext;
import dev.greenops.views.common.Notice;
import dev.greenops.views.testing.RecordingPrompts;
import dev.greenops.views.testing.TestContext;
import dev.greenops.views.testing.TestLedgerImporter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ImportViewModelTest {

    @TempDir
    Path dir;

    private AppContext context(Workspace ws) {
        AppContext c = TestContext.of(ws, new RecordingPrompts());
        c.setImports(new ImportService(List.of(new TestLedgerImporter())));
        return c;
    }

    @Test
    void each_file_shows_its_detected_format_and_first_rows_before_anything_is_written() throws Exception {
        try (Workspace ws = Workspace.inMemory()) {
            AppContext context = context(ws);
            ImportViewModel vm = new ImportViewModel(context);
            Path a = TestLedgerImporter.writeLedger(dir.resolve("a.csv"), "search", 25);
            vm.load(List.of(a));
            ImportViewModel.FileState f = vm.files().getFirst();
            assertThat(f.format()).isEqualTo("ufms-csv");
            assertThat(f.preview().columns()).startsWith("date", "resource_id", "job_id");
            assertThat(f.preview().rows()).hasSize(ImportViewModel.PREVIEW_ROWS);
            assertThat(f.preview().rows().getFirst()).startsWith("2026-08-01", "node-0");
            assertThat(vm.readyProperty().get()).isTrue();
            assertThat(ws.count("ledger")).isZero();

            vm.commit();
            assertThat(ws.count("ledger")).isEqualTo(25);
            assertThat(vm.doneProperty().get()).isTrue();
            Notice n = context.noticeProperty().get();
            assertThat(n.title()).isEqualTo("Imported 1 file, 25 rows");
            assertThat(n.lines().getFirst()).startsWith("a.csv: 25 rows as ufms-csv into ledger (batch ");
            assertThat(context.dataVersionProperty().get()).isEqualTo(1);
        }
    }

    @Test
    void an_unknown_format_is_named_and_blocks_the_import() throws Exception {
        try (Workspace ws = Workspace.inMemory()) {
            ImportViewModel vm = new ImportViewModel(context(ws));
            Path odd = Files.writeString(dir.resolve("notes.txt"), "hello,world\n1,2\n");
            vm.load(List.of(TestLedgerImporter.writeLedger(dir.resolve("a.csv"), "x", 2), odd));
            assertThat(vm.files().get(1).detected()).isFalse();
            assertThat(vm.files().get(1).problems()).containsExactly(odd + ":1:1: cannot tell the format of this file"
                    + " (header: hello,world) (expected a format the workbench reads: choose the format below)");
            assertThat(vm.readyProperty().get()).isFalse();
            assertThat(vm.statusProperty().get()).startsWith("1 file's format is not recognised: choose the format");
            vm.commit();
            assertThat(ws.count("ledger")).isZero();
        }
    }

    @Test
    void a_format_chosen_in_the_sheet_is_used_for_that_file_and_no_cli_flag_is_named() throws Exception {
        try (Workspace ws = Workspace.inMemory()) {
            AppContext context = context(ws);
            ImportViewModel vm = new ImportViewModel(context);
            // a ledger the detector does not recognise (its header is in capitals), though the importer reads it
            Path ledger = TestLedgerImporter.writeLedger(dir.resolve("ledger.csv"), "search", 4);
            List<String> lines = new java.util.ArrayList<>(Files.readAllLines(ledger));
            lines.set(0, lines.getFirst().toUpperCase(java.util.Locale.ROOT));
            Path odd = Files.write(dir.resolve("export.csv"), lines);
            vm.load(List.of(odd));
            assertThat(vm.files().getFirst().detected()).isFalse();
            assertThat(String.join("\n", vm.files().getFirst().problems())).doesNotContain("--");
            assertThat(vm.formats()).extracting(i -> i.format()).containsExactly("ufms-csv");

            vm.choose(odd, "ufms-csv");
            ImportViewModel.FileState f = vm.files().getFirst();
            assertThat(f.format()).isEqualTo("ufms-csv");
            assertThat(f.chosen()).isTrue();
            assertThat(f.problems()).isEmpty();
            assertThat(vm.readyProperty().get()).isTrue();
            // the chosen format is what the import uses (detection would refuse the file)
            vm.commit();
            assertThat(vm.problems()).isEmpty();
            assertThat(ws.count("ledger")).isEqualTo(4);
            assertThat(context.noticeProperty().get().lines().getFirst()).contains("as ufms-csv");
        }
    }

    @Test
    void cli_options_in_model_messages_reach_the_screen_as_the_windows_own_controls() {
        // messages the model shares with the CLI, word for word (model/imports, model/intensity, model/schedule,
        // model/trail, model/ledger)
        List<String> cli = List.of(
                "x.csv:1:1: cannot tell the format of this file (header: a,b) (expected one of ufms-csv; or name it with --format)",
                "x.csv:1:1: a ledger (expected --format ufms-csv (or another ledger format) for ledgers)",
                "x.csv:1:1: one column (expected one column per region after the time column (long files with a region"
                        + " column: --format long-csv))",
                "x.csv:1:2: no region (expected --region ZONE to name the zone)",
                "x.csv:0:0: no zone (expected --region ZONE, e.g. --region DE)",
                "x.csv:0:0: this point has no region: the file does not name one (expected --region ZONE to name the"
                        + " zone this file describes)",
                "x.csv:1:1: no region column (expected time,region,value, or --region ZONE)",
                "--region DE:0:0: no intensity for DE (expected a region with imported data: greenops import FILE"
                        + " --region ZONE)",
                "x.csv:2:3: a file for FR but --region says 'DE' (expected no --region (the file names its zone), or"
                        + " the same zone)",
                "x.csv:3:4: no region (expected a GCP region; name one with --region)",
                "jobs.yaml:1:1: no series for eu (expected a series for that region or its grid zone (--intensity FILE,"
                        + " or import one into the workspace), or --region ZONE to replay on another)",
                "--to (2026-08-01T00:00:00Z) must be after --from (2026-08-02T00:00:00Z)",
                "complete data over the searched range: import the missing points, or narrow --from/--to",
                "trail:0:0: no days (expected a trail folder of ledger-YYYY-MM-DD.csv files and their .sigstore.json"
                        + " bundles, or --from and --to)");
        for (String line : cli) {
            assertThat(dev.greenops.views.common.Errors.forScreen(line)).as(line).doesNotContain("--");
        }
        assertThat(dev.greenops.views.common.Errors.forScreen(cli.get(4)))
                .isEqualTo("x.csv:0:0: no zone (expected a zone in the import sheet's Zone field, e.g. DE)");
        assertThat(dev.greenops.views.common.Errors.forScreen(cli.get(7)))
                .isEqualTo("region DE: no intensity for DE (expected a region with imported data: import its series"
                        + " (File \u203a Import))");
        assertThat(dev.greenops.views.common.Errors.forScreen(cli.get(0))).endsWith("; or choose the format in the"
                + " import sheet)");
    }

    @Test
    void a_bad_row_in_any_file_lists_file_line_column_and_imports_nothing() throws Exception {
        try (Workspace ws = Workspace.inMemory()) {
            AppContext context = context(ws);
            ImportViewModel vm = new ImportViewModel(context);
            Path good = TestLedgerImporter.writeLedger(dir.resolve("good.csv"), "a", 3);
            Path bad = TestLedgerImporter.writeLedger(dir.resolve("bad.csv"), "b", 3);
            Files.writeString(bad, Files.readString(bad).replaceFirst(",8,8,10,", ",8,8,ten,"));
            vm.load(List.of(good, bad));
            assertThat(vm.readyProperty().get()).isTrue();
            vm.commit();
            assertThat(vm.problems()).containsExactly(
                    bad + ":2:14: energy_kwh 'ten' is not a number (expected a decimal kWh >= 0)");
            assertThat(vm.statusProperty().get()).startsWith("Nothing was imported");
            assertThat(vm.doneProperty().get()).isFalse();
            assertThat(ws.count("ledger")).isZero();
            assertThat(ws.count("import_batch")).isZero();
            assertThat(context.dataVersionProperty().get()).isZero();
        }
    }
}
