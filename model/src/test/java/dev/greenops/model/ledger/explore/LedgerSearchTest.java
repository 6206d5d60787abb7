package dev.greenops.model.ledger.explore;

import static org.assertj.core.api.Assertions.assertThat;

import dev.greenops.model.store.Workspace;
import java.sql.SQLException;
import java.util.List;
import org.junit.jupiter.api.Test;

class LedgerSearchTest {

    @Test
    void search_finds_jobs_teams_regions_and_days_and_each_hit_filters_to_its_rows() throws SQLException {
        try (Workspace ws = Workspace.inMemory()) {
            LedgerFixture f = new LedgerFixture(ws).batch("a.csv");
            f.row("2026-08-01", "search", "train-search-v2").add();
            f.row("2026-08-02", "search", "train-search-v2").add();
            f.row("2026-08-02", "recsys", "train-rec-v3").region("europe-west1").add();
            LedgerSearch search = new LedgerSearch(ws);
            List<LedgerSearch.Hit> hits = search.search("SEARCH", 5);
            assertThat(hits).extracting(h -> h.kind() + " " + h.value() + " " + h.rows())
                    .containsExactly("JOB train-search-v2 2", "TEAM search 2");
            assertThat(search.search("europe-west", 5)).extracting(LedgerSearch.Hit::value)
                    .containsExactly("europe-west3", "europe-west1");
            List<LedgerSearch.Hit> days = search.search("2026-08-0", 5);
            assertThat(days).extracting(LedgerSearch.Hit::value).containsExactly("2026-08-02", "2026-08-01");
            assertThat(new LedgerExplorer(ws).count(LedgerQuery.of(days.getFirst().filter()))).isEqualTo(2);
            assertThat(search.search("  ", 5)).isEmpty();
        }
    }
}
