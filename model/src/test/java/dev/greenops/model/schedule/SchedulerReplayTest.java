package dev.greenops.model.schedule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.greenops.model.common.CancelledException;
import dev.greenops.model.common.ProgressListener;
import dev.greenops.model.intensity.IntensitySeries;
import dev.greenops.model.schedule.JobRecord.Cause;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;

class SchedulerReplayTest {

    static final Instant T0 = Instant.parse("2026-08-02T00:00:00Z");

    static SchedulerConfig config(double threshold, ForecastSource source, int capacity) {
        return new SchedulerConfig(threshold, Duration.ofMinutes(30),
                new SchedulerConfig.Forecast(source, Duration.ofHours(12), null), List.of("home", "alt"), capacity);
    }

    static SoftJob soft(String id, Instant at, Duration window, double hours, double kwh, String... migrateTo) {
        return new SoftJob(id, "", "", "home", new Schedule.Once(at), hours, kwh, window, OptionalDouble.empty(),
                List.of(migrateTo));
    }

    static HardJob hard(String id, Instant at, double hours, double kwh) {
        return new HardJob(id, "", "", "home", new Schedule.Once(at), hours, kwh);
    }

    static ReplayResult replay(Policy policy, SchedulerConfig config, Map<String, IntensitySeries> series, Job... jobs) {
        return SchedulerReplay.run(new ReplayRequest(config, List.of(jobs), T0.minus(Duration.ofDays(1)),
                T0.plus(Duration.ofDays(2)), policy, series), ProgressListener.NONE);
    }

    static Map<String, IntensitySeries> home(IntensitySeries s) {
        return Map.of("home", s);
    }

    /** Hourly values from T0, then {@code rest} up to 48 h; the day before T0 repeats {@code yesterday}. */
    static IntensitySeries series(double rest, double[] yesterday, double... today) {
        double[] v = new double[72];
        for (int i = 0; i < 72; i++) {
            if (i < 24) {
                v[i] = i < yesterday.length ? yesterday[i] : rest;
            } else {
                v[i] = i - 24 < today.length ? today[i - 24] : rest;
            }
        }
        return TestSeries.hourly("home", T0.minus(Duration.ofDays(1)), v, "test:home");
    }

    static IntensitySeries series(double rest, double... today) {
        return series(rest, new double[0], today);
    }

    @Test
    void a_replay_reproduces_the_reference_record() {
        // 1.8 kWh; 138 g/kWh at submission, 71 g/kWh when the grid fell under the threshold
        IntensitySeries s = series(71, 138, 138, 138);
        JobRecord r = replay(Policy.THRESHOLD, config(80, ForecastSource.PERFECT, 2), home(s),
                soft("vector-reindex", T0, Duration.ofHours(12), 1, 1.8)).records().getFirst();
        assertThat(r.decision()).isEqualTo(Decision.DEFERRED);
        assertThat(r.dispatchTs()).isEqualTo(T0.plus(Duration.ofHours(3)));
        assertThat(r.dispatchDelayH()).isEqualTo(3.0);
        assertThat(r.baselineIntensity()).isEqualTo(138.0);
        assertThat(r.actualIntensity()).isEqualTo(71.0);
        assertThat(r.baselineEmissionsKgCo2()).isEqualTo(0.248);
        assertThat(r.actualEmissionsKgCo2()).isEqualTo(0.128);
        assertThat(r.carbonSavedKgCo2()).isEqualTo(0.120);
        assertThat(r.savingPct()).isEqualTo(48.0);
        assertThat(r.trace().cause()).isEqualTo(Cause.AT_OR_UNDER_THRESHOLD);
        assertThat(r.csrdEligible()).isTrue();
        assertThat(r.intensitySource()).isEqualTo("test:home");
    }

    @Test
    void emissions_integrate_the_intensity_over_the_run_not_its_start_instant() {
        // dispatched at 68 g/kWh, but the grid rose during the 3-hour run: 34% saved, not the 52% 68 alone suggests
        IntensitySeries s = series(142, 142, 142, 142, 68, 94, 119);
        JobRecord r = replay(Policy.THRESHOLD, config(80, ForecastSource.PERFECT, 2), home(s),
                soft("j", T0, Duration.ofHours(6), 3, 10)).records().getFirst();
        assertThat(r.trace().intensityAtDispatch()).isEqualTo(68.0);
        assertThat(Math.round(100 * (1 - 68.0 / 142))).isEqualTo(52);
        assertThat(r.actualIntensity()).isCloseTo((68 + 94 + 119) / 3.0, within(1e-9));
        assertThat(r.savingPct()).isEqualTo(34.0);
    }

