package dev.greenops.model.schedule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class IntensityTrackTest {

    private static final Instant T0 = Instant.parse("2026-08-01T00:00:00Z");
    private static final long S = T0.getEpochSecond();

    @Test
    void the_run_average_weights_each_hour_by_the_time_the_run_spends_in_it() {
        // Carbon Aware SDK docs (ORACLES.md): hourly 30, 100, 50; average 01:30-03:30 = 70
        IntensityTrack t = IntensityTrack.of(TestSeries.steps("X", T0.minusSeconds(3600), 4, 0, 0, 30, 100, 50));
        long start = T0.getEpochSecond() + 1800;
        assertThat(t.average(start, start + 7200)).isCloseTo(70.0, within(1e-9));
    }

    @Test
    void a_run_that_leaves_the_series_or_touches_a_gap_has_no_average() {
        IntensityTrack t = IntensityTrack.of(TestSeries.steps("X", T0, 4, 0, 100, Double.NaN, 50, 60));
        assertThat(t.average(S, S + 3600)).isEqualTo(100.0);
        assertThat(t.average(S, S + 3601)).isNaN();
        assertThat(t.average(S + 7200, S + 4 * 3600)).isEqualTo(55.0);
        assertThat(t.average(S + 7200, S + 4 * 3600 + 1)).isNaN();
        assertThat(t.average(S - 1, S + 10)).isNaN();
        assertThat(t.valueAt(S + 3600)).isNaN();
        assertThat(t.valueAt(S + 3599)).isEqualTo(100.0);
    }

    @Test
    void measured_hourly_average_intensity_is_csrd_grade_and_an_estimate_is_not() {
        assertThat(IntensityTrack.of(TestSeries.steps("X", T0, 2, 1)).csrdGrade()).isTrue();
        var s = TestSeries.steps("X", T0, 2, 1);
        var estimated = new dev.greenops.model.intensity.IntensitySeries(s.region(), s.start(), s.step(), s.gPerKwh(),
                s.signal(), s.basis(), s.source(), true, null);
        assertThat(IntensityTrack.of(estimated).csrdGrade()).isFalse();
    }

    @Test
    void knows_whether_a_run_touches_a_point_the_publisher_marked_as_estimated() {
        var s = TestSeries.steps("X", T0, 4, 100);
        java.util.BitSet marked = new java.util.BitSet();
        marked.set(2);
        IntensityTrack t = IntensityTrack.of(new dev.greenops.model.intensity.IntensitySeries(s.region(), s.start(),
                s.step(), s.gPerKwh(), s.signal(), s.basis(), s.source(), false, null, marked));
        assertThat(t.anyEstimated(S, S + 7200)).isFalse();
        assertThat(t.anyEstimated(S + 5400, S + 7201)).isTrue();
        assertThat(t.csrdGrade()).isTrue();
    }
}
