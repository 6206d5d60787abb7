package dev.greenops.model.intensity;

import static org.assertj.core.api.Assertions.assertThat;

import dev.greenops.model.common.ProgressListener;
import dev.greenops.model.imports.ImportOptions;
import dev.greenops.model.imports.ImportService;
import dev.greenops.model.intensity.catalog.RegionCatalogue;
import dev.greenops.model.intensity.sample.IntensitySamplePart;
import dev.greenops.model.store.Workspace;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class IntensityFocusTest {

    @TempDir
    Path dir;

    Workspace ws = Workspace.inMemory();

    @AfterEach
    void close() {
        ws.close();
    }

    /** The region catalogue and the given intensity sample files (DE 2023, and europe-west3 in the sample quarter). */
    void intensity(String... files) throws Exception {
        new IntensitySamplePart().write(dir, ProgressListener.NONE);
        RegionCatalogue.load(ws, ProgressListener.NONE);
        ImportService.standard().importFiles(ws, java.util.Arrays.stream(files).map(f -> dir.resolve("intensity/" + f))
                .toList(), ImportService.AUTO, ImportOptions.DEFAULT, ProgressListener.NONE);
    }

    /** One ledger row per day from {@code from} to {@code to} in {@code region}, {@code kwh} each. */
    void ledger(String region, String from, String to, double kwh) throws Exception {
        ws.execute("insert into ledger (date, resource_id, job_id, team, owner, model_family, model, framework, provider,"
                + " region, gpu_type, gpu_hours, energy_kwh, pue, grid_intensity_g_per_kwh, emissions_kgco2e, methodology,"
                + " intensity_source, batch_id) select d::date, 'r', 'j', 't', 'o', 'f', 'm', 'pytorch', 'gcp', '" + region
                + "', 'H100', 1, " + kwh + ", 1.1, 100, 0.1, 'm', 's', 1 from range(date '" + from + "', date '" + to
                + "' + 1, interval 1 day) t(d)");
    }

    @Test
    void without_hourly_data_there_is_no_focus() throws Exception {
        RegionCatalogue.load(ws, ProgressListener.NONE);
        ledger("europe-west3", "2026-08-01", "2026-08-31", 10);
        assertThat(IntensityFocus.of(ws)).isEmpty();
    }

    @Test
    void the_region_the_ledger_uses_most_wins_over_a_series_it_does_not_use() throws Exception {
        intensity(IntensitySamplePart.DE_FILE, IntensitySamplePart.SAMPLE_FILE);
        ledger("europe-west3", "2026-08-01", "2026-10-31", 10);
        ledger("us-central1", "2026-08-01", "2026-10-31", 50); // more energy, but only an annual average
        IntensityFocus f = IntensityFocus.of(ws).orElseThrow();
        assertThat(f.region()).isEqualTo("europe-west3");
        // the series runs a day either side of the quarter; the ledger's days are what matters
        assertThat(f.from()).isEqualTo(LocalDate.parse("2026-08-01"));
        assertThat(f.to()).isEqualTo(LocalDate.parse("2026-10-31"));
        assertThat(f.ledgerKwh()).isEqualTo(920);
    }

    @Test
    void a_ledger_region_drawing_on_its_zone_keeps_its_own_name_and_the_zone_series_days() throws Exception {
        intensity(IntensitySamplePart.DE_FILE);
        ledger("europe-west3", "2026-08-01", "2026-08-02", 10); // the DE series is 2023: no overlap
        IntensityFocus f = IntensityFocus.of(ws).orElseThrow();
        assertThat(f.region()).isEqualTo("europe-west3");
        assertThat(f.from()).isEqualTo(LocalDate.parse("2023-01-01"));
        assertThat(f.to()).isEqualTo(LocalDate.parse("2023-12-31"));
    }

    @Test
    void without_a_ledger_the_series_that_ends_last_is_shown_over_its_whole_days() throws Exception {
        intensity(IntensitySamplePart.DE_FILE, IntensitySamplePart.SAMPLE_FILE);
        IntensityFocus f = IntensityFocus.of(ws).orElseThrow();
        assertThat(f.region()).isEqualTo("europe-west3");
        assertThat(f.ledgerKwh()).isZero();
        assertThat(List.of(f.from(), f.to())).allSatisfy(d -> assertThat(d.getYear()).isEqualTo(2026));
    }

    @Test
    void a_chip_names_a_region_with_its_own_series_plainly_and_one_drawing_on_its_zone_with_the_arrow() {
        assertThat(new RegionChoice("europe-west3", "DE", true, true, 276, "gcp").label()).isEqualTo("europe-west3");
        assertThat(new RegionChoice("europe-west3", "DE", true, false, 276, "gcp").label()).isEqualTo("europe-west3 → DE");
        assertThat(new RegionChoice("DE", null, true, true, Double.NaN, null).label()).isEqualTo("DE");
    }

    @Test
    void the_region_list_offers_the_sample_series_under_its_own_name_labelled_sample() throws Exception {
        intensity(IntensitySamplePart.DE_FILE, IntensitySamplePart.SAMPLE_FILE);
        List<RegionChoice> regions = IntensityRepository.regions(ws);
        RegionChoice west3 = regions.stream().filter(r -> r.key().equals("europe-west3")).findFirst().orElseThrow();
        RegionChoice de = regions.stream().filter(r -> r.key().equals("DE")).findFirst().orElseThrow();
        assertThat(west3.ownSeries()).isTrue();
        assertThat(west3.sample()).isTrue();
        assertThat(west3.label()).isEqualTo("europe-west3 · SAMPLE");
        assertThat(de.sample()).isFalse();
        assertThat(de.label()).isEqualTo("DE");
        // both series come before the regions that only have an annual average
        assertThat(regions.subList(0, 2)).extracting(RegionChoice::key).containsExactlyInAnyOrder("DE", "europe-west3");
    }
}
