package dev.greenops.model.intensity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.greenops.model.common.InvalidInputException;
import dev.greenops.model.common.ProgressListener;
import dev.greenops.model.imports.ImportOptions;
import dev.greenops.model.imports.ImportService;
import dev.greenops.model.intensity.catalog.RegionCatalogue;
import dev.greenops.model.reference.ReferenceData;
import dev.greenops.model.store.Workspace;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class IntensityRepositoryTest {

    static Workspace ws;

    @BeforeAll
    static void load(@TempDir Path dir) throws Exception {
        ws = Workspace.inMemory();
        RegionCatalogue.load(ws, ProgressListener.NONE);
        Path de = ReferenceData.DE_2023_HOURLY.copyTo(dir.resolve("DE_2023_hourly.csv"));
        ImportService.standard().importFiles(ws, List.of(de), ImportService.AUTO, ImportOptions.DEFAULT, ProgressListener.NONE);
    }

    @AfterAll
    static void close() {
        ws.close();
    }

    static final Instant JUNE_1 = Instant.parse("2023-06-01T00:00:00Z");

    @Test
    void a_zone_lookup_returns_the_direct_average_series_with_its_source() throws Exception {
        IntensitySeries s = IntensityRepository.series(ws, "DE", JUNE_1, JUNE_1.plus(Duration.ofDays(1)));
        assertThat(s.size()).isEqualTo(24);
        assertThat(s.valueAt(0)).isEqualTo(209.3);
        assertThat(s.basis()).isEqualTo(Basis.DIRECT);
        assertThat(s.source()).isEqualTo("electricitymaps:DE:2023-hourly:direct");
        assertThat(s.estimated()).isFalse();
    }

    @Test
    void a_cloud_region_without_its_own_series_falls_back_to_its_grid_zone() throws Exception {
        IntensitySeries s = IntensityRepository.series(ws, "europe-west3", JUNE_1, JUNE_1.plus(Duration.ofHours(3)));
        assertThat(s.region()).isEqualTo("DE");
        assertThat(s.gPerKwh()).containsExactly(209.3, 204.26, 204.73);
    }

    @Test
    void the_lifecycle_basis_can_be_asked_for() throws Exception {
        IntensitySeries s = IntensityRepository.series(ws, "DE", JUNE_1, JUNE_1.plus(Duration.ofHours(1)),
                new SeriesPreference(Signal.AVERAGE, Basis.LIFECYCLE));
        assertThat(s.valueAt(0)).isEqualTo(272.14);
    }

    @Test
    void without_any_hourly_data_the_annual_average_is_a_flat_estimated_floor() throws Exception {
        IntensitySeries s = IntensityRepository.series(ws, "europe-west1", JUNE_1, JUNE_1.plus(Duration.ofHours(6)));
        assertThat(s.estimated()).isTrue();
        assertThat(s.source()).isEqualTo("gcp:annual-average:2024");
        assertThat(s.gPerKwh()).containsOnly(103.37);
        assertThat(IntensityRepository.isAnnualFloor(s)).isTrue();
    }

    @Test
    void the_estimated_hours_of_the_file_are_flagged_per_point() throws Exception {
        IntensitySeries s = IntensityRepository.series(ws, "DE", Instant.parse("2023-01-01T00:00:00Z"),
                Instant.parse("2024-01-01T00:00:00Z"));
        assertThat(s.estimatedCount()).isEqualTo(30);
    }

    @Test
    void an_unknown_region_is_an_error_naming_the_regions_with_data() {
        assertThatThrownBy(() -> IntensityRepository.series(ws, "mars-north1", JUNE_1, JUNE_1.plusSeconds(3600)))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("no intensity for 'mars-north1'")
                .satisfies(e -> assertThat(((InvalidInputException) e).problems().getFirst().expected()).contains("DE"));
    }

    @Test
    void coverage_lists_both_bases_complete_with_the_file_name() throws Exception {
        List<Coverage> coverage = IntensityRepository.coverage(ws);
        assertThat(coverage).hasSize(2);
        Coverage direct = coverage.stream().filter(c -> c.basis() == Basis.DIRECT).findFirst().orElseThrow();
        assertThat(direct.points()).isEqualTo(8760);
        assertThat(direct.missingPoints()).isZero();
        assertThat(direct.estimatedPoints()).isEqualTo(30);
        assertThat(direct.files()).containsExactly("DE_2023_hourly.csv");
        assertThat(direct.end()).isEqualTo(Instant.parse("2024-01-01T00:00:00Z"));
    }

    @Test
    void regions_with_series_come_first_and_cloud_regions_show_their_zone() throws Exception {
        List<RegionChoice> regions = IntensityRepository.regions(ws);
        assertThat(regions.getFirst().hasSeries()).isTrue();
        RegionChoice fra = regions.stream().filter(r -> r.key().equals("europe-west3")).findFirst().orElseThrow();
        assertThat(fra.zone()).isEqualTo("DE");
        assertThat(fra.hasSeries()).isTrue();
        assertThat(fra.annualGPerKwh()).isEqualTo(275.82);
    }
}
