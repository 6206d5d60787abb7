package dev.greenops.model.schedule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.greenops.model.common.ProgressListener;
import dev.greenops.model.intensity.IntensitySeries;
import dev.greenops.model.schedule.config.SchedulerFiles;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Properties of replays of the sample jobs over a real year: Germany 2023, hourly (Electricity Maps, direct). Germany
 * never went under 80 g/kWh that year, which is what makes the reference rule interesting.
 */
class SchedulerYearTest {

    static final Instant FROM = Instant.parse("2023-01-01T00:00:00Z");
    static final Instant TO = Instant.parse("2024-01-01T00:00:00Z");
    static final String REGION = "europe-west3";

    static SchedulerConfig config;
    static List<Job> jobs;
    static IntensitySeries de;
    static final Map<ForecastSource, Map<Policy, ReplayResult>> RESULTS = new EnumMap<>(ForecastSource.class);

    @BeforeAll
    static void replayTheYear() throws Exception {
        config = SchedulerFiles.parseConfig("carbon-aware-scheduler.yaml", SchedulerSamplePart.CONFIG_YAML, null);
        jobs = SchedulerFiles.parseJobs("jobs.yaml", SchedulerSamplePart.JOBS_YAML, config).jobs();
        de = TestSeries.de2023(REGION);
        for (ForecastSource f : List.of(ForecastSource.PERSISTENCE_24H, ForecastSource.PERFECT)) {
            Map<Policy, ReplayResult> byPolicy = new EnumMap<>(Policy.class);
            SchedulerConfig c = config.withForecast(config.forecast().withSource(f));
            for (Policy p : Policy.values()) {
                byPolicy.put(p, SchedulerReplay.run(
                        new ReplayRequest(c, jobs, FROM, TO, p, Map.of(REGION, de)), ProgressListener.NONE));
            }
            RESULTS.put(f, byPolicy);
        }
    }

    static Iterable<ReplayResult> all() {
        return RESULTS.values().stream().flatMap(m -> m.values().stream()).toList();
    }

    @Test
    void germany_never_went_under_80_g_per_kwh_in_2023() {
        assertThat(java.util.Arrays.stream(de.gPerKwh()).min().orElseThrow()).isGreaterThan(80);
    }

    @Test
    void every_submission_of_the_year_is_replayed_under_every_policy() {
        // 3 × 53 Sundays + 4 × 365 daily + 12 monthly, less the 22:00 run of 31 December, whose 12-hour window
        // reaches past the end of the data
        for (ReplayResult r : all()) {
            assertThat(r.summary().jobs()).as(r.policy().id()).isEqualTo(3 * 53 + 4 * 365 + 12 - 1);
            assertThat(r.summary().skipped()).isEqualTo(1);
            assertThat(r.warnings()).anySatisfy(w -> assertThat(w).contains("eval-nightly submitted 2023-12-31T22:00:00Z"));
        }
    }

    @Test
    void no_hard_job_is_ever_delayed() {
        for (ReplayResult r : all()) {
            List<JobRecord> hard = r.records().stream().filter(x -> x.jobClass() == JobClass.HARD).toList();
            assertThat(hard).hasSize(2 * 365);
            assertThat(r.summary().neverDeferredHard()).isEqualTo(hard.size());
            assertThat(hard).allSatisfy(x -> {
                assertThat(x.dispatchTs()).isEqualTo(x.submittedAt());
                assertThat(x.decision()).isEqualTo(Decision.NEVER_DEFERRED);
            });
        }
    }

    @Test
    void no_job_runs_outside_its_window() {
        Map<String, Job> byId = new java.util.HashMap<>();
        jobs.forEach(j -> byId.put(j.id(), j));
        for (ReplayResult r : all()) {
            assertThat(r.records()).allSatisfy(x -> {
                assertThat(x.dispatchTs()).isAfterOrEqualTo(x.submittedAt()).isBeforeOrEqualTo(x.windowExpiry());
                assertThat(x.windowExpiry()).isEqualTo(x.submittedAt().plus(byId.get(x.jobId()).maxDeferral()));
            });
        }
    }

