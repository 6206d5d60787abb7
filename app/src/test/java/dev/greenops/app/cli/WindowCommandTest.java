package dev.greenops.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The Carbon Aware SDK examples of ORACLES.md, reproduced through {@code greenops window --json}. */
class WindowCommandTest {

    @TempDir
    Path dir;

    Path fixture(String name) throws IOException {
        try (InputStream in = getClass().getResourceAsStream("/dev/greenops/app/cli/intensity/" + name)) {
            Path p = dir.resolve(name);
            Files.copy(in, p);
            return p;
        }
    }

    JsonNode window(String... args) throws IOException {
        List<String> all = new ArrayList<>(List.of("window"));
        all.addAll(List.of(args));
        all.add("--json");
        CliTest.Run r = CliTest.run(all.toArray(String[]::new));
        assertThat(r.err()).isEmpty();
        assertThat(r.code()).isZero();
        return new ObjectMapper().readTree(r.out());
    }

    static List<String> averages(JsonNode windows) {
        List<String> out = new ArrayList<>();
        windows.forEach(w -> out.add(w.get("avgGPerKwh").asText()));
        return out;
    }

    @Test
    void sdk_rolling_average_window_10_minutes_step_5_gives_15_25_35() throws IOException {
        JsonNode j = window("--intensity", fixture("cas-rolling-10-20-30-40.json").toString(), "--region", "eastus",
                "--from", "2021-01-01T00:00Z", "--to", "2021-01-01T00:20Z", "--duration", "10m", "--step", "5m", "--all");
        assertThat(averages(j.get("windows"))).containsExactly("15", "25", "35");
        assertThat(j.get("optimal")).hasSize(1);
        assertThat(j.get("optimal").get(0).get("start").asText()).isEqualTo("2021-01-01T00:00:00Z");
        assertThat(j.get("optimal").get(0).get("avgGPerKwh").asText()).isEqualTo("15");
        assertThat(j.get("source").asText()).isEqualTo("carbon-aware-sdk:eastus");
        assertThat(j.get("signal").asText()).isEqualTo("marginal");
    }

    @Test
    void sdk_rolling_average_window_5_minutes_step_4_gives_10_18_26_34() throws IOException {
        JsonNode j = window("--intensity", fixture("cas-rolling-10-20-30-40.json").toString(), "--region", "eastus",
                "--from", "2021-01-01T00:00Z", "--to", "2021-01-01T00:20Z", "--duration", "5m", "--step", "4m", "--all");
        assertThat(averages(j.get("windows"))).containsExactly("10", "18", "26", "34");
    }

    @Test
    void sdk_rolling_average_window_10_minutes_step_7_gives_15_29() throws IOException {
        JsonNode j = window("--intensity", fixture("cas-rolling-10-20-30-40.json").toString(), "--region", "eastus",
                "--from", "2021-01-01T00:00Z", "--to", "2021-01-01T00:20Z", "--duration", "10m", "--step", "7m", "--all");
        assertThat(averages(j.get("windows"))).containsExactly("15", "29");
    }

    @Test
    void sdk_average_from_0004_to_0020_is_28_75() throws IOException {
        JsonNode j = window("--intensity", fixture("cas-rolling-10-20-30-40.json").toString(), "--region", "eastus",
                "--from", "2021-01-01T00:04Z", "--to", "2021-01-01T00:20Z", "--duration", "16m");
        assertThat(averages(j.get("optimal"))).containsExactly("28.75");
    }

    @Test
    void sdk_docs_hourly_30_100_50_average_from_0130_to_0330_is_70() throws IOException {
        JsonNode j = window("--intensity", fixture("cas-docs-hourly-30-100-50.json").toString(), "--region", "westus",
                "--from", "2022-03-01T01:30Z", "--to", "2022-03-01T03:30Z", "--duration", "2h");
        assertThat(averages(j.get("optimal"))).containsExactly("70");
    }

    @Test
    void sdk_optimum_returns_every_window_sharing_the_minimum_earliest_first() throws IOException {
        JsonNode j = window("--intensity", fixture("cas-tied-minimum.json").toString(), "--region", "eastus",
                "--from", "2022-06-01T00:00Z", "--to", "2022-06-01T06:00Z", "--duration", "2h");
        assertThat(j.get("optimal")).hasSize(2);
        assertThat(j.get("optimal").get(0).get("start").asText()).isEqualTo("2022-06-01T01:00:00Z");
        assertThat(j.get("optimal").get(1).get("start").asText()).isEqualTo("2022-06-01T04:00:00Z");
        assertThat(averages(j.get("optimal"))).containsExactly("10", "10");
    }

    @Test
    void threshold_windows_are_printed_with_their_mean() throws IOException {
        JsonNode j = window("--intensity", fixture("cas-tied-minimum.json").toString(), "--region", "eastus",
                "--from", "2022-06-01T00:00Z", "--to", "2022-06-01T06:00Z", "--duration", "1h", "--threshold", "10");
        assertThat(j.get("thresholdWindows")).hasSize(2);
        assertThat(j.get("thresholdWindows").get(0).get("duration").asText()).isEqualTo("PT2H");
        assertThat(j.get("thresholdWindows").get(0).get("meanGPerKwh").asText()).isEqualTo("10");
    }

    @Test
    void a_missing_region_in_the_file_is_a_usage_error_with_exit_2() throws IOException {
        CliTest.Run r = CliTest.run("window", "--intensity", fixture("cas-tied-minimum.json").toString(), "--region", "mars",
                "--from", "2022-06-01T00:00Z", "--to", "2022-06-01T06:00Z", "--duration", "1h");
        assertThat(r.code()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(r.err()).startsWith("greenops: ").contains("no series for region 'mars'").doesNotContain("Exception");
    }

    @Test
    void a_bad_duration_is_a_usage_error_naming_the_option() throws IOException {
        CliTest.Run r = CliTest.run("window", "--intensity", fixture("cas-tied-minimum.json").toString(), "--region", "eastus",
                "--from", "2022-06-01T00:00Z", "--to", "2022-06-01T06:00Z", "--duration", "soon");
        assertThat(r.code()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(r.err()).startsWith("greenops: --duration: 'soon' is not a duration");
    }

    @Test
    void a_cloud_region_in_a_workspace_finds_its_zone_series() throws Exception {
        Path file = dir.resolve("ws.duckdb");
        Path de = dev.greenops.model.reference.ReferenceData.DE_2023_HOURLY.copyTo(dir.resolve("DE_2023_hourly.csv"));
        try (var ws = dev.greenops.model.store.Workspace.open(file)) {
            dev.greenops.model.imports.ImportService.standard().importFiles(ws, List.of(de), "auto",
                    dev.greenops.model.imports.ImportOptions.DEFAULT, dev.greenops.model.common.ProgressListener.NONE);
        }
        JsonNode j = window("--workspace", file.toString(), "--region", "europe-west3", "--from", "2023-06-01",
                "--to", "2023-06-02", "--duration", "3h", "--threshold", "150");
        assertThat(j.get("seriesRegion").asText()).isEqualTo("DE");
        assertThat(j.get("optimal").get(0).get("start").asText()).isEqualTo("2023-06-01T11:00:00Z");
        assertThat(j.get("optimal").get(0).get("avgGPerKwh").asText()).isEqualTo("130.706667");
        assertThat(j.get("thresholdWindows").get(0).get("start").asText()).isEqualTo("2023-06-01T09:00:00Z");
        assertThat(j.get("source").asText()).isEqualTo("electricitymaps:DE:2023-hourly:direct");
    }
}
