package dev.greenops.app.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.greenops.model.common.ProgressListener;
import dev.greenops.model.imports.ImportOptions;
import dev.greenops.model.imports.ImportService;
import dev.greenops.model.intensity.io.IntensityFormats;
import dev.greenops.model.reference.ReferenceData;
import dev.greenops.model.schedule.SchedulerSamplePart;
import dev.greenops.model.store.Workspace;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code greenops schedule} over a full real year: the sample jobs on Germany 2023 hourly (Electricity Maps, direct),
 * read through the intensity importers exactly as a user's file would be.
 */
class ScheduleCommandTest {

    static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    static Path dir;

    static Path config;
    static Path jobs;
    static Path de;

    @BeforeAll
    static void files() throws Exception {
        new SchedulerSamplePart().write(dir, ProgressListener.NONE);
        config = dir.resolve("scheduler/carbon-aware-scheduler.yaml");
        jobs = dir.resolve("scheduler/jobs.yaml");
        de = ReferenceData.DE_2023_HOURLY.copyTo(dir.resolve("DE_2023_hourly.csv"));
    }

    static CliTest.Run schedule(String... extra) {
        List<String> args = new ArrayList<>(List.of("schedule", "--config", config.toString(), "--jobs", jobs.toString(),
                "--intensity", de.toString(), "--from", "2023-01-01", "--to", "2024-01-01"));
        args.addAll(List.of(extra));
        return CliTest.run(args.toArray(String[]::new));
    }

    static JsonNode json(CliTest.Run r) throws Exception {
        assertThat(r.code()).as(r.err()).isZero();
        return JSON.readTree(r.out());
    }

    @Test
    void prints_the_summary_of_a_years_replay_with_the_contracts_keys_first() throws Exception {
        JsonNode s = json(schedule("--json"));
        List<String> keys = new ArrayList<>();
        s.fieldNames().forEachRemaining(keys::add);
        assertThat(keys).startsWith("policy", "jobs", "deferred", "forced", "neverDeferredHard", "savedKg",
                "baselineKg", "actualKg", "avgDelayH");
        assertThat(s.get("policy").asText()).isEqualTo("threshold");
        assertThat(s.get("jobs").asInt()).isEqualTo(1630);
        assertThat(s.get("neverDeferredHard").asInt()).isEqualTo(730);
        assertThat(s.get("baselineKg").asDouble() - s.get("actualKg").asDouble())
                .isCloseTo(s.get("savedKg").asDouble(), within(1e-6));
        assertThat(s.get("intensitySources").get(0).asText()).contains("electricitymaps");
    }

    @Test
    void over_the_year_the_oracle_bounds_optimal_and_the_fallback_and_optimal_never_lose_to_immediate() throws Exception {
        for (String forecast : List.of("persistence-24h", "perfect")) {
            JsonNode r = json(schedule("--json", "--compare", "--forecast", forecast));
            // --compare extends the summary document, it does not wrap it: .savedKg is where it is without --compare
            assertThat(r.has("summary")).isFalse();
            assertThat(r.get("policy").asText()).isEqualTo("threshold");
            assertThat(r.get("jobs").asInt()).isEqualTo(1630);
            assertThat(r.get("savedKg").isNumber()).isTrue();
            assertThat(r.get("comparison").isArray()).isTrue();
            Map<String, Double> saved = new HashMap<>();
            r.get("policies").forEach(p -> saved.put(p.get("policy").asText(), p.get("savedKg").asDouble()));
            assertThat(saved).hasSize(5);
            assertThat(saved.get("oracle")).as(forecast).isGreaterThanOrEqualTo(saved.get("optimal"));
            assertThat(saved.get("optimal")).as(forecast).isGreaterThanOrEqualTo(0);
            assertThat(saved.get("threshold-fallback")).as(forecast).isGreaterThanOrEqualTo(0);
            assertThat(saved.get("immediate")).isZero();
            r.get("policies").forEach(p -> assertThat(p.get("neverDeferredHard").asInt()).isEqualTo(730));
        }
    }