    @Test
    void every_record_recomputes_from_the_series() {
        long start = de.start().getEpochSecond();
        for (ReplayResult r : all()) {
            for (JobRecord x : r.records()) {
                long durMin = Math.round(x.trace().durationH() * 60);
                double baseline = minuteAverage(de.gPerKwh(), start, x.submittedAt().getEpochSecond(), durMin);
                double actual = minuteAverage(de.gPerKwh(), start, x.dispatchTs().getEpochSecond(), durMin);
                assertThat(x.baselineIntensity()).isCloseTo(baseline, within(1e-6));
                assertThat(x.actualIntensity()).isCloseTo(actual, within(1e-6));
                assertThat(x.baselineEmissionsKgCo2()).isCloseTo(x.estKwh() * baseline / 1000, within(0.0005 + 1e-9));
                assertThat(x.actualEmissionsKgCo2()).isCloseTo(x.estKwh() * actual / 1000, within(0.0005 + 1e-9));
                assertThat(x.carbonSavedKgCo2())
                        .isCloseTo(x.baselineEmissionsKgCo2() - x.actualEmissionsKgCo2(), within(1e-9));
                assertThat(x.dispatchDelayH())
                        .isEqualTo(Duration.between(x.submittedAt(), x.dispatchTs()).toMinutes() / 60.0);
                assertThat(x.intensitySource()).isEqualTo(TestSeries.DE_SOURCE);
                assertThat(x.csrdEligible()).isTrue();
            }
        }
    }

    /** The plain way: one sample per minute of the run, read off the hourly array. */
    private static double minuteAverage(double[] hourly, long seriesStart, long from, long minutes) {
        double sum = 0;
        for (long m = 0; m < minutes; m++) {
            sum += hourly[(int) ((from + m * 60 + 30 - seriesStart) / 3600)];
        }
        return sum / minutes;
    }

    @Test
    void the_oracle_bounds_optimal_which_never_loses_against_immediate_dispatch() {
        for (ForecastSource f : RESULTS.keySet()) {
            Map<Policy, ReplayResult> r = RESULTS.get(f);
            double oracle = r.get(Policy.ORACLE).summary().savedKg();
            double optimal = r.get(Policy.OPTIMAL).summary().savedKg();
            assertThat(oracle).as(f.id()).isGreaterThanOrEqualTo(optimal);
            assertThat(optimal).as(f.id()).isGreaterThanOrEqualTo(0);
            assertThat(r.get(Policy.IMMEDIATE).summary().savedKg()).isZero();
            for (Policy p : Policy.values()) {
                assertThat(oracle).as(f.id() + " oracle vs " + p.id())
                        .isGreaterThanOrEqualTo(r.get(p).summary().savedKg());
            }
        }
    }

    @Test
    void with_persistence_forecasts_threshold_fallback_and_optimal_never_do_worse_than_immediate_over_the_year() {
        Map<Policy, ReplayResult> r = RESULTS.get(ForecastSource.PERSISTENCE_24H);
        assertThat(r.get(Policy.THRESHOLD_FALLBACK).summary().savedKg()).isGreaterThanOrEqualTo(0);
        assertThat(r.get(Policy.OPTIMAL).summary().savedKg()).isGreaterThanOrEqualTo(0);
    }

    @Test
    void under_the_reference_rule_every_flexible_run_with_the_80_g_threshold_is_forced_at_expiry_in_germany() {
        for (ReplayResult r : RESULTS.values().stream().map(m -> m.get(Policy.THRESHOLD)).toList()) {
            assertThat(r.records().stream().filter(x -> x.jobClass() == JobClass.SOFT && !x.jobId().equals("eval-nightly")))
                    .isNotEmpty()
                    .allSatisfy(x -> assertThat(x.decision()).isEqualTo(Decision.FORCED_AT_EXPIRY));
        }
    }

    @Test
    void a_preferred_region_without_an_hourly_series_is_named_in_a_warning() {
        assertThat(RESULTS.get(ForecastSource.PERFECT).get(Policy.THRESHOLD).warnings())
                .anySatisfy(w -> assertThat(w).contains("europe-west1", "eval-nightly"));
    }
}
