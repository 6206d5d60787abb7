package dev.greenops.model.ledger;

import static dev.greenops.model.ledger.LedgerFixtures.fixture;
import static dev.greenops.model.ledger.LedgerFixtures.formatted;
import static dev.greenops.model.ledger.LedgerFixtures.importFiles;
import static dev.greenops.model.ledger.LedgerFixtures.query;
import static org.assertj.core.api.Assertions.assertThat;

import dev.greenops.model.common.ProgressListener;
import dev.greenops.model.imports.ImportOptions;
import dev.greenops.model.imports.ImportResult;
import dev.greenops.model.store.Workspace;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The GCP Carbon Footprint export, with the example values of Google's schema documentation. */
class GcpCarbonExportImportTest {

    static final String ROW = "2021-10-01 | gcp:my-project/F17B-412E-CB64/us-central1-a | unknown | unknown | gcp |"
            + " us-central1 | 0.000000 | 1015.228426 | 1.0000 | 394.0000 | 400.000000 | 105.800000 | 986.800000 |"
            + " gcp-carbon-footprint@1 | gcp:annual-average:2021 (energy back-computed from location-based kgCO2e)";

    static final String QUERY = "select date, resource_id, job_id, owner, provider, region, gpu_hours, energy_kwh, pue,"
            + " grid_intensity_g_per_kwh, emissions_kgco2e, market_based_kgco2e, embodied_kgco2e, methodology,"
            + " intensity_source from ledger";

    @TempDir
    Path dir;

    Workspace ws;

    @BeforeEach
    void open() {
        ws = Workspace.inMemory();
    }

    @AfterEach
    void close() {
        ws.close();
    }

    @Test
    void the_documented_example_as_csv_maps_scope_2_and_3_and_back_computes_energy() throws Exception {
        Path file = fixture("gcp/carbon-footprint-docs-example.csv");
        ImportResult r = importFiles(ws, "auto", file).getFirst();
        assertThat(r.format()).isEqualTo("gcp-carbon-export");
        assertThat(query(ws, QUERY)).containsExactly(ROW);
        assertThat(formatted(r.warnings()))
                .containsExactly(
                        file + ":2:12: warning: scope 1 (on-site fuel, 10.0000 kgCO2e over 1 rows) has no UFMS:003 column"
                                + " and is not imported (expected scope 2 and 3 only in the ledger)",
                        file + ":2:11: warning: GCP's total location-based 1587.3 kgCO2e is not scope 1 + 2 + 3 = 10 +"
                                + " 400 + 986.8 (expected a total that is the sum of its scopes)");
    }

    @Test
    void a_csv_without_the_export_s_columns_is_told_so_at_the_header_line_1_column_1() throws Exception {
        Path ledger = LedgerFixtures.csv(dir, "ledger.csv", 1);
        assertThat(formatted(LedgerFixtures.problemsOf(ws, "gcp-carbon-export", ledger))).startsWith(
                ledger + ":1:1: column usage_month is missing (expected the Carbon Footprint export's columns)");
    }

    @Test
    void the_documented_example_as_bigquery_json_gives_the_same_row() throws Exception {
        Path file = fixture("gcp/carbon-footprint-docs-example.ndjson");
        ImportResult r = importFiles(ws, "auto", file).getFirst();
        assertThat(r.format()).isEqualTo("gcp-carbon-export");
        assertThat(query(ws, QUERY)).containsExactly(ROW);
        assertThat(r.warnings()).hasSize(2);
    }

    @Test
    void a_location_without_an_annual_average_is_an_error_not_a_made_up_zero_and_takes_a_region_from_the_options()
            throws Exception {
        Path file = Files.writeString(dir.resolve("export.csv"),
                "usage_month,project.id,service.id,location.location,location.region,carbon_model_version,"
                        + "carbon_footprint_kgCO2e.scope2.location_based,carbon_footprint_kgCO2e.scope2.market_based\n"
                        + "2026-09-01,p1,95FF-2EF5-5EA1,europe-west1,europe-west1,12,2.5,0.3\n"
                        + "2026-09-01,p1,95FF-2EF5-5EA1,eu,,12,1.84,0.29\n"
                        + "2026-09-01,p2,95FF-2EF5-5EA1,eu,,12,0.5,0.1\n"
                        + "2026-09-01,p1,6F81-5844-456A,global,global,12,0.02,0\n");
        String expected = " (expected a GCP region with an annual average (GCP has none for multi-regions or global"
                + " services); name the region whose average such rows take with --region)";
        assertThat(formatted(LedgerFixtures.problemsOf(ws, "auto", file)))
                .containsExactly(
                        file + ":3:5: no annual grid average for location eu (2 rows), so energy_kwh cannot be"
                                + " back-computed from the kgCO2e, and UFMS:003 requires it" + expected,
                        file + ":5:5: no annual grid average for location global (1 row), so energy_kwh cannot be"
                                + " back-computed from the kgCO2e, and UFMS:003 requires it" + expected);
        assertThat(ws.count("ledger")).isZero(); // nothing half-imported, and no row with 0 kWh beside real kgCO2e

        Workspace other = Workspace.inMemory();
        try (other) {
            LedgerFixtures.service().importFiles(other, List.of(file), "auto",
                    new ImportOptions(Optional.of("europe-west1")), ProgressListener.NONE);
            // every row now has a real factor, and kg / kWh gives it back
            assertThat(query(other, "select region, grid_intensity_g_per_kwh, energy_kwh,"
                            + " round(emissions_kgco2e * 1000 / energy_kwh, 2), intensity_source from ledger"
                            + " where resource_id like '%/eu' or resource_id like '%/global' order by resource_id"))
                    .containsExactly(
                            "europe-west1 | 103.3700 | 0.193480 | 103.37 | gcp:annual-average:2024 of europe-west1"
                                    + " (named with --region for location global, which has none) (energy back-computed"
                                    + " from location-based kgCO2e)",
                            "europe-west1 | 103.3700 | 17.800135 | 103.37 | gcp:annual-average:2024 (energy back-computed"
                                    + " from location-based kgCO2e)",
                            "europe-west1 | 103.3700 | 4.836993 | 103.37 | gcp:annual-average:2024 (energy back-computed"
                                    + " from location-based kgCO2e)");
            assertThat(query(other, "select count(*) from ledger where energy_kwh = 0 or grid_intensity_g_per_kwh = 0"))
                    .containsExactly("0");
        }
    }

    @Test
    void zero_kgco2e_in_a_known_region_is_a_real_zero_with_the_region_s_factor() throws Exception {
        Path file = Files.writeString(dir.resolve("zero.csv"),
                "usage_month,project.id,service.id,location.location,location.region,carbon_model_version,"
                        + "carbon_footprint_kgCO2e.scope2.location_based,carbon_footprint_kgCO2e.scope2.market_based\n"
                        + "2026-09-01,p1,95FF-2EF5-5EA1,europe-west1,europe-west1,12,0,0\n");
        importFiles(ws, "auto", file);
        assertThat(query(ws, "select energy_kwh, grid_intensity_g_per_kwh, emissions_kgco2e from ledger"))
                .containsExactly("0.000000 | 103.3700 | 0.000000");
    }
}
