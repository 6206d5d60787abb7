package dev.greenops.model.intensity.sample;

import static org.assertj.core.api.Assertions.assertThat;

import dev.greenops.model.common.ProgressListener;
import dev.greenops.model.intensity.IntensityRepository;
import dev.greenops.model.intensity.IntensitySeries;
import dev.greenops.model.reference.ReferenceData;
import dev.greenops.model.sample.SampleGenerator;
import dev.greenops.model.sample.SampleLoader;
import dev.greenops.model.store.Workspace;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class IntensitySampleTest {

    @TempDir
    Path dir;

    @Test
    void the_part_is_registered_and_writes_the_real_file_unmodified_and_the_shifted_quarter() throws Exception {
        assertThat(SampleGenerator.standard().parts()).anySatisfy(p -> assertThat(p.name()).isEqualTo("intensity"));
        new IntensitySamplePart().write(dir, ProgressListener.NONE);
        assertThat(Files.readAllBytes(dir.resolve("intensity/DE_2023_hourly.csv"))).isEqualTo(ReferenceData.DE_2023_HOURLY.bytes());
        List<String> lines = Files.readAllLines(dir.resolve("intensity/" + IntensitySamplePart.SAMPLE_FILE));
        assertThat(lines.getFirst()).isEqualTo("timestamp,region,g_per_kwh,signal,basis,source,estimated");
        assertThat(lines).hasSize(1 + 94 * 24);
        // 2026-08-01T00:00Z is 2023-08-05T00:00Z of the real file, 1,092 days earlier
        String real = Files.readAllLines(dir.resolve("intensity/DE_2023_hourly.csv")).stream()
                .filter(l -> l.startsWith("2023-08-05 00:00:00")).findFirst().orElseThrow().split(",")[4];
        assertThat(lines).contains("2026-08-01T00:00:00Z,europe-west3," + real
                + ",average,direct,electricitymaps:DE:2023-hourly:direct shifted +156 weeks (SAMPLE),false");
        assertThat(LocalDate.of(2023, 8, 5).getDayOfWeek()).isEqualTo(DayOfWeek.SATURDAY);
        assertThat(LocalDate.of(2026, 8, 1).getDayOfWeek()).isEqualTo(DayOfWeek.SATURDAY);
    }

    @Test
    void writing_twice_gives_the_same_bytes() throws Exception {
        new IntensitySamplePart().write(dir.resolve("a"), ProgressListener.NONE);
        new IntensitySamplePart().write(dir.resolve("b"), ProgressListener.NONE);
        assertThat(Files.readAllBytes(dir.resolve("a/intensity/" + IntensitySamplePart.SAMPLE_FILE)))
                .isEqualTo(Files.readAllBytes(dir.resolve("b/intensity/" + IntensitySamplePart.SAMPLE_FILE)));
    }

    @Test
    void the_load_step_gives_europe_west3_its_sample_series_and_the_catalogue() throws Exception {
        new IntensitySamplePart().write(dir, ProgressListener.NONE);
        try (Workspace ws = Workspace.inMemory()) {
            new IntensitySampleLoadStep().load(ws, dir, ProgressListener.NONE);
            Instant aug1 = Instant.parse("2026-08-01T00:00:00Z");
            IntensitySeries s = IntensityRepository.series(ws, "europe-west3", aug1, aug1.plus(Duration.ofDays(92)));
            assertThat(s.region()).isEqualTo("europe-west3");
            assertThat(s.source()).isEqualTo(IntensitySamplePart.SAMPLE_SOURCE);
            assertThat(s.missingCount()).isZero();
            IntensitySeries real = IntensityRepository.series(ws, "DE", aug1.minus(IntensitySamplePart.SHIFT),
                    aug1.minus(IntensitySamplePart.SHIFT).plus(Duration.ofDays(92)));
            assertThat(s.gPerKwh()).containsExactly(real.gPerKwh());
            IntensitySeries other = IntensityRepository.series(ws, "us-central1", aug1, aug1.plus(Duration.ofDays(1)));
            assertThat(other.source()).isEqualTo("gcp:annual-average:2024");
            assertThat(ws.count("gpu")).isGreaterThan(40);
        }
        assertThat(SampleLoader.standard()).isNotNull();
    }

    @Test
    void the_load_step_works_before_sample_data_is_generated() throws Exception {
        try (Workspace ws = Workspace.inMemory()) {
            new IntensitySampleLoadStep().load(ws, dir.resolve("no-sample-data-yet"), ProgressListener.NONE);
            assertThat(ws.count("intensity")).isEqualTo(2 * 8760 + 94 * 24);
        }
    }
}