    @Test
    void every_written_record_keeps_its_window_never_delays_a_hard_job_and_recomputes_from_the_file() throws Exception {
        double[] hourly = hourly();
        long start = Instant.parse("2023-01-01T00:00:00Z").getEpochSecond();
        Map<String, Double> hours = Map.of("train-rec-v3", 9.0, "train-search-v2", 6.0, "train-fraud-v4", 4.0,
                "feature-backfill", 1.5, "batch-predict", 1.0, "anomaly-refresh", 0.5, "vector-reindex", 1.0,
                "eval-nightly", 2.0);
        for (String policy : List.of("threshold", "threshold-fallback", "oracle")) {
            Path out = dir.resolve(policy + ".csv");
            assertThat(schedule("--policy", policy, "--out", out.toString()).code()).isZero();
            List<String> lines = Files.readAllLines(out);
            assertThat(lines).hasSize(1631);
            for (String line : lines.subList(1, lines.size())) {
                String[] c = line.split(",");
                Instant submitted = Instant.parse(c[3]);
                Instant dispatched = Instant.parse(c[4]);
                Instant expiry = Instant.parse(c[6]);
                assertThat(dispatched).as(line).isAfterOrEqualTo(submitted).isBeforeOrEqualTo(expiry);
                if (c[1].equals("hard")) {
                    assertThat(dispatched).as(line).isEqualTo(submitted);
                    assertThat(c[7]).isEqualTo("never_deferred");
                }
                double kwh = Double.parseDouble(c[9]);
                double actual = average(hourly, start, dispatched.getEpochSecond(), hours.get(c[0]));
                double baseline = average(hourly, start, submitted.getEpochSecond(), hours.get(c[0]));
                assertThat(Double.parseDouble(c[10])).as(line).isCloseTo(baseline, within(0.005 + 1e-6));
                assertThat(Double.parseDouble(c[11])).as(line).isCloseTo(actual, within(0.005 + 1e-6));
                assertThat(Double.parseDouble(c[13])).as(line).isCloseTo(kwh * actual / 1000, within(0.0005 + 1e-9));
                assertThat(Double.parseDouble(c[14])).as(line)
                        .isCloseTo(Double.parseDouble(c[12]) - Double.parseDouble(c[13]), within(1e-9));
            }
        }
    }

    /** The run-average read straight off the hourly values, minute by minute. */
    static double average(double[] hourly, long seriesStart, long from, double hours) {
        long minutes = Math.round(hours * 60);
        double sum = 0;
        for (long m = 0; m < minutes; m++) {
            sum += hourly[(int) ((from + m * 60 + 30 - seriesStart) / 3600)];
        }
        return sum / minutes;
    }

    static double[] hourly() throws Exception {
        List<String> lines = Files.readAllLines(de);
        double[] v = new double[lines.size() - 1];
        for (int i = 1; i < lines.size(); i++) {
            v[i - 1] = Double.parseDouble(lines.get(i).split(",")[4]);
        }
        return v;
    }

