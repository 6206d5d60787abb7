package dev.greenops.model.reference;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** What reference/ATTRIBUTION.md says each bundled file holds is what the file holds. */
class ReferenceAttributionTest {

    static final String ATTRIBUTION = text(ReferenceData.ATTRIBUTION);

    static String text(ReferenceData d) {
        return new String(d.bytes(), StandardCharsets.UTF_8);
    }

    /** Data rows: the non-blank lines after {@code headerLines}, split on commas, line ends and BOM removed. */
    static List<String[]> rows(ReferenceData d, int headerLines) {
        List<String> lines = text(d).replace("\uFEFF", "").lines().filter(l -> !l.isBlank()).toList();
        return lines.subList(headerLines, lines.size()).stream().map(l -> l.split(",", -1)).toList();
    }

    /** The table row of the attribution that starts with {@code file}. */
    static String row(String file) {
        return ATTRIBUTION.lines().filter(l -> l.startsWith("| " + file)).findFirst().orElseThrow();
    }

    @Test
    void the_de_series_row_states_its_span_row_count_and_estimated_hours() {
        List<String[]> rows = rows(ReferenceData.DE_2023_HOURLY, 1);
        assertThat(rows).hasSize(8760);
        assertThat(rows.getFirst()[0]).isEqualTo("2023-01-01 00:00:00");
        assertThat(rows.getLast()[0]).isEqualTo("2023-12-31 23:00:00");
        long estimated = rows.stream().filter(r -> r[9].equals("true")).count();
        assertThat(estimated).isEqualTo(30);
        assertThat(row("intensity/DE_2023_hourly.csv"))
                .contains("2023-01-01 00:00 to 2023-12-31 23:00 UTC", "8,760 rows", estimated + " hours are marked estimated");
    }

    @Test
    void the_gcp_row_states_each_years_region_count_and_empty_cfe_shares() {
        List<ReferenceData> years = List.of(ReferenceData.GCP_REGIONS_2019, ReferenceData.GCP_REGIONS_2020,
                ReferenceData.GCP_REGIONS_2021, ReferenceData.GCP_REGIONS_2022, ReferenceData.GCP_REGIONS_2023,
                ReferenceData.GCP_REGIONS_2024);
        String row = row("regions/gcp-region-carbon-info-YYYY.csv");
        int year = 2019;
        for (ReferenceData d : years) {
            List<String[]> rows = rows(d, 1);
            assertThat(row).contains(rows.size() + " (" + year + ")");
            long noCfe = rows.stream().filter(r -> r[2].isBlank()).count();
            assertThat(noCfe).as("empty CFE in " + year).isEqualTo(year <= 2020 ? 8 : year == 2021 ? 3 : 0);
            year++;
        }
        assertThat(row).contains("empty for 8 regions in 2019 and 2020 and for 3 in 2021");
    }

    @Test
    void the_codecarbon_row_says_our_copy_holds_only_gcp_rows_equal_to_googles_2023_figures() {
        List<String[]> rows = rows(ReferenceData.CLOUD_IMPACT_CODECARBON, 1);
        assertThat(rows).hasSize(40);
        assertThat(rows.stream().map(r -> r[0]).distinct()).containsExactly("gcp");
        Map<String, String> gcp2023 = rows(ReferenceData.GCP_REGIONS_2023, 1).stream()
                .collect(Collectors.toMap(r -> r[0], r -> r[3]));
        for (String[] r : rows) {
            String region = r[3].equals("me-cenrtal1") ? "me-central1" : r[3];
            assertThat(Double.parseDouble(r[9])).as(region).isEqualTo(Double.parseDouble(gcp2023.get(region)));
        }
        assertThat(rows.stream().map(r -> r[3])).contains("me-cenrtal1").doesNotContain("me-central1");
        assertThat(text(ReferenceData.CLOUD_IMPACT_CODECARBON)).startsWith("\uFEFF");
        assertThat(row("regions/cloud-impact-codecarbon.csv"))
                .contains("40 rows, all of provider gcp (no AWS or Azure rows)", "Google's 2023 figure", "me-cenrtal1",
                        "UTF-8 BOM");
    }

    @Test
    void the_gpu_rows_state_their_device_counts_and_the_short_a10g_row() {
        Map<String, Long> types = new TreeMap<>(GpuSpecs.bundled().stream()
                .collect(Collectors.groupingBy(GpuSpecs.Spec::type, Collectors.counting())));
        assertThat(types).isEqualTo(Map.of("gpu", 38L, "cpu", 8L, "tpu", 2L));
        List<String[]> mlco2 = rows(ReferenceData.GPUS_MLCO2, 1);
        assertThat(mlco2).filteredOn(r -> r.length != 9).extracting(r -> r[0]).containsExactly("A10G");
        assertThat(row("hardware/gpus-mlco2-impact.csv"))
                .contains("48 devices (38 gpu, 8 cpu, 2 tpu)", "A10G row is one field short (8 fields for 9 columns)");

        List<String[]> tdp = rows(ReferenceData.GPU_TDP_GREEN_ALGORITHMS, 2);
        assertThat(tdp).hasSize(22);
        assertThat(tdp.stream().filter(r -> r[0].startsWith("TPU"))).hasSize(3);
        assertThat(tdp.stream().filter(r -> r[0].startsWith("NVIDIA"))).hasSize(17);
        assertThat(tdp.stream().filter(r -> r[1].isEmpty()).map(r -> r[0])).containsExactly("Any");
        assertThat(row("hardware/TDP_gpu-green-algorithms.csv"))
                .contains("22 rows", "18 GPUs (1 AMD, 17 NVIDIA) and 3 TPUs", "`Any`");
    }

    @Test
    void the_pue_row_lists_every_provider_with_its_value() {
        List<String[]> rows = rows(ReferenceData.PUE_GREEN_ALGORITHMS, 2);
        assertThat(rows).hasSize(6);
        String row = row("pue/defaults_PUE-green-algorithms.csv");
        assertThat(row).contains(rows.size() + " providers");
        for (String[] r : rows) {
            assertThat(row).contains(r[0] + " " + r[1]);
        }
    }
}
