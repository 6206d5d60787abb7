package dev.greenops.model.intensity.io;

import static org.assertj.core.api.Assertions.assertThat;

import dev.greenops.model.imports.FileHead;
import dev.greenops.model.imports.Importer;
import dev.greenops.model.intensity.Fixtures;
import dev.greenops.model.reference.ReferenceData;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Format detection: each intensity format claims its own files, and none claims a ledger. */
class SniffingTest {

    @TempDir
    Path dir;

    static List<String> claimants(Path file) throws Exception {
        FileHead head = FileHead.read(file);
        return IntensityFormats.importers().stream().filter(i -> i.accepts(head)).map(Importer::format).toList();
    }

    Path write(String name, String text) throws Exception {
        Path p = dir.resolve(name);
        Files.writeString(p, text);
        return p;
    }

    @Test
    void a_ufms_ledger_csv_is_never_claimed() throws Exception {
        Path ledger = write("ufms-003-2026-08.csv", """
                date,resource_id,job_id,team,owner,model_family,model,framework,provider,region,gpu_type,gpu_count,gpu_hours,energy_kwh,pue,grid_intensity_g_per_kwh,emissions_kgco2e,market_based_kgco2e,embodied_kgco2e,cost_usd,methodology,intensity_source,signed_at
                2026-08-01,node-a,train-rec-v3,recs,ana@example.com,rec,rec-v3,pytorch,gcp,europe-west3,H100 SXM,8,64,50.2,1.12,160.5,8.06,,,,measured-nvml@1,electricitymaps:hourly:direct,
                """);
        assertThat(claimants(ledger)).isEmpty();
    }

    @Test
    void a_codecarbon_emissions_csv_is_never_claimed() throws Exception {
        Path codecarbon = write("emissions.csv", """
                timestamp,project_name,run_id,duration,emissions,emissions_rate,cpu_power,gpu_power,ram_power,cpu_energy,gpu_energy,ram_energy,energy_consumed,country_name,country_iso_code,region,cloud_provider,cloud_region
                2024-05-01T10:00:00,demo,1b2c,3600,0.12,0.00003,42.5,250,10,0.04,0.25,0.01,0.3,Germany,DEU,hesse,gcp,europe-west3
                """);
        assertThat(claimants(codecarbon)).isEmpty();
    }

    @Test
    void each_real_example_is_claimed_by_its_format_only() throws Exception {
        assertThat(claimants(ReferenceData.DE_2023_HOURLY.copyTo(dir.resolve("de.csv")))).containsExactly("electricitymaps");
        assertThat(claimants(Fixtures.copy("electricitymaps/GB_2024_hourly_first-16-days.csv", dir))).containsExactly("electricitymaps");
        assertThat(claimants(Fixtures.copy("carbon-aware-sdk/test-data-aws-emissions.json", dir))).containsExactly("carbon-aware-sdk");
        assertThat(claimants(Fixtures.copy("watttime/v3-historical-written.json", dir))).containsExactly("watttime");
        assertThat(claimants(Fixtures.copy("watttime/v2-forecast-written.json", dir))).containsExactly("watttime");
        assertThat(claimants(Fixtures.copy("wide-csv/wide-15min_2-days_written.csv", dir))).containsExactly("wide-csv");
        assertThat(claimants(write("long.csv", "timestamp,region,g_per_kwh\n2026-08-01T00:00:00Z,europe-west3,120.5\n")))
                .containsExactly("long-csv");
    }
}
