package dev.greenops.model.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.greenops.model.common.InvalidInputException;
import dev.greenops.model.common.ProgressListener;
import dev.greenops.model.store.Workspace;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Format detection as the CLI and the import sheet share it, and a format for each file of one import. */
class ImportServiceDetectionTest {

    @TempDir
    Path dir;

    /** Accepts files whose first line starts with its marker; imports by counting rows into import_batch's note. */
    record Marker(String format, String marker) implements Importer {
        @Override
        public String description() {
            return "files starting with " + marker;
        }

        @Override
        public String target() {
            return "ledger";
        }

        @Override
        public boolean accepts(FileHead head) {
            return head.firstLine().startsWith(marker);
        }

        @Override
        public Result importInto(Connection tx, Path file, String displayName, long batchId, ImportOptions options,
                ProgressListener progress) throws java.io.IOException {
            return new Result(Files.readAllLines(file).size() - 1, List.of(), format);
        }
    }

    final ImportService service = new ImportService(List.of(new Marker("alpha", "a,"), new Marker("beta", "b,")));

    @Test
    void recognising_names_the_importer_or_says_why_not_without_cli_wording() throws Exception {
        Path a = Files.writeString(dir.resolve("a.csv"), "a,1\n1,2\n");
        Path odd = Files.writeString(dir.resolve("odd.csv"), "when,what\n1,2\n");
        assertThat(service.recognise(a, "a.csv").importer()).map(Importer::format).contains("alpha");
        ImportService.Detection none = service.recognise(odd, "odd.csv");
        assertThat(none.importer()).isEmpty();
        assertThat(none.reason()).isEqualTo("cannot tell the format of this file (header: when,what)");
        assertThat(none.reason()).doesNotContain("--");
        assertThat(service.formatList()).isEqualTo("one of alpha, beta");
    }

    @Test
    void detect_keeps_the_command_lines_wording() throws Exception {
        Path odd = Files.writeString(dir.resolve("odd.csv"), "when,what\n1,2\n");
        assertThatThrownBy(() -> service.detect(odd, "odd.csv"))
                .isInstanceOf(InvalidInputException.class)
                .extracting(e -> ((InvalidInputException) e).problems().getFirst().format())
                .isEqualTo("odd.csv:1:1: cannot tell the format of this file (header: when,what)"
                        + " (expected one of alpha, beta; or name it with --format)");
    }

    @Test
    void each_file_of_one_import_can_have_its_own_format() throws Exception {
        Path a = Files.writeString(dir.resolve("a.csv"), "a,1\n1,2\n");
        Path odd = Files.writeString(dir.resolve("odd.csv"), "when,what\n1,2\n3,4\n");
        try (Workspace ws = Workspace.inMemory()) {
            List<ImportResult> results = service.importFiles(ws, List.of(a, odd), List.of(ImportService.AUTO, "beta"),
                    ImportOptions.DEFAULT, ProgressListener.NONE);
            assertThat(results).extracting(ImportResult::format).containsExactly("alpha", "beta");
            assertThat(results).extracting(ImportResult::rows).containsExactly(1L, 2L);
            assertThat(ws.count("import_batch")).isEqualTo(2);
        }
        try (Workspace ws = Workspace.inMemory()) {
            assertThatThrownBy(() -> service.importFiles(ws, List.of(a, odd), List.of(ImportService.AUTO,
                    ImportService.AUTO), ImportOptions.DEFAULT, ProgressListener.NONE))
                    .isInstanceOf(InvalidInputException.class);
            assertThat(ws.count("import_batch")).isZero();
        }
    }

}
