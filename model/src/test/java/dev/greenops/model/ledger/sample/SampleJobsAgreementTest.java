package dev.greenops.model.ledger.sample;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.greenops.model.common.ProgressListener;
import dev.greenops.model.schedule.Job;
import dev.greenops.model.schedule.SchedulerConfig;
import dev.greenops.model.schedule.SchedulerSamplePart;
import dev.greenops.model.schedule.config.SchedulerFiles;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The sample ledgers and the scheduler's sample jobs.yaml describe the same seven jobs: every run in the ledgers starts
 * on a day the job's schedule submits it, lasts its duration_estimate_hours and adds up to its energy_kwh, in its
 * region and framework. Checked on freshly written files and on the committed sample-data.
 */
class SampleJobsAgreementTest {

    /** One ledger row of a scheduler job, as written. */
    record JobRow(LocalDate date, String resource, String job, String framework, String region, int gpuCount,
            BigDecimal gpuHours, BigDecimal energyKwh) {}

    @Test
    void freshly_written_ledgers_and_jobs_yaml_agree_on_every_run(@TempDir Path dir) throws Exception {
        new LedgerSamplePart().write(dir, ProgressListener.NONE);
        new SchedulerSamplePart().write(dir, ProgressListener.NONE);
        assertAgree(dir);
    }

    @Test
    void the_committed_sample_ledgers_and_jobs_yaml_agree_on_every_run() throws Exception {
        String project = System.getProperty("greenops.project.dir");
        assumeTrue(project != null, "run by Maven, which names the project folder");
        assertAgree(Path.of(project, "sample-data"));
    }

    static void assertAgree(Path sampleData) throws Exception {
        Path scheduler = sampleData.resolve(SchedulerSamplePart.DIR);
        SchedulerConfig config = SchedulerFiles.readConfig(scheduler.resolve(SchedulerSamplePart.CONFIG_FILE));
        List<Job> jobs = SchedulerFiles.readJobs(scheduler.resolve(SchedulerSamplePart.JOBS_FILE), config).jobs();
        List<JobRow> rows = jobRows(sampleData);
        assertThat(rows.stream().map(JobRow::job).distinct().sorted())
                .containsExactlyElementsOf(SampleFleet.schedulerJobIds().stream().sorted().toList());
        Instant from = SampleLedger.FIRST_DAY.atStartOfDay(ZoneOffset.UTC).toInstant();
        Instant to = SampleLedger.LAST_DAY.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant();
        for (String id : SampleFleet.schedulerJobIds()) {
            Job job = jobs.stream().filter(j -> j.id().equals(id)).findFirst().orElseThrow();
            List<JobRow> ofJob = rows.stream().filter(r -> r.job().equals(id)).toList();
            Map<LocalDate, BigDecimal> kwhPerRun = new TreeMap<>();
            for (JobRow r : ofJob) {
                kwhPerRun.merge(r.date(), r.energyKwh(), BigDecimal::add);
                assertThat(r.gpuHours().doubleValue() / r.gpuCount()).as(id + " hours per run on " + r.date() + " "
                        + r.resource()).isEqualTo(job.durationHours());
                assertThat(r.region()).as(id + " region").isEqualTo(job.region());
                assertThat(r.framework()).as(id + " framework").isEqualTo(job.framework());
            }
            List<LocalDate> submitted = job.schedule().occurrences(from, to).stream()
                    .map(t -> LocalDate.ofInstant(t, ZoneOffset.UTC))
                    .toList();
            assertThat(kwhPerRun.keySet()).as(id + " run days").containsExactlyElementsOf(submitted);
            assertThat(kwhPerRun.values()).as(id + " kWh per run").allSatisfy(kwh -> assertThat(kwh)
                    .isEqualByComparingTo(BigDecimal.valueOf(job.energyKwh())));
        }
    }

    static List<JobRow> jobRows(Path sampleData) throws Exception {
        List<String> ids = SampleFleet.schedulerJobIds();
        List<JobRow> out = new ArrayList<>();
        for (String month : LedgerSamplePart.MONTHS) {
            List<String> lines = Files.readAllLines(sampleData.resolve(LedgerSamplePart.ledgerFile(month)));
            List<String> header = List.of(lines.getFirst().split(","));
            for (String line : lines.subList(1, lines.size())) {
                String[] c = line.split(",", -1);
                if (ids.contains(c[header.indexOf("job_id")])) {
                    out.add(new JobRow(LocalDate.parse(c[header.indexOf("date")]), c[header.indexOf("resource_id")],
                            c[header.indexOf("job_id")], c[header.indexOf("framework")], c[header.indexOf("region")],
                            Integer.parseInt(c[header.indexOf("gpu_count")]), new BigDecimal(c[header.indexOf("gpu_hours")]),
                            new BigDecimal(c[header.indexOf("energy_kwh")])));
                }
            }
        }
        return out;
    }
}
