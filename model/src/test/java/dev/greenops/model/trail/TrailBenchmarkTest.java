package dev.greenops.model.trail;

import static org.assertj.core.api.Assertions.assertThat;

import dev.greenops.model.bench.Benchmarks;
import dev.greenops.model.common.ProgressListener;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Not a timing test: checks that the bench case builds and verifies its trail and reports what it counted. */
class TrailBenchmarkTest {

    @TempDir
    Path scratch;

    @Test
    void the_bench_case_is_registered_and_verifies_every_day_it_signed() throws Exception {
        assertThat(Benchmarks.standard()).anyMatch(b -> b instanceof TrailBenchmark);
        var result = new TrailBenchmark().run(6, scratch, ProgressListener.NONE);
        assertThat(result.name()).isEqualTo("trail-verify");
        assertThat(result.count()).isEqualTo(6);
        assertThat(result.units()).isEqualTo("days");
        assertThat(result.details()).containsEntry("verified", 6);
    }

    @Test
    void asked_for_more_days_than_the_demo_root_has_existed_it_signs_all_there_are() {
        java.time.LocalDate start = java.time.LocalDate.ofInstant(dev.greenops.model.trail.demo.DemoSigstore.VALID_FROM,
                java.time.ZoneOffset.UTC);
        java.time.LocalDate last = start.plusDays(500);
        assertThat(TrailBenchmark.days(20_000, last)).isEqualTo(500);
        assertThat(TrailBenchmark.days(30, last)).isEqualTo(30);
        assertThat(TrailBenchmark.days(20_000, start.plusDays(10_000))).isEqualTo((int) TrailVerifier.MAX_DAYS);
    }
}
