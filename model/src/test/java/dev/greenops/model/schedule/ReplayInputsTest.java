package dev.greenops.model.schedule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.greenops.model.common.InvalidInputException;
import dev.greenops.model.schedule.config.SchedulerFiles;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ReplayInputsTest {

    static final Instant FROM = Instant.parse("2023-03-01T00:00:00Z");
    static final Instant TO = Instant.parse("2023-04-01T00:00:00Z");

    static SchedulerFiles.JobsFile sampleJobs() throws Exception {
        var config = SchedulerFiles.parseConfig("c.yaml", SchedulerSamplePart.CONFIG_YAML, null);
        return SchedulerFiles.parseJobs("jobs.yaml", SchedulerSamplePart.JOBS_YAML, config);
    }

    @Test
    void a_cloud_region_finds_the_series_of_its_grid_zone() throws Exception {
        var de = TestSeries.de2023("DE");
        var resolved = ReplayInputs.resolve(sampleJobs(), null, FROM, TO,
                ReplayInputs.over(List.of(de), r -> r.equals("europe-west3") ? Optional.of("DE") : Optional.empty()));
        assertThat(resolved.series()).containsOnlyKeys("europe-west3");
        assertThat(resolved.series().get("europe-west3")).isSameAs(de);
    }

    @Test
    void a_home_region_without_a_series_is_an_error_naming_the_job_line() throws Exception {
        var e = catchThrowableOfType(InvalidInputException.class, () -> ReplayInputs.resolve(sampleJobs(), null, FROM,
                TO, ReplayInputs.over(List.of(TestSeries.de2023("FR")), r -> Optional.empty())));
        assertThat(e.problems().getFirst().format()).startsWith("jobs.yaml:4:1: no intensity series for europe-west3 (job train-rec-v3)")
                .contains("--region ZONE");
    }

    @Test
    void the_region_what_if_moves_every_job_to_one_zone() throws Exception {
        var resolved = ReplayInputs.resolve(sampleJobs(), "FR", FROM, TO,
                ReplayInputs.over(List.of(TestSeries.de2023("FR")), r -> Optional.empty()));
        assertThat(resolved.jobs()).allSatisfy(j -> assertThat(j.region()).isEqualTo("FR"));
        assertThat(resolved.series()).containsOnlyKeys("FR");
    }
}
