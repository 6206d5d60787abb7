package dev.greenops.views.intensity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.greenops.model.intensity.DayProfile;
import dev.greenops.model.store.UserSettings;
import dev.greenops.model.store.Workspace;
import dev.greenops.views.common.AppContext;
import dev.greenops.views.common.TaskRunner;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The Intensity screen's logic, without starting JavaFX. */
class IntensityViewModelTest {

    static Workspace ws;
    IntensityViewModel model;

    @BeforeAll
    static void data(@TempDir Path dir) throws Exception {
        ws = IntensityTestData.workspace(dir);
    }

    @AfterAll
    static void close() {
        ws.close();
    }

    @BeforeEach
    void open() {
        model = new IntensityViewModel(new AppContext(ws, TaskRunner.direct(), new UserSettings()));
        model.refresh();
    }

    @Test
    void a_refresh_lists_regions_with_series_first_and_selects_one_with_a_day_inside_its_data() {
        assertThat(model.regions().getFirst().hasSeries()).isTrue();
        assertThat(model.selectedRegions()).hasSize(1);
        assertThat(model.dayProperty().get()).isNotNull();
        assertThat(model.profilesProperty().get()).hasSize(1);
        assertThat(model.sources()).hasSize(3);
    }

    @Test
    void de_on_2023_06_01_has_one_window_from_9_to_14_at_150() {
        model.show(List.of("DE"), LocalDate.parse("2023-06-01"));
        model.thresholdProperty().set(150);
        List<DayProfile> profiles = model.profilesProperty().get();
        assertThat(profiles).hasSize(1);
        assertThat(profiles.getFirst().day().size()).isEqualTo(24);
        assertThat(model.windows()).hasSize(1);
        assertThat(model.windows().getFirst().start()).isEqualTo(Instant.parse("2023-06-01T09:00:00Z"));
        assertThat(model.windows().getFirst().end()).isEqualTo(Instant.parse("2023-06-01T14:00:00Z"));
        assertThat(model.windows().getFirst().meanGPerKwh()).isCloseTo((143.32 + 133.19 + 129.79 + 131.28 + 131.05) / 5, within(1e-9));
    }

    @Test
    void at_the_default_80_the_screen_says_the_day_is_never_clean_and_how_to_change_that() {
        model.show(List.of("DE"), LocalDate.parse("2023-06-01"));
        assertThat(model.windows()).isEmpty();
        assertThat(model.messageProperty().get()).contains("Never at or below 80 g/kWh on 2023-06-01").contains("drag");
    }

    @Test
    void a_typed_threshold_is_checked() {
        assertThat(model.setThreshold("lots")).contains("'lots' is not a number of g/kWh.");
        assertThat(model.setThreshold("-4")).isPresent();
        assertThat(model.setThreshold("1,200")).isEmpty();
        assertThat(model.thresholdProperty().get()).isEqualTo(1200);
    }

    @Test
    void several_regions_overlay_and_a_region_without_series_shows_its_floor_and_says_so() {
        model.show(List.of("europe-west3", "us-central1"), LocalDate.parse("2026-08-03"));
        assertThat(model.profilesProperty().get()).extracting(DayProfile::requestedRegion).containsExactly("europe-west3", "us-central1");
        assertThat(model.profilesProperty().get().get(1).day().estimated()).isTrue();
        assertThat(model.messageProperty().get()).contains("us-central1 shows an annual average (gcp:annual-average:2024): a floor, not a ceiling.");
    }

    @Test
    void the_window_finder_marks_the_best_start_of_a_3_hour_job() {
        model.show(List.of("DE"), LocalDate.parse("2023-06-01"));
        model.jobDurationProperty().set("3h");
        model.findWindow();
        assertThat(model.bestProperty().get().start()).isEqualTo(Instant.parse("2023-06-01T11:00:00Z"));
        assertThat(model.finderMessageProperty().get()).contains("2023-06-01 11:00 UTC").contains("130.71 g/kWh");
    }

    @Test
    void a_bad_job_duration_is_explained() {
        model.show(List.of("DE"), LocalDate.parse("2023-06-01"));
        model.jobDurationProperty().set("three hours");
        model.findWindow();
        assertThat(model.bestProperty().get()).isNull();
        assertThat(model.finderMessageProperty().get()).contains("is not a duration");
    }

    @Test
    void the_typical_day_covers_every_hour_of_the_data() {
        model.show(List.of("DE"), LocalDate.parse("2023-06-01"));
        var typical = model.typicalDayProperty().get().get("DE");
        assertThat(typical).hasSize(24);
        assertThat(typical.getFirst().count()).isEqualTo(365);
        assertThat(typical.get(12).q1GPerKwh()).isLessThan(typical.get(12).medianGPerKwh());
    }

