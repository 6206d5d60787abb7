package dev.greenops.model.schedule;

import static org.assertj.core.api.Assertions.assertThat;

import dev.greenops.model.bench.BenchResult;
import dev.greenops.model.bench.Benchmarks;
import dev.greenops.model.common.ProgressListener;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The bench case works (speed itself is measured by greenops bench, never asserted in a test). */
class SchedulerBenchmarkTest {

    @Test
    void the_case_is_registered_and_replays_every_run_under_every_policy(@TempDir Path scratch) throws Exception {
        assertThat(Benchmarks.standard()).anySatisfy(b -> assertThat(b.name()).isEqualTo("scheduler-replay"));
        BenchResult r = new SchedulerBenchmark().run(730, scratch, ProgressListener.NONE);
        assertThat(r.details()).containsEntry("jobRuns", 730).containsEntry("intensityPoints", 35_040);
        assertThat(r.count()).isEqualTo(5 * 730);
        assertThat(r.details()).containsKeys("thresholdMs", "optimalMs", "oracleMs");
    }
}
