package dev.greenops.model.intensity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;

class ProfilesTest {

    @Test
    void quantiles_interpolate_between_ranks_like_a_spreadsheet() {
        double[] sorted = {1, 2, 3, 4};
        assertThat(Profiles.quantile(sorted, 0.5)).isEqualTo(2.5);
        assertThat(Profiles.quantile(sorted, 0.25)).isEqualTo(1.75);
        assertThat(Profiles.quantile(sorted, 0.75)).isEqualTo(3.25);
    }

    @Test
    void the_typical_day_is_the_median_and_quartiles_of_each_hour_across_days() {
        double[] values = new double[24 * 4];
        for (int day = 0; day < 4; day++) {
            for (int h = 0; h < 24; h++) {
                values[day * 24 + h] = h * 10 + day; // hour h: h*10 + {0,1,2,3}
            }
        }
        IntensitySeries s = new IntensitySeries("DE", Instant.parse("2023-06-01T00:00:00Z"), Duration.ofHours(1), values,
                Signal.AVERAGE, Basis.DIRECT, "test", false, null);
        List<HourStats> typical = Profiles.typicalDay(s, s.start(), s.end(), ZoneOffset.UTC);
        assertThat(typical).hasSize(24);
        assertThat(typical.get(7).medianGPerKwh()).isCloseTo(71.5, within(1e-9));
        assertThat(typical.get(7).q1GPerKwh()).isCloseTo(70.75, within(1e-9));
        assertThat(typical.get(7).q3GPerKwh()).isCloseTo(72.25, within(1e-9));
        assertThat(typical.get(7).count()).isEqualTo(4);
    }

    @Test
    void a_day_profile_is_the_24_hours_of_that_utc_day() {
        double[] values = new double[72];
        for (int i = 0; i < values.length; i++) {
            values[i] = i;
        }
        IntensitySeries s = new IntensitySeries("DE", Instant.parse("2023-06-01T00:00:00Z"), Duration.ofHours(1), values,
                Signal.AVERAGE, Basis.DIRECT, "test", false, null);
        IntensitySeries day = Profiles.day(s, LocalDate.parse("2023-06-02"));
        assertThat(day.size()).isEqualTo(24);
        assertThat(day.valueAt(0)).isEqualTo(24);
        assertThat(day.start()).isEqualTo(Instant.parse("2023-06-02T00:00:00Z"));
    }

    @Test
    void the_nearest_day_with_data_is_the_series_edge_outside_it_and_the_closer_side_of_a_gap_inside_it() {
        double[] values = new double[24 * 10]; // 2023-06-01..06-10, with 06-04..06-08 missing
        for (int i = 0; i < values.length; i++) {
            int day = i / 24;
            values[i] = day >= 3 && day <= 7 ? Double.NaN : 100 + i;
        }
        IntensitySeries s = new IntensitySeries("DE", Instant.parse("2023-06-01T00:00:00Z"), Duration.ofHours(1), values,
                Signal.AVERAGE, Basis.DIRECT, "test", false, null);
        assertThat(DayProfile.nearestDayWithData(s, LocalDate.parse("2023-05-20"))).contains(LocalDate.parse("2023-06-01"));
        assertThat(DayProfile.nearestDayWithData(s, LocalDate.parse("2023-12-24"))).contains(LocalDate.parse("2023-06-10"));
        assertThat(DayProfile.nearestDayWithData(s, LocalDate.parse("2023-06-05"))).contains(LocalDate.parse("2023-06-03"));
        assertThat(DayProfile.nearestDayWithData(s, LocalDate.parse("2023-06-08"))).contains(LocalDate.parse("2023-06-09"));
        IntensitySeries empty = new IntensitySeries("DE", s.start(), Duration.ofHours(1), new double[] {Double.NaN},
                Signal.AVERAGE, Basis.DIRECT, "test", false, null);
        assertThat(DayProfile.nearestDayWithData(empty, LocalDate.parse("2023-06-01"))).isEmpty();
    }
}
