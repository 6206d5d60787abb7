package dev.greenops.model.schedule;

import static org.assertj.core.api.Assertions.assertThat;

import dev.greenops.model.common.ProgressListener;
import dev.greenops.model.sample.SampleGenerator;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SchedulerSamplePartTest {

    @Test
    void writes_the_same_bytes_every_time_and_labels_them_sample(@TempDir Path dir) throws Exception {
        new SchedulerSamplePart().write(dir.resolve("a"), ProgressListener.NONE);
        new SchedulerSamplePart().write(dir.resolve("b"), ProgressListener.NONE);
        for (String f : new String[] {SchedulerSamplePart.CONFIG_FILE, SchedulerSamplePart.JOBS_FILE}) {
            byte[] a = Files.readAllBytes(dir.resolve("a/scheduler").resolve(f));
            assertThat(a).isEqualTo(Files.readAllBytes(dir.resolve("b/scheduler").resolve(f)));
            assertThat(new String(a, java.nio.charset.StandardCharsets.UTF_8)).startsWith("# SAMPLE DATA");
        }
        assertThat(new SchedulerSamplePart().readmeSection()).contains("SAMPLE", "scheduler/");
    }

    @Test
    void is_part_of_the_standard_sample_data() {
        assertThat(SampleGenerator.standard().parts()).anySatisfy(p -> assertThat(p.name()).isEqualTo("scheduler"));
    }

    @Test
    void the_shipped_sample_files_are_what_the_generator_writes() throws Exception {
        Path project = Path.of(System.getProperty("greenops.project.dir", "."));
        Path shipped = project.resolve("sample-data").resolve(SchedulerSamplePart.DIR);
        assertThat(Files.readString(shipped.resolve(SchedulerSamplePart.CONFIG_FILE)))
                .isEqualTo(SchedulerSamplePart.CONFIG_YAML);
        assertThat(Files.readString(shipped.resolve(SchedulerSamplePart.JOBS_FILE)))
                .isEqualTo(SchedulerSamplePart.JOBS_YAML);
    }

    @Test
    void a_new_workspace_gets_the_sample_quarter_replayed_under_the_reference_rule() throws Exception {
        Path sampleData = Path.of(System.getProperty("greenops.project.dir", ".")).resolve("sample-data");
        try (dev.greenops.model.store.Workspace ws = dev.greenops.model.store.Workspace.inMemory()) {
            dev.greenops.model.sample.SampleLoader.standard().load(ws, sampleData, ProgressListener.NONE);
            assertThat(JobMetricsStore.count(ws, SchedulerSampleLoadStep.REPLAY_ID)).isEqualTo(92 * 4 + 13 * 3 + 3);
            long hardDelayed = ws.read(c -> {
                try (var st = c.createStatement();
                        var rs = st.executeQuery("select count(*) from job_metrics where job_class = 'hard'"
                                + " and dispatch_ts <> submitted_at")) {
                    rs.next();
                    return rs.getLong(1);
                }
            });
            assertThat(hardDelayed).isZero();
        }
    }
}
