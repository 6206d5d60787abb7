package dev.greenops.model.schedule.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.greenops.model.common.InvalidInputException;
import dev.greenops.model.common.Problem;
import dev.greenops.model.schedule.ForecastSource;
import dev.greenops.model.schedule.HardJob;
import dev.greenops.model.schedule.Job;
import dev.greenops.model.schedule.JobClass;
import dev.greenops.model.schedule.Schedule;
import dev.greenops.model.schedule.SchedulerConfig;
import dev.greenops.model.schedule.SchedulerSamplePart;
import dev.greenops.model.schedule.SoftJob;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class SchedulerFilesTest {

    static SchedulerConfig sampleConfig() throws InvalidInputException {
        return SchedulerFiles.parseConfig("carbon-aware-scheduler.yaml", SchedulerSamplePart.CONFIG_YAML, null);
    }

    static List<Problem> problemsOfJobs(String yaml) throws InvalidInputException {
        SchedulerConfig c = sampleConfig();
        return catchThrowableOfType(InvalidInputException.class, () -> SchedulerFiles.parseJobs("jobs.yaml", yaml, c))
                .problems();
    }

    static List<Problem> problemsOfConfig(String yaml) {
        return catchThrowableOfType(InvalidInputException.class,
                () -> SchedulerFiles.parseConfig("s.yaml", yaml, null)).problems();
    }

    @Test
    void the_sample_configuration_reads_as_the_reference_deployment() throws Exception {
        SchedulerConfig c = sampleConfig();
        assertThat(c.thresholdGPerKwh()).isEqualTo(80);
        assertThat(c.reevaluateEvery()).isEqualTo(Duration.ofMinutes(30));
        assertThat(c.forecast().source()).isEqualTo(ForecastSource.PERSISTENCE_24H);
        assertThat(c.forecast().horizon()).isEqualTo(Duration.ofHours(12));
        assertThat(c.regions()).containsExactly("europe-west3", "europe-west1", "us-central1");
        assertThat(c.maxConcurrentDispatches()).isEqualTo(2);
    }

    @Test
    void the_sample_jobs_are_the_seven_of_the_reference_deployment_and_one_carbon_window_job() throws Exception {
        List<Job> jobs = SchedulerFiles.parseJobs("jobs.yaml", SchedulerSamplePart.JOBS_YAML, sampleConfig()).jobs();
        assertThat(jobs).extracting(Job::id).containsExactly("train-rec-v3", "train-search-v2", "train-fraud-v4",
                "feature-backfill", "batch-predict", "anomaly-refresh", "vector-reindex", "eval-nightly");
        assertThat(jobs).extracting(j -> j.schedule().text()).containsExactly("weekly SUN 02:00", "weekly SUN 03:00",
                "weekly SUN 04:00", "daily 01:00", "daily 02:00", "daily 03:00", "monthly 1 00:00", "daily 22:00");
        assertThat(jobs).extracting(Job::jobClass).containsExactly(JobClass.SOFT, JobClass.SOFT, JobClass.SOFT,
                JobClass.SOFT, JobClass.HARD, JobClass.HARD, JobClass.SOFT, JobClass.SOFT);
        assertThat(jobs).extracting(Job::maxDeferral).containsExactly(Duration.ofHours(6), Duration.ofHours(6),
                Duration.ofHours(6), Duration.ofHours(3), Duration.ZERO, Duration.ZERO, Duration.ofHours(12),
                Duration.ofHours(12));
        assertThat(jobs).allSatisfy(j -> assertThat(j.region()).isEqualTo("europe-west3"));
        assertThat(jobs.get(6).energyKwh()).isEqualTo(1.8);
        SoftJob window = (SoftJob) jobs.get(7);
        assertThat(window.thresholdGPerKwh()).hasValue(150);
        assertThat(window.migrationRegions()).containsExactly("europe-west1", "us-central1");
        assertThat(window.energyKwh()).isEqualTo(8.0); // power_kw 4 × 2 h
    }

    @Test
    void the_examples_of_the_data_model_read() throws Exception {
        SchedulerConfig c = SchedulerFiles.parseConfig("s.yaml", """
                threshold_g_per_kwh: 80
                reevaluate_every: 30m
                forecast: { source: perfect, horizon: 12h }
                regions: [europe-west3, europe-west1, us-central1]
                max_concurrent_dispatches: 2
                """, null);
        List<Job> jobs = SchedulerFiles.parseJobs("jobs.yaml", """
                - id: train-rec-v3
                  framework: pytorch
                  schedule: "weekly SUN 02:00"      # or a single submitted_at
                  deadline: soft                     # hard = never deferred
                  max_deferral: 6h
                  duration_estimate_hours: 9
                  energy_kwh: 120                    # or power_kw
                - id: once
                  submitted_at: 2026-08-01T02:00
                  deadline: hard
                  duration_estimate_hours: 1
                  power_kw: 2
                """, c).jobs();
        assertThat(jobs.getFirst().region()).isEqualTo("europe-west3");
        assertThat(jobs.get(1)).isInstanceOf(HardJob.class);
        assertThat(jobs.get(1).schedule()).isEqualTo(new Schedule.Once(java.time.Instant.parse("2026-08-01T02:00:00Z")));
    }

    @Test
    void an_unknown_key_is_an_error_naming_the_key_its_line_and_the_nearest_known_key() {
        Problem p = problemsOfConfig("""
                threshold_g_per_kwh: 80
                regions: [europe-west3]
                max_concurent_dispatches: 3
                """).getFirst();
        assertThat(p.line()).isEqualTo(3);
        assertThat(p.column()).isEqualTo(1);
        assertThat(p.format()).contains("s.yaml:3:1: unknown key 'max_concurent_dispatches'",
                "did you mean 'max_concurrent_dispatches'?", "expected one of threshold_g_per_kwh");
    }

    @Test
    void a_misspelt_required_key_is_reported_once_as_misspelt_not_again_as_missing() throws Exception {
        assertThat(problemsOfConfig("""
                treshold_g_per_kwh: 80
                regions: [europe-west3]
                """)).extracting(Problem::format).containsExactly("s.yaml:1:1: unknown key 'treshold_g_per_kwh' (did you"
                        + " mean 'threshold_g_per_kwh'?) (expected one of threshold_g_per_kwh, reevaluate_every, forecast,"
                        + " regions, max_concurrent_dispatches)");
        assertThat(problemsOfJobs("""
                - id: a
                  schedule: daily 01:00
                  deadline: hard
                  duration_estimate_hours: 1
                  energy_kw: 1
                """)).extracting(Problem::message).containsExactly("unknown key 'energy_kw' (did you mean 'energy_kwh'?)");
    }

    @Test
    void values_far_beyond_any_real_job_are_refused_as_typos_or_wrong_units() throws Exception {
        List<Problem> problems = problemsOfJobs("""
                - id: a
                  schedule: daily 01:00
                  deadline: hard
                  duration_estimate_hours: 99999999
                  energy_kwh: 1e308
                """);
        assertThat(problems).extracting(Problem::format).containsExactly(
                "jobs.yaml:4:28: duration_estimate_hours 99999999 is too large (expected hours, more than 0 and at most"
                        + " 8,760, a year)",
                "jobs.yaml:5:15: energy_kwh 1e308 is too large (expected kWh per run, 0 to 10,000,000)");
        assertThat(problemsOfConfig("threshold_g_per_kwh: 80000\nregions: [x]\n")).extracting(Problem::message)
                .containsExactly("threshold_g_per_kwh 80000 is too large");
    }

    @Test
    void a_binary_or_non_utf8_file_is_bad_input_naming_the_file(@org.junit.jupiter.api.io.TempDir Path dir)
            throws Exception {
        Path binary = java.nio.file.Files.write(dir.resolve("jobs.yaml"), new byte[] {'-', ' ', 0, 1, 2, 3});
        Path latin1 = java.nio.file.Files.write(dir.resolve("c.yaml"),
                "regions: [M\u00fcnchen]\n".getBytes(java.nio.charset.StandardCharsets.ISO_8859_1));
        assertThat(catchThrowableOfType(InvalidInputException.class, () -> SchedulerFiles.readJobs(binary, sampleConfig()))
                .problems().getFirst().format())
                .isEqualTo(binary + ":0:0: the file holds binary data, not text (expected jobs.yaml as YAML text)");
        assertThat(catchThrowableOfType(InvalidInputException.class, () -> SchedulerFiles.readConfig(latin1))
                .problems().getFirst().format())
                .isEqualTo(latin1 + ":1:12: the file is not UTF-8 text: byte 0xFC here is not UTF-8 (expected"
                        + " carbon-aware-scheduler.yaml as YAML text in UTF-8)");
    }

    @Test
    void an_empty_utf16_binary_or_comments_only_file_is_a_problem_of_the_whole_file_at_0_0(
            @org.junit.jupiter.api.io.TempDir Path dir) throws Exception {
        Path empty = java.nio.file.Files.write(dir.resolve("empty.yaml"), new byte[0]);
        Path utf16 = java.nio.file.Files.write(dir.resolve("utf16.yaml"),
                "threshold_g_per_kwh: 200\nregions: [europe-west3]\n".getBytes(java.nio.charset.StandardCharsets.UTF_16));
        Path binary = java.nio.file.Files.write(dir.resolve("image.yaml"),
                new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, 0, 13, 1, 2});
        Path comments = java.nio.file.Files.writeString(dir.resolve("comments.yaml"), "# nothing yet\n\n");
        assertThat(java.util.stream.Stream.of(empty, utf16, binary, comments).map(f -> catchThrowableOfType(
                        InvalidInputException.class, () -> SchedulerFiles.readConfig(f)).problems().getFirst().format()))
                .containsExactly(
                        empty + ":0:0: the file is empty (expected carbon-aware-scheduler.yaml as YAML text)",
                        utf16 + ":0:0: the file is UTF-16 text (expected UTF-8 text: save the file as UTF-8)",
                        binary + ":0:0: the file holds binary data, not text (expected carbon-aware-scheduler.yaml as"
                                + " YAML text)",
                        comments + ":0:0: the file holds only comments, no YAML content (expected YAML)");
        assertThat(catchThrowableOfType(InvalidInputException.class, () -> SchedulerFiles.readJobs(empty, sampleConfig()))
                .problems()).extracting(Problem::format)
                .containsExactly(empty + ":0:0: the file is empty (expected jobs.yaml as YAML text)");
    }

    @Test
    void a_non_utf8_byte_is_reported_at_its_own_line_and_column(@org.junit.jupiter.api.io.TempDir Path dir)
            throws Exception {
        Path latin1 = java.nio.file.Files.write(dir.resolve("jobs.yaml"), ("# jobs \u2014 UTF-8 so far\n- id: a\n"
                + "  description: f\u00fcr M\u00fcnchen\n").getBytes(java.nio.charset.StandardCharsets.ISO_8859_1));
        // the em dash on line 1 is not Latin-1 ('?'), so the first bad byte is the 'ü' on line 3
        assertThat(catchThrowableOfType(InvalidInputException.class, () -> SchedulerFiles.readJobs(latin1, sampleConfig()))
                .problems().getFirst().format())
                .isEqualTo(latin1 + ":3:17: the file is not UTF-8 text: byte 0xFC here is not UTF-8 (expected jobs.yaml"
                        + " as YAML text in UTF-8)");
    }

    @Test
    void a_whole_csv_line_read_as_yaml_is_shortened_in_the_message() {
        String line = "date,resource_id,job_id,team,owner,model_family,model,framework,provider,region,gpu_type";
        assertThat(problemsOfConfig(line + "\n").getFirst().message())
                .isEqualTo("the file is 'date,resource_id,job_id,team,owner,model_family,model,fra...'");
    }

    @Test
    void an_unknown_key_inside_a_nested_map_names_where_it_is() throws Exception {
        Problem p = problemsOfJobs("""
                - id: a
                  schedule: daily 01:00
                  deadline: soft
                  duration_estimate_hours: 1
                  energy_kwh: 1
                  carbon_window: { max_intensity_g_co2e_per_kwh: 100, timeout_hours: 4, regoin_preference: [x] }
                """).getFirst();
        assertThat(p.line()).isEqualTo(6);
        assertThat(p.message()).contains("'regoin_preference' in carbon_window", "'region_preference'");
    }

    @Test
    void a_hard_job_with_a_deferral_window_is_refused_so_no_setting_can_defer_it() throws Exception {
        List<Problem> problems = problemsOfJobs("""
                - id: batch-predict
                  schedule: daily 02:00
                  deadline: hard
                  max_deferral: 2h
                  duration_estimate_hours: 1
                  energy_kwh: 3
                """);
        assertThat(problems).singleElement().satisfies(p -> {
            assertThat(p.line()).isEqualTo(4);
            assertThat(p.message()).contains("a hard job is never deferred");
            assertThat(p.expected()).contains("deadline: soft");
        });
    }

    @Test
    void every_problem_of_a_file_is_reported_at_once_with_its_line() throws Exception {
        List<Problem> problems = problemsOfJobs("""
                - id: a
                  schedule: fortnightly 02:00
                  deadline: soft
                  max_deferral: six hours
                  duration_estimate_hours: 0
                  energy_kwh: 1
                - id: b
                  region: mars-north1
                  schedule: daily 01:00
                  deadline: maybe
                  duration_estimate_hours: 1
                """);
        assertThat(problems).extracting(Problem::line).contains(2L, 4L, 5L, 8L, 10L);
        assertThat(problems).extracting(Problem::format).anySatisfy(t -> assertThat(t).contains("jobs.yaml:2:13:",
                "'fortnightly 02:00' is not a schedule", "weekly SUN HH:MM"));
        assertThat(problems).extracting(Problem::format).anySatisfy(t -> assertThat(t).contains("jobs.yaml:4:17:",
                "max_deferral 'six hours' is not a duration", "expected a duration like 30m"));
        assertThat(problems).extracting(Problem::format).anySatisfy(t -> assertThat(t).contains(
                "region mars-north1 is not one of the scheduler's regions", "europe-west3, europe-west1"));
        assertThat(problems).extracting(Problem::message).anySatisfy(t -> assertThat(t).contains("missing key 'energy_kwh'"));
    }

    @Test
    void a_window_given_twice_must_agree() throws Exception {
        Problem p = problemsOfJobs("""
                - id: a
                  schedule: daily 01:00
                  deadline: soft
                  max_deferral: 6h
                  duration_estimate_hours: 1
                  energy_kwh: 1
                  carbon_window: { max_intensity_g_co2e_per_kwh: 150, timeout_hours: 24 }
                """).getFirst();
        assertThat(p.line()).isEqualTo(4);
        assertThat(p.message()).contains("max_deferral 6 h and carbon_window.timeout_hours 1 d disagree");
    }

    @Test
    void duplicate_ids_and_duplicate_keys_are_errors() throws Exception {
        String job = """
                - id: a
                  schedule: daily 01:00
                  deadline: hard
                  duration_estimate_hours: 1
                  energy_kwh: 1
                """;
        assertThat(problemsOfJobs(job + job).getFirst().message()).contains("job id a is used twice (first at line 1)");
        assertThat(problemsOfConfig("threshold_g_per_kwh: 80\nthreshold_g_per_kwh: 90\nregions: [x]\n").getFirst()
                .format()).contains("s.yaml:2:1: duplicate key 'threshold_g_per_kwh' (first at line 1)");
    }

    @Test
    void a_tab_is_reported_where_it_is_with_the_parsers_reason_and_what_was_expected() {
        Problem p = problemsOfConfig("threshold_g_per_kwh: 80\n\treevaluate_every: 30m\n").getFirst();
        assertThat(p.format()).isEqualTo("s.yaml:2:1: not valid YAML: found character '\\t' that cannot start any token"
                + " (while scanning for the next token) (expected spaces for indentation; YAML does not allow tabs there)");
    }

    @Test
    void an_unclosed_list_is_reported_where_the_file_ends_naming_what_was_expected() {
        Problem p = problemsOfConfig("threshold_g_per_kwh: [\n").getFirst();
        assertThat(p.line()).isEqualTo(2);
        assertThat(p.message()).startsWith("not valid YAML: found '<stream end>'");
        assertThat(p.expected()).isNotEmpty();
    }

    @Test
    void a_yaml_syntax_error_names_its_line() {
        Problem p = problemsOfConfig("threshold_g_per_kwh: 80\nregions: [europe-west3\nforecast: x\n").getFirst();
        assertThat(p.line()).isGreaterThanOrEqualTo(2);
        assertThat(p.message()).startsWith("not valid YAML");
    }

    @Test
    void the_configuration_needs_a_threshold_and_regions_and_checks_its_values() {
        List<Problem> problems = problemsOfConfig("""
                reevaluate_every: 0m
                forecast: { source: crystal-ball }
                max_concurrent_dispatches: 0
                """);
        assertThat(problems).extracting(Problem::message).anySatisfy(m -> assertThat(m).contains("missing key 'threshold_g_per_kwh'"));
        assertThat(problems).extracting(Problem::message).anySatisfy(m -> assertThat(m).contains("missing key 'regions'"));
        assertThat(problems).extracting(Problem::message).anySatisfy(m -> assertThat(m).contains("reevaluate_every 0 min is out of range"));
        assertThat(problems).extracting(Problem::format).anySatisfy(m -> assertThat(m).contains("s.yaml:2:21: unknown forecast source 'crystal-ball'"));
        assertThat(problems).extracting(Problem::line).contains(3L);
    }

    @Test
    void a_forecast_file_is_resolved_next_to_the_configuration() throws Exception {
        SchedulerConfig c = SchedulerFiles.parseConfig("s.yaml",
                "threshold_g_per_kwh: 80\nregions: [x]\nforecast: { source: file, file: fc.csv, horizon: 24h }\n",
                Path.of("/data/scheduler"));
        assertThat(c.forecast().file()).isEqualTo(Path.of("/data/scheduler/fc.csv"));
        assertThatThrownBy(() -> SchedulerFiles.parseConfig("s.yaml",
                "threshold_g_per_kwh: 80\nregions: [x]\nforecast: { source: file }\n", null))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("missing key 'file' in forecast");
    }
}