    @Test
    void the_reference_rule_forces_the_dispatch_at_window_expiry_when_the_grid_never_gets_clean_enough() {
        IntensitySeries s = series(300, 320, 250, 200, 150, 220, 260);
        JobRecord r = replay(Policy.THRESHOLD, config(80, ForecastSource.PERFECT, 2), home(s),
                soft("j", T0, Duration.ofHours(6), 1, 10)).records().getFirst();
        assertThat(r.decision()).isEqualTo(Decision.FORCED_AT_EXPIRY);
        assertThat(r.trace().cause()).isEqualTo(Cause.WINDOW_EXPIRED);
        assertThat(r.dispatchTs()).isEqualTo(r.windowExpiry()).isEqualTo(T0.plus(Duration.ofHours(6)));
        assertThat(r.trace().forecastShowedLow()).isFalse();
        // 300 at expiry against 320 at submission: a small saving here, by luck
        assertThat(r.actualIntensity()).isEqualTo(300.0);
    }

    @Test
    void threshold_fallback_takes_the_forecasts_best_start_when_no_point_under_the_threshold_is_forecast() {
        IntensitySeries s = series(300, 320, 250, 200, 150, 220, 260);
        JobRecord r = replay(Policy.THRESHOLD_FALLBACK, config(80, ForecastSource.PERFECT, 2), home(s),
                soft("j", T0, Duration.ofHours(6), 1, 10)).records().getFirst();
        assertThat(r.decision()).isEqualTo(Decision.DEFERRED);
        assertThat(r.trace().cause()).isEqualTo(Cause.FORECAST_BEST_START);
        assertThat(r.dispatchTs()).isEqualTo(T0.plus(Duration.ofHours(3)));
        assertThat(r.actualIntensity()).isEqualTo(150.0);
    }

    @Test
    void when_the_forecasts_best_start_is_the_expiry_itself_the_fallback_chose_it_and_it_is_not_forced() {
        IntensitySeries s = series(100, 320, 300, 280, 260, 240, 220, 200);
        JobRecord r = replay(Policy.THRESHOLD_FALLBACK, config(80, ForecastSource.PERFECT, 2), home(s),
                soft("j", T0, Duration.ofHours(6), 1, 10)).records().getFirst();
        assertThat(r.dispatchTs()).isEqualTo(r.windowExpiry());
        assertThat(r.decision()).isEqualTo(Decision.DEFERRED);
        assertThat(r.trace().cause()).isEqualTo(Cause.FORECAST_BEST_START);
    }

    @Test
    void a_fallback_job_that_waited_for_a_forecast_low_that_never_came_is_forced_at_expiry() {
        // yesterday dipped to 60 at 06:00, today it does not: persistence promises a low point at the window's end
        double[] yesterday = {300, 300, 300, 300, 300, 300, 60};
        IntensitySeries s = series(300, yesterday, 320, 310, 305, 290, 300, 310, 295);
        JobRecord r = replay(Policy.THRESHOLD_FALLBACK, config(80, ForecastSource.PERSISTENCE_24H, 2), home(s),
                soft("j", T0, Duration.ofHours(6), 1, 10)).records().getFirst();
        assertThat(r.trace().forecastShowedLow()).isTrue();
        assertThat(r.decision()).isEqualTo(Decision.FORCED_AT_EXPIRY);
        assertThat(r.dispatchTs()).isEqualTo(r.windowExpiry());
    }

    @Test
    void threshold_fallback_waits_like_the_reference_when_a_low_point_is_forecast() {
        IntensitySeries s = series(300, 320, 250, 200, 150, 70, 260);
        JobRecord r = replay(Policy.THRESHOLD_FALLBACK, config(80, ForecastSource.PERFECT, 2), home(s),
                soft("j", T0, Duration.ofHours(6), 1, 10)).records().getFirst();
        assertThat(r.trace().cause()).isEqualTo(Cause.AT_OR_UNDER_THRESHOLD);
        assertThat(r.dispatchTs()).isEqualTo(T0.plus(Duration.ofHours(4)));
        assertThat(r.trace().forecastShowedLow()).isTrue();
    }

