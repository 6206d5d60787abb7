package dev.greenops.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.greenops.model.bench.BenchResult;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** How bench prints what it measured: aligned columns, no float noise, details readable as key=value. */
class BenchOutputTest {

    @Test
    void details_are_sorted_rounded_to_a_thousandth_and_quoted_when_they_hold_spaces() {
        assertThat(BenchCommand.details(Map.of("msPerDay", 9.968885137310606, "verified", 1056, "avg", 121.86000000000566,
                        "reported_as", "bad.csv:2:15: pue is 0.9", "whole", 24.0, "none", Double.NaN)))
                .isEqualTo("avg=121.86 msPerDay=9.969 none=n/a reported_as=\"bad.csv:2:15: pue is 0.9\" verified=1056"
                        + " whole=24");
    }

    @Test
    void columns_widen_to_the_longest_name_and_units_so_rows_stay_aligned() {
        StringWriter text = new StringWriter();
        BenchCommand.printTable(new PrintWriter(text, true), List.of(
                new BenchResult("a", 2000, "rows", Duration.ofMillis(250), Map.of()),
                new BenchResult("scheduler-replay", 100_195, "job runs (all policies)", Duration.ofSeconds(4),
                        Map.of("jobRuns", 20039))));
        List<String> lines = text.toString().lines().toList();
        assertThat(lines).hasSize(4);
        int seconds = lines.getFirst().indexOf("seconds");
        assertThat(lines.get(1)).startsWith("a ").contains("2,000").contains("8,000");
        assertThat(lines.get(1).indexOf("0.250") + "0.250".length()).isEqualTo(seconds + "seconds".length());
        assertThat(lines.get(2).indexOf("4.000") + "4.000".length()).isEqualTo(seconds + "seconds".length());
        assertThat(lines.get(3)).isEqualTo("    jobRuns=20039");
    }
}
