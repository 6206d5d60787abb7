package dev.greenops.model.intensity;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

class DecimatorTest {

    static IntensitySeries yearOf15Minutes() {
        double[] values = new double[365 * 96];
        for (int i = 0; i < values.length; i++) {
            values[i] = 200 + 100 * Math.sin(i / 40.0) + (i % 97 == 0 ? 300 : 0) - (i % 89 == 0 ? 150 : 0);
        }
        return new IntensitySeries("DE", Instant.parse("2023-01-01T00:00:00Z"), Duration.ofMinutes(15), values,
                Signal.AVERAGE, Basis.DIRECT, "test", false, null);
    }

    @Test
    void a_year_of_15_minute_data_becomes_at_most_two_points_per_pixel_column() {
        IntensitySeries s = yearOf15Minutes();
        Decimator.Points p = Decimator.decimate(s, s.start().toEpochMilli(), s.end().toEpochMilli(), 800);
        assertThat(p.size()).isLessThanOrEqualTo(2 * 800 + 4).isGreaterThan(800);
    }

    @Test
    void the_extremes_of_every_column_survive() {
        IntensitySeries s = yearOf15Minutes();
        Decimator.Points p = Decimator.decimate(s, s.start().toEpochMilli(), s.end().toEpochMilli(), 500);
        double max = Arrays.stream(s.gPerKwh()).max().orElseThrow();
        double min = Arrays.stream(s.gPerKwh()).min().orElseThrow();
        assertThat(Arrays.stream(p.values()).max().orElseThrow()).isEqualTo(max);
        assertThat(Arrays.stream(p.values()).min().orElseThrow()).isEqualTo(min);
    }

    @Test
    void points_stay_in_time_order() {
        IntensitySeries s = yearOf15Minutes();
        Decimator.Points p = Decimator.decimate(s, s.start().toEpochMilli(), s.end().toEpochMilli(), 300);
        for (int i = 1; i < p.size(); i++) {
            assertThat(p.timesMs()[i]).isGreaterThan(p.timesMs()[i - 1]);
        }
    }

    @Test
    void a_zoomed_in_range_returns_every_point_plus_one_either_side() {
        IntensitySeries s = yearOf15Minutes();
        long from = s.timeAt(1000).toEpochMilli();
        long to = s.timeAt(1096).toEpochMilli();
        Decimator.Points p = Decimator.decimate(s, from, to, 800);
        assertThat(p.timesMs()[0]).isEqualTo(s.timeAt(999).toEpochMilli());
        assertThat(p.size()).isEqualTo(99);
        assertThat(p.values()[1]).isEqualTo(s.valueAt(1000));
    }

    @Test
    void a_gap_stays_a_gap() {
        IntensitySeries full = yearOf15Minutes();
        double[] values = full.gPerKwh().clone();
        Arrays.fill(values, 5000, 5200, Double.NaN);
        IntensitySeries s = new IntensitySeries("DE", full.start(), full.step(), values, Signal.AVERAGE, Basis.DIRECT,
                "test", false, null);
        Decimator.Points p = Decimator.decimate(s, s.start().toEpochMilli(), s.end().toEpochMilli(), 400);
        assertThat(Arrays.stream(p.values()).filter(Double::isNaN).count()).isGreaterThan(0);
        Decimator.Points zoomed = Decimator.decimate(s, s.timeAt(5100).toEpochMilli(), s.timeAt(5150).toEpochMilli(), 400);
        assertThat(Arrays.stream(zoomed.values()).allMatch(Double::isNaN)).isTrue();
    }
}
