package dev.greenops.model.intensity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.greenops.model.common.InvalidInputException;
import dev.greenops.model.imports.ImportOptions;
import dev.greenops.model.reference.ReferenceData;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class IntensityFilesTest {

    @TempDir
    Path dir;

    @Test
    void a_file_reads_into_its_series_without_a_workspace() throws Exception {
        Path de = ReferenceData.DE_2023_HOURLY.copyTo(dir.resolve("DE_2023_hourly.csv"));
        List<IntensitySeries> all = IntensityFiles.read(de, ImportOptions.DEFAULT);
        assertThat(all).hasSize(2);
        IntensitySeries direct = all.stream().filter(s -> s.basis() == Basis.DIRECT).findFirst().orElseThrow();
        assertThat(direct.size()).isEqualTo(8760);
        assertThat(direct.start()).isEqualTo(Instant.parse("2023-01-01T00:00:00Z"));
        assertThat(direct.step()).isEqualTo(Duration.ofHours(1));
        assertThat(direct.missingCount()).isZero();
        assertThat(direct.estimatedCount()).isEqualTo(30);
    }

    @Test
    void a_cloud_region_finds_its_zone_in_a_file() throws Exception {
        Path de = ReferenceData.DE_2023_HOURLY.copyTo(dir.resolve("DE_2023_hourly.csv"));
        IntensitySeries s = IntensityFiles.read(de, ImportOptions.DEFAULT, "europe-west3");
        assertThat(s.region()).isEqualTo("DE");
        assertThat(s.basis()).isEqualTo(Basis.DIRECT);
    }

    @Test
    void a_bad_file_gives_the_same_errors_as_an_import() {
        Path bad = Fixtures.copy("bad/duplicate.csv", dir);
        assertThatThrownBy(() -> IntensityFiles.read(bad, new ImportOptions(Optional.empty())))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("duplicate.csv:4:1: duplicate time");
    }
}
