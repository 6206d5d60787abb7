package dev.greenops.model.ledger;

import static dev.greenops.model.ledger.LedgerFixtures.csvLine;
import static dev.greenops.model.ledger.LedgerFixtures.formatted;
import static dev.greenops.model.ledger.LedgerFixtures.problemsOf;
import static dev.greenops.model.ledger.LedgerFixtures.row;
import static org.assertj.core.api.Assertions.assertThat;

import dev.greenops.model.store.Workspace;
import java.io.BufferedWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A bad row near the end of a large file is found, located, and nothing of the file is kept. */
class LargeCsvImportTest {

    static final int ROWS = 100_000;
    static final int BAD_ROW = 90_001;

    @TempDir
    Path dir;

    @Test
    void one_bad_row_at_90_percent_of_100k_rows_is_located_and_nothing_is_imported() throws Exception {
        Path file = dir.resolve("large.csv");
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.write(LedgerFixtures.HEADER);
            out.write('\n');
            for (int i = 1; i <= ROWS; i++) {
                Map<String, String> r = row(i);
                if (i == BAD_ROW) {
                    r.put("pue", "0.9");
                }
                out.write(csvLine(r));
                out.write('\n');
            }
        }
        try (Workspace ws = Workspace.open(dir.resolve("w.duckdb"))) {
            assertThat(formatted(problemsOf(ws, "auto", file)))
                    .containsExactly(file + ":" + (BAD_ROW + 1) + ":15: pue is 0.9 (expected a decimal >= 1)");
            assertThat(ws.count("ledger")).isZero();
            assertThat(ws.count("import_batch")).isZero();
        }
    }
}