    @Test
    void optimal_follows_the_forecast_and_oracle_the_actual_grid() {
        // yesterday was lowest at 04:00, today it is lowest at 02:00: persistence points optimal at 04:00
        double[] yesterday = {300, 300, 300, 300, 100, 300, 300};
        IntensitySeries s = series(300, yesterday, 300, 300, 90, 300, 200, 300, 300);
        SchedulerConfig c = config(80, ForecastSource.PERSISTENCE_24H, 2);
        SoftJob job = soft("j", T0, Duration.ofHours(6), 1, 10);
        JobRecord optimal = replay(Policy.OPTIMAL, c, home(s), job).records().getFirst();
        JobRecord oracle = replay(Policy.ORACLE, c, home(s), job).records().getFirst();
        assertThat(optimal.dispatchTs()).isEqualTo(T0.plus(Duration.ofHours(4)));
        assertThat(optimal.trace().cause()).isEqualTo(Cause.LOWEST_FORECAST);
        assertThat(optimal.actualIntensity()).isEqualTo(200.0);
        assertThat(oracle.dispatchTs()).isEqualTo(T0.plus(Duration.ofHours(2)));
        assertThat(oracle.actualIntensity()).isEqualTo(90.0);
        assertThat(oracle.carbonSavedKgCo2()).isGreaterThan(optimal.carbonSavedKgCo2());
        // with a perfect forecast, optimal is the oracle
        JobRecord perfect = replay(Policy.OPTIMAL, config(80, ForecastSource.PERFECT, 2), home(s), job).records().getFirst();
        assertThat(perfect.dispatchTs()).isEqualTo(oracle.dispatchTs());
    }

    @Test
    void a_forecast_file_is_read_as_issued_the_latest_issue_before_each_decision_counts() {
        IntensitySeries actual = series(300, 300, 300, 100, 300, 300, 300, 300);
        double[] early = new double[12];
        double[] late = new double[12];
        java.util.Arrays.fill(early, 300);
        java.util.Arrays.fill(late, 300);
        early[4] = 50; // issued at T0: "lowest at 04:00"
        late[2] = 50; // issued at 01:00: "lowest at 02:00"
        var first = new IntensitySeries("home", T0, Duration.ofHours(1), early, actual.signal(), actual.basis(),
                "test:forecast", true, T0);
        var second = new IntensitySeries("home", T0, Duration.ofHours(1), late, actual.signal(), actual.basis(),
                "test:forecast", true, T0.plus(Duration.ofHours(1)));
        SchedulerConfig c = new SchedulerConfig(80, Duration.ofMinutes(30), new SchedulerConfig.Forecast(
                ForecastSource.FILE, Duration.ofHours(12), java.nio.file.Path.of("forecast.csv")), List.of("home"), 2);
        ReplayRequest request = new ReplayRequest(c, List.of(soft("j", T0, Duration.ofHours(6), 1, 10)),
                T0.minus(Duration.ofDays(1)), T0.plus(Duration.ofDays(2)), Policy.OPTIMAL, Map.of("home", actual),
                Map.of("home", List.of(second, first)));
        JobRecord r = SchedulerReplay.run(request, ProgressListener.NONE).records().getFirst();
        assertThat(r.dispatchTs()).isEqualTo(T0.plus(Duration.ofHours(2)));
        assertThat(r.actualIntensity()).isEqualTo(100.0);
        assertThat(r.trace().forecast()).startsWith("file forecast.csv");
    }

    @Test
    void ties_go_to_the_earliest_start_so_a_flat_grid_means_no_delay() {
        IntensitySeries s = series(200);
        for (Policy p : List.of(Policy.OPTIMAL, Policy.ORACLE, Policy.THRESHOLD_FALLBACK)) {
            JobRecord r = replay(p, config(80, ForecastSource.PERFECT, 2), home(s),
                    soft("j", T0, Duration.ofHours(6), 2, 10)).records().getFirst();
            assertThat(r.dispatchTs()).as(p.id()).isEqualTo(T0);
            assertThat(r.decision()).as(p.id()).isEqualTo(Decision.IMMEDIATE);
        }
    }

