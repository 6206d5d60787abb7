package dev.greenops.model.intensity.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import dev.greenops.model.common.ProgressListener;
import dev.greenops.model.store.Workspace;
import java.sql.ResultSet;
import java.sql.Statement;
import org.junit.jupiter.api.Test;

class RegionCatalogueTest {

    static String one(Workspace ws, String sql) throws Exception {
        return ws.read(c -> {
            try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
                return rs.next() ? rs.getString(1) : null;
            }
        });
    }

    @Test
    void the_catalogue_holds_every_published_year_and_the_latest_per_region() throws Exception {
        try (Workspace ws = Workspace.inMemory()) {
            RegionCatalogue.Loaded loaded = RegionCatalogue.load(ws, ProgressListener.NONE);
            assertThat(loaded.pueDefaults()).isEqualTo(6);
            assertThat(one(ws, "select pue from pue_default where provider = 'unknown'")).isEqualTo("1.56");
            assertThat(one(ws, "select g_per_kwh from region_annual where region = 'europe-west3' and year = 2019"))
                    .isEqualTo("319.0");
            assertThat(one(ws, "select basis from region_annual where region = 'europe-west3' and year = 2019"))
                    .isEqualTo("lifecycle");
            assertThat(one(ws, "select count(*) from region_annual where source = 'codecarbon:impact.csv'")).isEqualTo("40");
            assertThat(one(ws, "select annual_g_per_kwh || ' ' || annual_year || ' ' || zone || ' ' || pue || ' ' || source"
                            + " from region where region = 'europe-west3'"))
                    .isEqualTo("275.82 2024 DE 1.12 gcp:annual-average:2024");
            assertThat(one(ws, "select zone from region where region = 'us-central1'")).isEqualTo("US-MIDW-MISO");
            assertThat(one(ws, "select zone from region where region = 'us-west2'")).isEqualTo("US-CAL-CISO");
            assertThat(one(ws, "select zone || ' ' || pue from region where region = 'eu-central-1'")).isEqualTo("DE 1.2");
            assertThat(one(ws, "select tdp_w from gpu where gpu_type = 'H100 SXM'")).isEqualTo("700.0");
            assertThat(one(ws, "select tdp_w from gpu where gpu_type = 'NVIDIA A100 80GB PCIe'")).isEqualTo("300.0");
            assertThat(loaded.gpus()).isGreaterThan(40);
        }
    }

    @Test
    void the_gpu_table_reads_the_short_a10g_row_by_name_and_the_misspelt_codecarbon_region_is_filed_right()
            throws Exception {
        try (Workspace ws = Workspace.inMemory()) {
            RegionCatalogue.load(ws, ProgressListener.NONE);
            assertThat(one(ws, "select tdp_w || ' ' || memory_gb || ' ' || source from gpu where gpu_type = 'A10G'"))
                    .isEqualTo("150.0 24.0 https://www.techpowerup.com/gpu-specs/a10g.c3798");
            assertThat(one(ws, "select count(*) from region_annual where region = 'me-cenrtal1'")).isEqualTo("0");
            assertThat(one(ws, "select g_per_kwh from region_annual where region = 'me-central1'"
                            + " and source = 'codecarbon:impact.csv'"))
                    .isEqualTo("575.0");
            assertThat(one(ws, "select count(*) from region where region = 'me-cenrtal1'")).isEqualTo("0");
        }
    }

    @Test
    void a_reload_keeps_a_zone_someone_edited() throws Exception {
        try (Workspace ws = Workspace.inMemory()) {
            RegionCatalogue.load(ws, ProgressListener.NONE);
            ws.execute("update region set zone = 'DE-TEST' where region = 'europe-west3'");
            RegionCatalogue.load(ws, ProgressListener.NONE);
            assertThat(one(ws, "select zone from region where region = 'europe-west3'")).isEqualTo("DE-TEST");
            assertThat(one(ws, "select count(*) from region_annual where region = 'europe-west3' and year = 2024")).isEqualTo("1");
        }
    }

    @Test
    void the_documented_zone_map_has_the_four_pairs_of_the_data_model() {
        assertThat(ZoneMap.of("europe-west3").orElseThrow().zone()).isEqualTo("DE");
        assertThat(ZoneMap.of("europe-west2").orElseThrow().zone()).isEqualTo("GB");
        assertThat(ZoneMap.of("us-west2").orElseThrow().zone()).isEqualTo("US-CAL-CISO");
        assertThat(ZoneMap.of("us-central1").orElseThrow().zone()).isEqualTo("US-MIDW-MISO");
    }
}