    @Test
    void the_profile_csv_carries_provenance_of_every_point() {
        model.show(List.of("DE"), LocalDate.parse("2023-06-01"));
        String csv = model.profileCsv();
        assertThat(csv.lines()).hasSize(25);
        assertThat(csv).contains("DE,DE,2023-06-01T11:00:00Z,129.79,average,direct,electricitymaps:DE:2023-hourly:direct,false,false");
    }

    @Test
    void the_screen_opens_on_the_sample_series_in_the_sample_quarter_not_on_the_2023_zone_series() {
        assertThat(model.selectedRegions()).containsExactly("europe-west3");
        assertThat(model.dayProperty().get()).isBetween(LocalDate.parse("2026-07-31"), LocalDate.parse("2026-11-01"));
        assertThat(model.profilesProperty().get()).hasSize(1);
        assertThat(model.regions()).filteredOn(r -> r.key().equals("europe-west3")).singleElement()
                .satisfies(r -> assertThat(r.label()).isEqualTo("europe-west3 · SAMPLE"));
    }

    @Test
    void a_day_without_data_says_so_plainly_and_offers_the_nearest_day_with_data() {
        model.show(List.of("europe-west3"), LocalDate.parse("2026-12-05"));
        assertThat(model.profilesProperty().get()).isEmpty();
        assertThat(model.noDataProperty().get()).isEqualTo("No intensity data for europe-west3 on 2026-12-05: its series"
                + " covers 2026-07-31 to 2026-11-01; the nearest day with data is 2026-11-01.");
        assertThat(model.windowsPlaceholderProperty().get()).isEqualTo(
                "No intensity data for europe-west3 on 2026-12-05, so no windows.");
        assertThat(model.windowsPlaceholderProperty().get()).doesNotContain("stretch");
        assertThat(model.nearestDayProperty().get()).isEqualTo(LocalDate.parse("2026-11-01"));

        model.showNearestDay();
        assertThat(model.dayProperty().get()).isEqualTo(LocalDate.parse("2026-11-01"));
        assertThat(model.profilesProperty().get()).hasSize(1);
        assertThat(model.noDataProperty().get()).isEmpty();
        assertThat(model.nearestDayProperty().get()).isNull();
    }

    @Test
    void the_typical_day_subtitle_names_the_band_the_region_the_dates_and_the_number_of_days() {
        model.show(List.of("DE"), LocalDate.parse("2023-06-01"));
        assertThat(model.typicalRangeProperty().get()).contains("interquartile range (25th to 75th percentile)")
                .contains("DE: 2023-01-01 to 2023-12-31 UTC, 365 days");
    }

    @Test
    void the_year_heatmap_explains_a_year_without_data_and_an_annual_average() {
        model.show(List.of("europe-west3"), LocalDate.parse("2026-08-04"));
        var west3 = model.series("europe-west3").orElseThrow();
        assertThat(YearTab.heatmapEmpty(west3, "europe-west3", 2026)).isEmpty();
        assertThat(YearTab.heatmapEmpty(west3, "europe-west3", 2025)).contains("No intensity data for europe-west3 in 2025:"
                + " its series covers 2026-07-31 to 2026-11-01. Set the year to 2026 to see it.");
        model.show(List.of("us-central1"), LocalDate.parse("2026-08-04"));
        assertThat(YearTab.heatmapEmpty(model.series("us-central1").orElseThrow(), "us-central1", 2026))
                .hasValueSatisfying(m -> assertThat(m).contains("only an annual average"));
    }

    @Test
    void the_heatmaps_data_range_is_the_whole_months_that_hold_data_without_a_spilled_over_edge_day() {
        model.show(List.of("europe-west3"), LocalDate.parse("2026-08-04"));
        // the sample quarter's series runs from 2026-07-31 to 2026-11-01: the single days either side are no months
        var west3 = YearTab.dataMonths(model.series("europe-west3").orElseThrow()).orElseThrow();
        assertThat(west3.from()).isEqualTo(LocalDate.parse("2026-08-01"));
        assertThat(west3.to()).isEqualTo(LocalDate.parse("2026-11-01"));
        assertThat(west3.label()).isEqualTo("2026-08 to 2026-10");
        model.show(List.of("DE"), LocalDate.parse("2023-06-01"));
        var de = YearTab.dataMonths(model.series("DE").orElseThrow()).orElseThrow();
        assertThat(de).isEqualTo(new YearTab.Days(LocalDate.parse("2023-01-01"), LocalDate.parse("2024-01-01")));
        assertThat(de.label()).isEqualTo("2023");
    }
}