    @Test
    void a_workspace_replay_saves_its_records_under_a_replay_id() throws Exception {
        Path ws = dir.resolve("ws.duckdb");
        try (Workspace w = Workspace.open(ws)) {
            new ImportService(IntensityFormats.importers()).importFiles(w, List.of(de), ImportService.AUTO,
                    ImportOptions.DEFAULT, ProgressListener.NONE);
        }
        CliTest.Run r = CliTest.run("schedule", "--config", config.toString(), "--jobs", jobs.toString(),
                "--workspace", ws.toString(), "--from", "2023-03-01", "--to", "2023-04-01");
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out()).contains("saved as        job_metrics replay 'threshold 2023-03-01..2023-04-01 @");
        try (Workspace w = Workspace.open(ws)) {
            // 31 days × 4 daily jobs, 4 Sundays × 3 weekly, 1 monthly
            assertThat(w.count("job_metrics")).isEqualTo(31 * 4 + 4 * 3 + 1);
        }
    }

    @Test
    void bad_input_is_one_clear_line_per_problem_with_exit_2() throws Exception {
        CliTest.Run missing = CliTest.run("schedule", "--config", dir.resolve("nope.yaml").toString(), "--jobs",
                jobs.toString(), "--intensity", de.toString(), "--from", "2023-01-01", "--to", "2023-02-01");
        assertThat(missing.code()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(missing.err()).contains("nope.yaml:0:0: no such file (expected carbon-aware-scheduler.yaml)");
        CliTest.Run policy = schedule("--policy", "greenest");
        assertThat(policy.code()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(policy.err()).contains("unknown policy 'greenest'", "threshold-fallback");
        Path badJobs = Files.writeString(dir.resolve("bad-jobs.yaml"), """
                - id: batch-predict
                  schedule: daily 02:00
                  deadline: hard
                  max_deferral: 2h
                  duration_estimate_hours: 1
                  energy_kwh: 3
                """);
        CliTest.Run hard = CliTest.run("schedule", "--config", config.toString(), "--jobs", badJobs.toString(),
                "--intensity", de.toString(), "--from", "2023-01-01", "--to", "2023-02-01");
        assertThat(hard.code()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(hard.err()).startsWith("greenops: " + badJobs + ":4:3: a hard job is never deferred")
                .doesNotContain("Exception");
        CliTest.Run both = CliTest.run("schedule", "--config", config.toString(), "--jobs", jobs.toString(),
                "--from", "2023-01-01", "--to", "2023-02-01");
        assertThat(both.code()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(both.err()).contains("--workspace", "--intensity");
    }

    @Test
    void a_period_the_intensity_does_not_cover_is_bad_input_naming_the_file_and_both_ranges() {
        CliTest.Run r = CliTest.run("schedule", "--config", config.toString(), "--jobs", jobs.toString(),
                "--intensity", de.toString(), "--from", "2025-08-01", "--to", "2025-08-08", "--json");
        assertThat(r.code()).as(r.err()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(r.out()).isEmpty();
        assertThat(r.err().lines().filter(l -> !l.contains("warning:")).toList()).containsExactly("greenops: " + de
                + ":0:0: covers DE from 2023-01-01T00:00:00Z to 2024-01-01T00:00:00Z, but none of the 32 job runs"
                + " submitted from 2025-08-01T00:00:00Z to 2025-08-08T00:00:00Z could be replayed (expected intensity"
                + " covering --from to --to and each job's deferral window and run)");
    }

    @Test
    void a_period_without_submissions_names_the_configured_forecast_rather_than_a_blank() {
        CliTest.Run r = CliTest.run("schedule", "--config", config.toString(), "--jobs", jobs.toString(),
                "--intensity", de.toString(), "--from", "2023-01-02T05:00", "--to", "2023-01-02T06:00");
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out()).contains("; forecast persistence-24h (configured; no run was replayed, so none was made)\n");
    }

    @Test
    void writes_the_policy_comparison_chart_as_png() throws Exception {
        Path png = dir.resolve("policies.png");
        CliTest.Run r = schedule("--png", png.toString());
        assertThat(r.code()).as(r.err()).isZero();
        byte[] head = java.util.Arrays.copyOf(Files.readAllBytes(png), 8);
        assertThat(head).isEqualTo(new byte[] {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10});
        assertThat(r.out()).contains("job group", "oracle", "100.0%");
    }

    @Test
    void a_saving_of_minus_four_hundredths_of_a_percent_keeps_its_sign_in_json_and_in_the_summary() throws Exception {
        // never at or under 80 g/kWh: the run is forced at its window's expiry (03:00) into an hour 0.08 g/kWh
        // dirtier than at submission (01:00): 100 kWh, 20.000 → 20.008 kg, saved −0.008 kg = −0.04% (one decimal: 0.0)
        Path tiny = Files.createDirectories(dir.resolve("tiny"));
        StringBuilder csv = new StringBuilder("Datetime (UTC),Country,Zone Name,Zone Id,Carbon Intensity gCO\u2082eq/kWh"
                + " (direct),Carbon Intensity gCO\u2082eq/kWh (LCA),Low Carbon Percentage,Renewable Percentage,Data Source,"
                + "Data Estimated,Data Estimation Method\n");
        for (int h = 0; h < 72; h++) {
            csv.append(String.format(java.util.Locale.ROOT, "2023-01-%02d %02d:00:00,Germany,Germany,DE,%s,1,1,1,test,false,%n",
                    1 + h / 24, h % 24, h == 24 + 3 ? "200.08" : "200.00"));
        }
        Path intensity = Files.writeString(tiny.resolve("DE_tiny.csv"), csv);
        Path cfg = Files.writeString(tiny.resolve("carbon-aware-scheduler.yaml"), "threshold_g_per_kwh: 80\n"
                + "reevaluate_every: 30m\nforecast: { source: perfect, horizon: 12h }\nregions: [europe-west3]\n"
                + "max_concurrent_dispatches: 2\n");
        Path oneJob = Files.writeString(tiny.resolve("jobs.yaml"), "- id: nightly\n  region: europe-west3\n"
                + "  schedule: \"daily 01:00\"\n  deadline: soft\n  max_deferral: 2h\n  duration_estimate_hours: 1\n"
                + "  energy_kwh: 100\n");
        String[] args = {"schedule", "--config", cfg.toString(), "--jobs", oneJob.toString(), "--intensity",
            intensity.toString(), "--from", "2023-01-02", "--to", "2023-01-03", "--compare"};
        CliTest.Run human = CliTest.run(args);
        assertThat(human.code()).as(human.err()).isZero();
        assertThat(human.out()).contains("saved           -0.008 kgCO2e (-0.04% of the baseline: dirtier than running"
                + " at once)");
        assertThat(human.out()).containsPattern("nightly +threshold +1 +1 +1 +-0.008 +-0.04%");
        JsonNode j = json(CliTest.run(concat(args, "--json")));
        assertThat(j.at("/savedKg").decimalValue()).isEqualByComparingTo("-0.008");
        assertThat(j.at("/savingPct").decimalValue()).isEqualByComparingTo("-0.04");
        JsonNode row = null;
        for (JsonNode r : j.at("/comparison")) {
            if (r.path("group").asText().equals("nightly") && r.path("policy").asText().equals("threshold")) {
                row = r;
            }
        }
        assertThat(row).as(j.toString()).isNotNull();
        assertThat(row.path("savingPct").decimalValue()).isEqualByComparingTo("-0.04");
    }

    static String[] concat(String[] a, String... b) {
        List<String> out = new ArrayList<>(List.of(a));
        out.addAll(List.of(b));
        return out.toArray(String[]::new);
    }
}
