package dev.greenops.model.intensity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.greenops.model.common.InvalidInputException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class WindowFinderTest {

    static final Instant T0 = Instant.parse("2021-01-01T00:00:00Z");

    static IntensitySeries series(Duration step, double... values) {
        return new IntensitySeries("eastus", T0, step, values, Signal.MARGINAL, Basis.DIRECT, "test", false, null);
    }

    static List<Double> averages(WindowFinding f) {
        return f.candidates().stream().map(TimeWindow::avgGPerKwh).toList();
    }

    @Test
    void rolling_average_of_the_sdk_unit_test_window_10_step_5() throws Exception {
        IntensitySeries s = series(Duration.ofMinutes(5), 10, 20, 30, 40);
        WindowFinding f = WindowFinder.find(s, new WindowQuery(T0, s.end(), Duration.ofMinutes(10), Duration.ofMinutes(5), true));
        assertThat(averages(f)).containsExactly(15.0, 25.0, 35.0);
        assertThat(f.optimal()).extracting(TimeWindow::start).containsExactly(T0);
    }

    @Test
    void rolling_average_of_the_sdk_unit_test_window_5_step_4() throws Exception {
        IntensitySeries s = series(Duration.ofMinutes(5), 10, 20, 30, 40);
        WindowFinding f = WindowFinder.find(s, new WindowQuery(T0, s.end(), Duration.ofMinutes(5), Duration.ofMinutes(4), true));
        assertThat(averages(f)).hasSize(4);
        assertThat(averages(f).get(0)).isCloseTo(10, within(1e-9));
        assertThat(averages(f).get(1)).isCloseTo(18, within(1e-9));
        assertThat(averages(f).get(2)).isCloseTo(26, within(1e-9));
        assertThat(averages(f).get(3)).isCloseTo(34, within(1e-9));
    }

    @Test
    void rolling_average_of_the_sdk_unit_test_window_10_step_7() throws Exception {
        IntensitySeries s = series(Duration.ofMinutes(5), 10, 20, 30, 40);
        WindowFinding f = WindowFinder.find(s, new WindowQuery(T0, s.end(), Duration.ofMinutes(10), Duration.ofMinutes(7), true));
        assertThat(averages(f)).hasSize(2);
        assertThat(averages(f).get(0)).isCloseTo(15, within(1e-9));
        assertThat(averages(f).get(1)).isCloseTo(29, within(1e-9));
    }

    @Test
    void time_weighted_average_from_0004_to_0020_is_28_75() throws Exception {
        IntensitySeries s = series(Duration.ofMinutes(5), 10, 20, 30, 40);
        assertThat(WindowFinder.averageOver(s, T0.plusSeconds(240), T0.plusSeconds(1200))).isCloseTo(28.75, within(1e-9));
    }

    @Test
    void the_docs_hourly_example_averages_70_from_0130_to_0330() throws Exception {
        IntensitySeries s = new IntensitySeries("westus", T0.plusSeconds(3600), Duration.ofHours(1), new double[] {30, 100, 50},
                Signal.MARGINAL, Basis.DIRECT, "test", false, null);
        assertThat(WindowFinder.averageOver(s, T0.plus(Duration.ofMinutes(90)), T0.plus(Duration.ofMinutes(210))))
                .isCloseTo(70, within(1e-9));
    }

    @Test
    void every_window_with_the_minimum_is_returned_earliest_first() throws Exception {
        IntensitySeries s = series(Duration.ofHours(1), 20, 10, 10, 30, 10, 10);
        WindowFinding f = WindowFinder.find(s, new WindowQuery(T0, s.end(), Duration.ofHours(2)));
        assertThat(f.optimal()).extracting(TimeWindow::start)
                .containsExactly(T0.plus(Duration.ofHours(1)), T0.plus(Duration.ofHours(4)));
        assertThat(f.optimal()).allSatisfy(w -> assertThat(w.avgGPerKwh()).isEqualTo(10.0));
    }

    @Test
    void only_windows_fully_covered_by_data_are_candidates() throws Exception {
        IntensitySeries s = series(Duration.ofHours(1), 50, 40, 30);
        WindowFinding f = WindowFinder.find(s, new WindowQuery(T0.minus(Duration.ofHours(5)), T0.plus(Duration.ofHours(10)),
                Duration.ofHours(2), null, true));
        assertThat(f.candidates()).extracting(TimeWindow::start)
                .containsExactly(T0, T0.plus(Duration.ofHours(1)));
        assertThat(f.best().avgGPerKwh()).isEqualTo(35.0);
    }

    @Test
    void a_gap_inside_the_range_is_an_error_not_a_skipped_window() {
        IntensitySeries s = series(Duration.ofHours(1), 50, Double.NaN, 30, 20);
        assertThatThrownBy(() -> WindowFinder.find(s, new WindowQuery(T0, s.end(), Duration.ofHours(1))))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("gap: no intensity from 2021-01-01T01:00:00Z to 2021-01-01T02:00:00Z");
    }

    @Test
    void a_window_problem_names_the_series_plainly_without_a_file_position() {
        IntensitySeries s = series(Duration.ofHours(1), 50, Double.NaN, 30, 20);
        InvalidInputException e = org.assertj.core.api.Assertions.catchThrowableOfType(InvalidInputException.class,
                () -> WindowFinder.find(s, new WindowQuery(T0, s.end(), Duration.ofHours(1))));
        assertThat(e.problems().getFirst().format())
                .startsWith("intensity for " + s.region() + " (" + s.source() + "): gap: no intensity from")
                .doesNotContain("):0:0:");
    }

    @Test
    void a_job_longer_than_the_data_has_no_window() {
        IntensitySeries s = series(Duration.ofHours(1), 50, 40);
        assertThatThrownBy(() -> WindowFinder.find(s, new WindowQuery(T0, T0.plus(Duration.ofHours(5)), Duration.ofHours(3))))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("no 3 h window");
    }

    @Test
    void prefix_sums_agree_with_a_direct_sum_over_random_series_and_steps() throws Exception {
        Random random = new Random(42);
        for (int round = 0; round < 50; round++) {
            int n = 20 + random.nextInt(200);
            double[] values = new double[n];
            for (int i = 0; i < n; i++) {
                values[i] = random.nextDouble() * 500;
            }
            IntensitySeries s = series(Duration.ofMinutes(15), values);
            Duration duration = Duration.ofMinutes(15 + random.nextInt(180));
            Duration step = Duration.ofMinutes(1 + random.nextInt(40));
            Instant from = T0.plus(Duration.ofMinutes(random.nextInt(60)));
            if (from.plus(duration).isAfter(s.end())) {
                continue;
            }
            WindowFinding f = WindowFinder.find(s, new WindowQuery(from, s.end(), duration, step, true));
            double min = Double.POSITIVE_INFINITY;
            for (TimeWindow w : f.candidates()) {
                double direct = directAverage(s, w.start(), w.end());
                assertThat(w.avgGPerKwh()).isCloseTo(direct, within(1e-7));
                min = Math.min(min, direct);
            }
            assertThat(f.best().avgGPerKwh()).isCloseTo(min, within(1e-7));
        }
    }

    /** The slow way: sum every point's overlap with the window. */
    static double directAverage(IntensitySeries s, Instant from, Instant to) {
        double sum = 0;
        for (int i = 0; i < s.size(); i++) {
            long ps = Math.max(from.toEpochMilli(), s.timeAt(i).toEpochMilli());
            long pe = Math.min(to.toEpochMilli(), s.timeAt(i + 1).toEpochMilli());
            if (pe > ps) {
                sum += s.valueAt(i) * (pe - ps);
            }
        }
        return sum / (to.toEpochMilli() - from.toEpochMilli());
    }

    @Test
    void threshold_windows_are_the_maximal_runs_at_or_below_the_threshold_clipped_to_the_range() {
        IntensitySeries s = series(Duration.ofHours(1), 90, 80, 70, 85, 60, 60, Double.NaN, 50);
        List<DispatchWindow> w = WindowFinder.thresholdWindows(s, T0.plus(Duration.ofMinutes(90)), s.end(), 80);
        assertThat(w).hasSize(3);
        assertThat(w.get(0).start()).isEqualTo(T0.plus(Duration.ofMinutes(90)));
        assertThat(w.get(0).end()).isEqualTo(T0.plus(Duration.ofHours(3)));
        assertThat(w.get(0).meanGPerKwh()).isCloseTo((80 * 30 + 70 * 60) / 90.0, within(1e-9));
        assertThat(w.get(1).start()).isEqualTo(T0.plus(Duration.ofHours(4)));
        assertThat(w.get(1).length()).isEqualTo(Duration.ofHours(2));
        assertThat(w.get(2).start()).isEqualTo(T0.plus(Duration.ofHours(7)));
    }
}
