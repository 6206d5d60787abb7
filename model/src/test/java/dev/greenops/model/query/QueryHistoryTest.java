package dev.greenops.model.query;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class QueryHistoryTest {

    @Test
    void history_is_newest_first_without_duplicates_and_survives_a_reload(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("h.json");
        QueryHistory h = QueryHistory.load(file);
        h.add("select 1");
        h.add("select 2\nfrom x");
        h.add(" select 1 ");
        h.add("   ");
        assertThat(QueryHistory.load(file).entries()).containsExactly("select 1", "select 2\nfrom x");
        for (int i = 0; i < QueryHistory.MAX + 5; i++) {
            h.add("select " + (i + 10));
        }
        assertThat(QueryHistory.load(file).entries()).hasSize(QueryHistory.MAX).startsWith("select " + (QueryHistory.MAX + 14));
    }

    @Test
    void an_unreadable_history_file_gives_an_empty_history(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("h.json");
        Files.writeString(file, "{not json");
        assertThat(QueryHistory.load(file).entries()).isEmpty();
    }
}
