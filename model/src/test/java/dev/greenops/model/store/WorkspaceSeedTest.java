package dev.greenops.model.store;

import static org.assertj.core.api.Assertions.assertThat;

import dev.greenops.model.intensity.IntensityRepository;
import dev.greenops.model.intensity.IntensitySeries;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every workspace a user opens holds the reference catalogues, not only the one the sample data went into. */
class WorkspaceSeedTest {

    private static final String SEED = "V102__reference_catalogues.seed";

    @TempDir
    Path dir;

    static String one(Workspace ws, String sql) throws SQLException {
        return ws.read(c -> {
            try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
                return rs.next() ? rs.getString(1) : null;
            }
        });
    }

    @Test
    void a_new_file_workspace_holds_regions_their_annual_averages_gpus_and_pue_defaults() throws SQLException {
        try (Workspace ws = Workspace.open(dir.resolve("new.duckdb"))) {
            assertThat(ws.count("region")).isGreaterThan(50);
            assertThat(ws.count("region_annual")).isGreaterThan(200);
            assertThat(ws.count("gpu")).isGreaterThan(40);
            assertThat(ws.count("pue_default")).isEqualTo(6);
            assertThat(one(ws, "select zone || ' ' || annual_g_per_kwh || ' ' || source from region"
                            + " where region = 'us-central1'"))
                    .startsWith("US-MIDW-MISO ")
                    .endsWith(" gcp:annual-average:2024");
        }
    }

    @Test
    void a_throwaway_memory_workspace_is_seeded_but_a_bare_scratch_one_is_not() throws SQLException {
        try (Workspace ws = Workspace.open(Workspace.IN_MEMORY)) {
            assertThat(ws.count("region")).isGreaterThan(50);
        }
        try (Workspace scratch = Workspace.inMemory()) {
            assertThat(scratch.count("region")).isZero();
            assertThat(scratch.count("gpu")).isZero();
        }
    }

    @Test
    void a_workspace_made_before_the_seed_gets_the_catalogues_when_opened_once_and_edits_are_kept_after()
            throws SQLException {
        Path file = dir.resolve("old.duckdb");
        try (Workspace ws = Workspace.open(file)) {
            // as a workspace from before the seed existed: empty catalogues, the seed not recorded
            ws.execute("delete from region");
            ws.execute("delete from region_annual");
            ws.execute("delete from gpu");
            ws.execute("delete from pue_default");
            ws.execute("delete from schema_migration where script = '" + SEED + "'");
        }
        try (Workspace ws = Workspace.open(file)) {
            assertThat(ws.count("region")).isGreaterThan(50);
            assertThat(ws.count("gpu")).isGreaterThan(40);
            ws.execute("update region set zone = 'DE-EDITED' where region = 'europe-west3'");
            ws.execute("delete from gpu");
        }
        try (Workspace ws = Workspace.open(file)) {
            assertThat(one(ws, "select zone from region where region = 'europe-west3'")).isEqualTo("DE-EDITED");
            assertThat(ws.count("gpu")).isZero();
        }
    }

    @Test
    void the_annual_average_fallback_works_in_a_new_workspace_without_any_import() throws Exception {
        try (Workspace ws = Workspace.open(dir.resolve("fresh.duckdb"))) {
            IntensitySeries s = IntensityRepository.series(ws, "us-central1", Instant.parse("2026-08-03T00:00:00Z"),
                    Instant.parse("2026-08-04T00:00:00Z"));
            assertThat(IntensityRepository.isAnnualFloor(s)).isTrue();
            assertThat(s.valueAt(0)).isEqualTo(Double.parseDouble(one(ws, "select g_per_kwh from region_annual"
                    + " where region = 'us-central1' and year = 2024")));
            assertThat(s.isEstimated(0)).isTrue();
        }
    }
}
