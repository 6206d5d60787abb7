package dev.greenops.model.intensity;

import static org.assertj.core.api.Assertions.assertThat;

import dev.greenops.model.bench.BenchResult;
import dev.greenops.model.bench.Benchmarks;
import dev.greenops.model.common.ProgressListener;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WindowFinderBenchmarkTest {

    @Test
    void the_bench_case_is_registered_and_evaluates_every_candidate_of_the_year(@TempDir Path dir) throws Exception {
        assertThat(Benchmarks.standard()).anySatisfy(b -> assertThat(b.name()).isEqualTo("intensity-window-finder"));
        BenchResult r = new WindowFinderBenchmark().run(0, dir, ProgressListener.NONE);
        // a year of 15-minute points, 3-hour windows every 15 minutes: 35,040 - 12 + 1 candidates
        assertThat(r.count()).isEqualTo(35_029);
        assertThat(r.details()).containsEntry("points", 35_040);
    }
}
