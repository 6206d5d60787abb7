package dev.greenops.model.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.greenops.model.common.InvalidInputException;
import dev.greenops.model.common.Problem;
import dev.greenops.model.common.ProgressListener;
import dev.greenops.model.ledger.LedgerCheck;
import dev.greenops.model.store.Workspace;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Files that are no format at all get a sentence about the file, not a parser's complaint about its bytes. */
class WrongInputTest {

    @TempDir
    Path dir;

    Path binary() throws Exception {
        byte[] bytes = new byte[3000];
        new SplittableRandom(7).nextBytes(bytes);
        bytes[100] = 0;
        return Files.write(dir.resolve("photo.csv"), bytes);
    }

    @Test
    void a_binary_file_is_said_to_be_binary_whatever_format_was_asked_for() throws Exception {
        Path file = binary();
        for (String format : List.of("auto", "ufms-csv", "ufms-json", "long-csv", "watttime")) {
            try (Workspace ws = Workspace.inMemory()) {
                InvalidInputException e = catchThrowableOfType(InvalidInputException.class, () -> ImportService.standard()
                        .importFiles(ws, List.of(file), format, ImportOptions.DEFAULT, ProgressListener.NONE));
                assertThat(e.problems()).extracting(Problem::format).as(format).containsExactly(file
                        + ":0:0: the file holds binary data, not text (expected a CSV or JSON text file, or a Parquet file)");
                assertThat(ws.count("import_batch")).isZero();
            }
        }
        LedgerCheck.FileReport report = LedgerCheck.standard()
                .check(List.of(file), "ufms-csv", ImportOptions.DEFAULT, ProgressListener.NONE)
                .getFirst();
        assertThat(report.verdict()).isEqualTo(LedgerCheck.Verdict.UNREADABLE);
        assertThat(report.errors().getFirst().message()).isEqualTo("the file holds binary data, not text");
    }

    @Test
    void control_characters_count_as_binary_but_latin_1_text_does_not() throws Exception {
        byte[] controls = new byte[400];
        java.util.Arrays.fill(controls, (byte) 0x01);
        assertThat(FileHead.read(Files.write(dir.resolve("c.bin"), controls)).isBinary()).isTrue();
        byte[] latin1 = "date,team\n2026-08-01,Sch\u00f6neberg\n".getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
        assertThat(FileHead.read(Files.write(dir.resolve("l.csv"), latin1)).isBinary()).isFalse();
    }
}
