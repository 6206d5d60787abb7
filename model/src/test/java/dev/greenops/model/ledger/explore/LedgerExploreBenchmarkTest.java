package dev.greenops.model.ledger.explore;

import static org.assertj.core.api.Assertions.assertThat;

import dev.greenops.model.bench.BenchResult;
import dev.greenops.model.common.ProgressListener;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LedgerExploreBenchmarkTest {

    /** Checks the case runs and reports what it measured; it asserts no speed (greenops bench is where that is read). */
    @Test
    void the_case_builds_its_rows_and_reports_each_measured_step(@TempDir Path dir) throws Exception {
        BenchResult r = new LedgerExploreBenchmark().run(5_000, dir, ProgressListener.NONE);
        assertThat(r.count()).isEqualTo(5_000);
        assertThat(r.units()).isEqualTo("rows");
        assertThat(r.details()).containsKeys("pivot_team_month_ms", "cursor_sort_ms", "page_ms_median", "page_ms_max",
                "quality_checks_ms", "overview_ms");
        assertThat(r.details().get("pivot_cells")).isEqualTo(36); // 12 teams x 3 months
    }
}