    @Test
    void forced_dispatches_queue_into_the_looks_before_expiry_instead_of_bursting() {
        IntensitySeries s = series(300);
        List<Job> jobs = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            jobs.add(soft("j" + i, T0, Duration.ofHours(3), 1, 10));
        }
        List<JobRecord> records = replay(Policy.THRESHOLD, config(80, ForecastSource.PERFECT, 2), home(s),
                jobs.toArray(Job[]::new)).records();
        Instant expiry = T0.plus(Duration.ofHours(3));
        assertThat(records).allSatisfy(r -> {
            assertThat(r.decision()).isEqualTo(Decision.FORCED_AT_EXPIRY);
            assertThat(r.dispatchTs()).isBeforeOrEqualTo(expiry);
        });
        assertThat(records.stream().filter(r -> r.dispatchTs().equals(expiry))).hasSize(2);
        assertThat(records.stream().filter(r -> r.dispatchTs().equals(expiry.minus(Duration.ofMinutes(30))))).hasSize(2);
        assertThat(records.stream().filter(r -> r.trace().cause() == Cause.EXPIRY_SLOT_FULL)).hasSize(3);
        assertThat(records.stream().map(JobRecord::dispatchTs).distinct()).hasSize(3);
    }

    @Test
    void at_most_max_concurrent_dispatches_go_when_the_grid_turns_clean_and_the_rest_follow_at_the_next_look() {
        IntensitySeries s = series(300, 300, 300, 50, 50);
        List<JobRecord> records = replay(Policy.THRESHOLD, config(80, ForecastSource.PERFECT, 2), home(s),
                soft("a", T0, Duration.ofHours(6), 1, 10), soft("b", T0, Duration.ofHours(6), 1, 10),
                soft("c", T0, Duration.ofHours(6), 1, 10)).records();
        assertThat(records.stream().filter(r -> r.dispatchTs().equals(T0.plus(Duration.ofHours(2))))).hasSize(2);
        JobRecord third = records.stream().filter(r -> r.trace().capacityWaits() > 0).findFirst().orElseThrow();
        assertThat(third.dispatchTs()).isEqualTo(T0.plus(Duration.ofMinutes(150)));
        assertThat(third.decision()).isEqualTo(Decision.DEFERRED);
    }

    @Test
    void a_hard_job_is_never_deferred_whatever_the_policy_and_settings() {
        IntensitySeries s = series(300, 900, 900, 10, 10, 10, 10, 10);
        for (Policy p : Policy.values()) {
            for (double threshold : new double[] {0, 80, 1e6}) {
                for (int capacity : new int[] {1, 3}) {
                    for (ForecastSource f : List.of(ForecastSource.PERFECT, ForecastSource.PERSISTENCE_24H)) {
                        List<Job> jobs = new ArrayList<>();
                        for (int i = 0; i < 4; i++) {
                            jobs.add(soft("s" + i, T0, Duration.ofHours(6), 1, 10, "alt"));
                        }
                        jobs.add(hard("h", T0, 1, 10));
                        var all = Map.of("home", s, "alt", TestSeries.rename(series(5), "alt"));
                        JobRecord h = replay(p, config(threshold, f, capacity), all, jobs.toArray(Job[]::new))
                                .records().stream().filter(r -> r.jobId().equals("h")).findFirst().orElseThrow();
                        String what = p.id() + " " + threshold + " " + capacity + " " + f.id();
                        assertThat(h.dispatchTs()).as(what).isEqualTo(h.submittedAt());
                        assertThat(h.decision()).as(what).isEqualTo(Decision.NEVER_DEFERRED);
                        assertThat(h.region()).as(what).isEqualTo("home");
                        assertThat(h.carbonSavedKgCo2()).as(what).isZero();
                    }
                }
            }
        }
    }

    @Test
    void a_hard_job_has_no_window_and_a_record_cannot_say_it_was_delayed() {
        HardJob h = hard("h", T0, 1, 10);
        assertThat(h.maxDeferral()).isZero();
        assertThat(Job.class.getPermittedSubclasses()).containsExactlyInAnyOrder(HardJob.class, SoftJob.class);
        var trace = new JobRecord.Trace("home", "s", 1, Double.NaN, "", Cause.HARD_DEADLINE, 1, 1, null, 0);
        assertThatThrownBy(() -> new JobRecord("h", JobClass.HARD, "home", T0, T0.plusSeconds(1800), 0.5, T0,
                Decision.NEVER_DEFERRED, Policy.THRESHOLD, 1, 1, 1, 0, 0, 0, 0.0, true, "s", trace))
                .hasMessageContaining("never deferred");
    }

    @Test
    void a_job_that_allows_migration_runs_in_a_preferred_region_whose_grid_is_under_the_threshold() {
        IntensitySeries home = series(300);
        IntensitySeries alt = TestSeries.hourly("alt", T0.minus(Duration.ofDays(1)), altValues(), "test:alt");
        var all = Map.of("home", home, "alt", alt);
        JobRecord moved = replay(Policy.THRESHOLD, config(80, ForecastSource.PERFECT, 2), all,
                soft("j", T0, Duration.ofHours(6), 1, 10, "alt")).records().getFirst();
        assertThat(moved.decision()).isEqualTo(Decision.MIGRATED);
        assertThat(moved.region()).isEqualTo("alt");
        assertThat(moved.dispatchTs()).isEqualTo(T0.plus(Duration.ofHours(1)));
        assertThat(moved.actualIntensity()).isEqualTo(60.0);
        assertThat(moved.baselineIntensity()).isEqualTo(300.0);
        assertThat(moved.intensitySource()).isEqualTo("test:alt; baseline test:home");
        JobRecord stays = replay(Policy.THRESHOLD, config(80, ForecastSource.PERFECT, 2), all,
                soft("j", T0, Duration.ofHours(6), 1, 10)).records().getFirst();
        assertThat(stays.decision()).isEqualTo(Decision.FORCED_AT_EXPIRY);
        assertThat(stays.region()).isEqualTo("home");
    }

    @Test
    void an_annual_average_floor_is_never_a_reason_to_migrate() {
        IntensitySeries alt = TestSeries.hourly("alt", T0.minus(Duration.ofDays(1)), altValues(), "gcp:annual-average");
        IntensitySeries floor = new IntensitySeries("alt", alt.start(), alt.step(), alt.gPerKwh(), alt.signal(),
                alt.basis(), alt.source(), true, null);
        ReplayResult r = replay(Policy.THRESHOLD, config(80, ForecastSource.PERFECT, 2),
                Map.of("home", series(300), "alt", floor), soft("j", T0, Duration.ofHours(6), 1, 10, "alt"));
        assertThat(r.records().getFirst().decision()).isEqualTo(Decision.FORCED_AT_EXPIRY);
        assertThat(r.warnings()).anySatisfy(w -> assertThat(w).contains("alt has only an estimated series"));
    }

    private static double[] altValues() {
        double[] v = new double[72];
        java.util.Arrays.fill(v, 200);
        v[25] = 60; // T0 + 1 h
        return v;
    }

    @Test
    void immediate_is_the_baseline_with_no_saving() {
        ReplayResult r = replay(Policy.IMMEDIATE, config(80, ForecastSource.PERFECT, 1), home(series(300, 400, 10, 10)),
                soft("a", T0, Duration.ofHours(6), 1, 10), soft("b", T0, Duration.ofHours(6), 1, 10));
        assertThat(r.records()).allSatisfy(rec -> {
            assertThat(rec.dispatchTs()).isEqualTo(rec.submittedAt());
            assertThat(rec.carbonSavedKgCo2()).isZero();
        });
        assertThat(r.summary().deferred()).isZero();
    }

    @Test
    void a_run_the_data_does_not_cover_is_skipped_with_a_warning_not_invented() {
        ReplayResult r = replay(Policy.THRESHOLD, config(80, ForecastSource.PERFECT, 2), home(series(300)),
                soft("late", T0.plus(Duration.ofHours(45)), Duration.ofHours(6), 1, 10));
        assertThat(r.records()).isEmpty();
        assertThat(r.summary().skipped()).isEqualTo(1);
        assertThat(r.warnings()).singleElement().asString().contains("late", "does not cover");
    }

    @Test
    void the_summary_counts_deferred_forced_and_hard_runs() {
        IntensitySeries s = series(300, 300, 70);
        ReplayResult r = replay(Policy.THRESHOLD, config(80, ForecastSource.PERFECT, 2), home(s),
                soft("deferred", T0, Duration.ofHours(6), 1, 10), soft("forced", T0.plus(Duration.ofHours(3)),
                        Duration.ofHours(2), 1, 10), hard("h", T0, 1, 10));
        ReplaySummary sum = r.summary();
        assertThat(sum.jobs()).isEqualTo(3);
        assertThat(sum.deferred()).isEqualTo(2);
        assertThat(sum.forced()).isEqualTo(1);
        assertThat(sum.neverDeferredHard()).isEqualTo(1);
        assertThat(sum.flexible()).isEqualTo(2);
        assertThat(sum.baselineKg() - sum.actualKg()).isCloseTo(sum.savedKg(), within(1e-9));
        assertThat(sum.avgDelayH()).isEqualTo(1.0); // (1 h + 2 h + 0 h) / 3
        assertThat(sum.avgDeferralH()).isEqualTo(1.5);
    }

    @Test
    void a_replay_stops_when_its_thread_is_interrupted() {
        Thread.currentThread().interrupt();
        try {
            assertThatThrownBy(() -> replay(Policy.THRESHOLD, config(80, ForecastSource.PERFECT, 2), home(series(300)),
                    soft("j", T0, Duration.ofHours(6), 1, 10))).isInstanceOf(CancelledException.class);
        } finally {
            Thread.interrupted();
        }
    }
}
