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
            assertThat(vm.files().get(1).problems().getFirst())
                    .startsWith(odd + ":1:1: cannot tell the format of this file (header: hello,world)");
            assertThat(vm.readyProperty().get()).isFalse();
            assertThat(vm.statusProperty().get()).startsWith("1 file is not in a format");
            vm.commit();
            assertThat(ws.count("ledger")).isZero();
        }
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
