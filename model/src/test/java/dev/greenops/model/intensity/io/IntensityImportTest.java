package dev.greenops.model.intensity.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.greenops.model.common.InvalidInputException;
import dev.greenops.model.common.Problem;
import dev.greenops.model.common.ProgressListener;
import dev.greenops.model.imports.ImportOptions;
import dev.greenops.model.imports.ImportResult;
import dev.greenops.model.imports.ImportService;
import dev.greenops.model.intensity.Fixtures;
import dev.greenops.model.reference.ReferenceData;
import dev.greenops.model.store.Workspace;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class IntensityImportTest {

    @TempDir
    Path dir;

    Workspace ws;
    final ImportService service = ImportService.standard();

    @BeforeEach
    void open() {
        ws = Workspace.inMemory();
    }

    @AfterEach
    void close() {
        ws.close();
    }

    List<ImportResult> importFile(Path file, String region) throws Exception {
        return service.importFiles(ws, List.of(file), ImportService.AUTO, new ImportOptions(Optional.ofNullable(region)),
                ProgressListener.NONE);
    }

    String one(String sql) throws Exception {
        return ws.read(c -> {
            try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
                rs.next();
                return rs.getString(1);
            }
        });
    }

    List<Problem> problemsOf(Path file, String region) {
        try {
            importFile(file, region);
        } catch (InvalidInputException e) {
            return e.problems();
        } catch (Exception e) {
            throw new AssertionError("expected an InvalidInputException, got " + e, e);
        }
        throw new AssertionError("expected the import of " + file + " to fail");
    }

    @Test
    void the_real_DE_2023_file_imports_as_two_bases_with_its_estimated_hours() throws Exception {
        Path file = ReferenceData.DE_2023_HOURLY.copyTo(dir.resolve("DE_2023_hourly.csv"));
        List<ImportResult> results = importFile(file, null);
        assertThat(results.getFirst().format()).isEqualTo("electricitymaps");
        assertThat(results.getFirst().rows()).isEqualTo(2 * 8760);
        assertThat(one("select count(*) from intensity where basis = 'direct'")).isEqualTo("8760");
        assertThat(one("select distinct source from intensity where basis = 'direct'"))
                .isEqualTo("electricitymaps:DE:2023-hourly:direct");
        assertThat(one("select distinct source from intensity where basis = 'lifecycle'"))
                .isEqualTo("electricitymaps:DE:2023-hourly:lifecycle");
        assertThat(one("select g_per_kwh from intensity where basis = 'direct' and start = timestamp '2023-01-01 00:00:00'"))
                .isEqualTo("140.51");
        assertThat(one("select g_per_kwh from intensity where basis = 'lifecycle' and start = timestamp '2023-12-31 23:00:00'"))
                .isEqualTo("178.79");
        assertThat(one("select count(*) from intensity where basis = 'direct' and estimated")).isEqualTo("30");
        assertThat(one("select distinct signal from intensity")).isEqualTo("average");
        assertThat(one("select distinct epoch(duration) from intensity")).isEqualTo("3600.0");
        assertThat(one("select count(*) from intensity_detail where data_source = 'entsoe.eu' and basis = 'direct'"))
                .isEqualTo("8730");
        assertThat(one("select source_line from intensity_detail where start = timestamp '2023-01-01 01:00:00' and basis = 'direct'"))
                .isEqualTo("3");
    }

    @Test
    void an_electricitymaps_export_with_the_new_header_imports() throws Exception {
        Path file = Fixtures.copy("electricitymaps/GB_2024_hourly_first-16-days.csv", dir);
        importFile(file, null);
        assertThat(one("select count(*) from intensity where region = 'GB' and basis = 'lifecycle'")).isEqualTo("384");
        assertThat(one("select g_per_kwh from intensity where basis = 'direct' and start = timestamp '2024-01-01 02:00:00'"))
                .isEqualTo("65.71");
        assertThat(one("select count(*) from intensity where basis = 'direct' and estimated")).isEqualTo("18");
        assertThat(one("select estimation_method from intensity_detail where start = timestamp '2024-01-14 17:00:00' and basis = 'direct'"))
                .isEqualTo("ESTIMATED_TIME_SLICER_AVERAGE");
        assertThat(one("select cfe_pct from intensity_detail where start = timestamp '2024-01-01 00:00:00' and basis = 'direct'"))
                .isEqualTo("85.52");
    }

    @Test
    void an_electricitymaps_export_with_only_some_of_the_columns_imports() throws Exception {
        Path file = Fixtures.copy("electricitymaps/FR_2024_hourly_reduced-columns_first-day.csv", dir);
        importFile(file, null);
        assertThat(one("select count(*) from intensity where region = 'FR'")).isEqualTo("48");
        assertThat(one("select g_per_kwh from intensity where basis = 'lifecycle' and start = timestamp '2024-01-01 23:00:00'"))
                .isEqualTo("27.68");
    }

    @Test
    void the_carbon_aware_sdk_sample_file_imports_every_location_as_marginal() throws Exception {
        Path file = Fixtures.copy("carbon-aware-sdk/test-data-aws-emissions.json", dir);
        List<ImportResult> results = importFile(file, null);
        assertThat(results.getFirst().format()).isEqualTo("carbon-aware-sdk");
        assertThat(results.getFirst().rows()).isEqualTo(600);
        assertThat(one("select count(distinct region) from intensity")).isEqualTo("25");
        assertThat(one("select g_per_kwh from intensity where region = 'us-east-1' and start = timestamp '2021-10-25 16:50:00'"))
                .isEqualTo("19.0");
        assertThat(one("select distinct signal from intensity")).isEqualTo("marginal");
        assertThat(results.getFirst().warnings()).anySatisfy(w -> assertThat(w.message()).contains("marginal"));
    }

    @Test
    void the_carbon_aware_sdk_web_api_output_imports_sorted_although_it_is_newest_first() throws Exception {
        Path file = Fixtures.copy("carbon-aware-sdk/webapi-emissions-bylocation-westus.json", dir);
        importFile(file, null);
        assertThat(one("select count(*) from intensity where region = 'CAISO_NORTH'")).isEqualTo("8");
        assertThat(one("select distinct epoch(duration) from intensity")).isEqualTo("300.0");
        assertThat(one("select g_per_kwh from intensity where start = timestamp '2022-08-23 14:05:00'"))
                .isEqualTo("456.31392422000005");
    }

    @Test
    void watttime_v2_data_is_converted_from_lbs_per_mwh_and_marked_marginal() throws Exception {
        Path file = Fixtures.copy("watttime/v2-data-written.json", dir);
        List<ImportResult> results = importFile(file, null);
        assertThat(results.getFirst().format()).isEqualTo("watttime");
        // 890.25 lbs/MWh x 0.45359237 = 403.8106073... g/kWh: one decimal more than the source, no float noise
        assertThat(one("select g_per_kwh from intensity where start = timestamp '2026-08-01 04:30:00'"))
                .isEqualTo("403.811");
        assertThat(one("select distinct signal from intensity")).isEqualTo("marginal");
        assertThat(one("select distinct source from intensity")).isEqualTo("watttime:CAISO_NORTH:moer");
    }

    @Test
    void watttime_v3_historical_takes_region_signal_and_step_from_meta() throws Exception {
        Path file = Fixtures.copy("watttime/v3-historical-written.json", dir);
        importFile(file, null);
        assertThat(one("select count(*) from intensity where region = 'CAISO_NORTH'")).isEqualTo("2");
        // 845 and 850 lbs/MWh (whole numbers) are 383.28555265 and 385.5535145 as bare double products
        assertThat(one("select g_per_kwh from intensity where start = timestamp '2026-08-01 00:05:00'")).isEqualTo("383.3");
        assertThat(one("select g_per_kwh from intensity where start = timestamp '2026-08-01 00:00:00'")).isEqualTo("385.6");
        assertThat(one("select distinct epoch(duration) from intensity")).isEqualTo("300.0");
        assertThat(one("select distinct source from intensity")).isEqualTo("watttime:CAISO_NORTH:co2_moer");
    }

    @Test
    void a_watttime_forecast_keeps_its_issue_time() throws Exception {
        Path file = Fixtures.copy("watttime/v2-forecast-written.json", dir);
        importFile(file, null);
        assertThat(one("select count(*) from intensity where region = 'IESO_NORTH'")).isEqualTo("288");
        assertThat(one("select distinct forecast_issued_at from intensity")).isEqualTo("2026-08-03 23:40:00.0");
        assertThat(one("select distinct source from intensity")).isEqualTo("watttime:IESO_NORTH:moer:forecast");
    }

    @Test
    void a_wide_csv_with_15_minute_steps_and_no_region_in_the_header_imports_with_region() throws Exception {
        Path file = Fixtures.copy("wide-csv/wide-15min_2-days_written.csv", dir);
        List<ImportResult> results = importFile(file, "DE");
        assertThat(results.getFirst().format()).isEqualTo("wide-csv");
        assertThat(results.getFirst().rows()).isEqualTo(192);
        assertThat(one("select distinct epoch(duration) from intensity")).isEqualTo("900.0");
        assertThat(one("select g_per_kwh from intensity where start = timestamp '2026-08-01 00:15:00'"))
                .isEqualTo("410.76");
    }

    @Test
    void a_wide_csv_with_30_minute_steps_imports() throws Exception {
        Path file = Fixtures.copy("wide-csv/wide-30min_2-days_written.csv", dir);
        importFile(file, "GB");
        assertThat(one("select count(*) from intensity where region = 'GB'")).isEqualTo("96");
        assertThat(one("select distinct epoch(duration) from intensity")).isEqualTo("1800.0");
    }

    @Test
    void a_wide_csv_without_region_for_an_unnamed_column_is_refused_with_the_column() throws Exception {
        Path file = Fixtures.copy("wide-csv/wide-30min_2-days_written.csv", dir);
        List<Problem> problems = problemsOf(file, null);
        assertThat(problems.getFirst().line()).isEqualTo(1);
        assertThat(problems.getFirst().column()).isEqualTo(2);
        assertThat(problems.getFirst().expected()).contains("--region");
    }

    @Test
    void a_long_csv_with_signal_basis_and_source_columns_keeps_them() throws Exception {
        Path file = dir.resolve("long.csv");
        Files.writeString(file, """
                timestamp,region,g_per_kwh,signal,basis,source,estimated
                2026-08-01T00:00:00Z,europe-west3,120.5,average,direct,electricitymaps:DE:2023-hourly:direct shifted +156 weeks (SAMPLE),false
                2026-08-01T01:00:00Z,europe-west3,118.0,average,direct,electricitymaps:DE:2023-hourly:direct shifted +156 weeks (SAMPLE),true
                """);
        List<ImportResult> results = importFile(file, null);
        assertThat(results.getFirst().format()).isEqualTo("long-csv");
        assertThat(one("select distinct source from intensity"))
                .isEqualTo("electricitymaps:DE:2023-hourly:direct shifted +156 weeks (SAMPLE)");
        assertThat(one("select count(*) from intensity where estimated")).isEqualTo("1");
        assertThat(results.getFirst().warnings()).isEmpty();
    }

    @Test
    void an_unknown_header_is_refused_naming_the_column() {
        List<Problem> problems = problemsOf(Fixtures.copy("bad/unknown-header.csv", dir), null);
        assertThat(problems).hasSize(1);
        Problem p = problems.getFirst();
        assertThat(p.file()).endsWith("unknown-header.csv");
        assertThat(p.line()).isEqualTo(1);
        assertThat(p.column()).isEqualTo(7);
        assertThat(p.message()).contains("unknown column 'Wind Share'");
        assertThat(p.expected()).contains("Datetime (UTC)");
    }

    @Test
    void a_latin1_file_is_one_problem_saying_it_is_not_utf8_and_where() throws Exception {
        Path file = dir.resolve("ilat.csv");
        java.nio.file.Files.write(file, ("timestamp,region,g_per_kwh\n2026-08-01T00:00:00Z,Z\u00fcrich,120.5\n"
                + "2026-08-01T01:00:00Z,Z\u00fcrich,118.0\n").getBytes(java.nio.charset.StandardCharsets.ISO_8859_1));
        assertThat(problemsOf(file, null)).extracting(Problem::format).containsExactly(file + ":0:0: not UTF-8 text (a"
                + " byte at line 2 is not valid UTF-8; save the file as UTF-8) (expected UTF-8 text)");
    }

    @Test
    void text_in_a_number_column_is_refused_with_line_and_column() {
        List<Problem> problems = problemsOf(Fixtures.copy("bad/text-in-number.csv", dir), null);
        Problem p = problems.getFirst();
        assertThat(p.line()).isEqualTo(3);
        assertThat(p.column()).isEqualTo(3);
        assertThat(p.message()).isEqualTo("'n/a' is not a number");
        assertThat(p.format()).startsWith(p.file() + ":3:3: 'n/a' is not a number (expected ");
    }

    @Test
    void an_intensity_far_above_any_grid_is_refused_as_another_unit_and_nothing_is_imported() throws Exception {
        Path file = java.nio.file.Files.writeString(dir.resolve("huge.csv"), """
                timestamp,region,g_per_kwh
                2026-08-01T00:00:00Z,DE,1e308
                2026-08-01T01:00:00Z,DE,250
                2026-08-01T02:00:00Z,DE,250000
                """);
        assertThat(problemsOf(file, null)).extracting(Problem::format).containsExactly(
                file + ":2:3: '1e308' is far above any grid's intensity: is the file in another unit, such as g/MWh?"
                        + " (expected g/kWh up to 10,000)",
                file + ":4:3: '250000' is far above any grid's intensity: is the file in another unit, such as g/MWh?"
                        + " (expected g/kWh up to 10,000)");
        assertThat(ws.count("intensity")).isZero();
    }

    @Test
    void a_gap_is_reported_not_filled() throws Exception {
        List<Problem> problems = problemsOf(Fixtures.copy("bad/gap.csv", dir), null);
        assertThat(problems).hasSize(2); // DE and FR both miss 02:00
        Problem p = problems.getFirst();
        assertThat(p.line()).isEqualTo(4);
        assertThat(p.column()).isEqualTo(1);
        assertThat(p.message()).contains("gap in DE (average, direct)").contains("2023-01-01T02:00:00Z").contains("1 missing point");
        assertThat(problems.get(1).message()).contains("gap in FR (average, direct)");
        assertThat(ws.count("intensity")).isZero();
    }

    @Test
    void duplicate_timestamps_are_refused_naming_both_lines() {
        List<Problem> problems = problemsOf(Fixtures.copy("bad/duplicate.csv", dir), null);
        Problem p = problems.getFirst();
        assertThat(p.line()).isEqualTo(4);
        assertThat(p.column()).isEqualTo(1);
        assertThat(p.message()).contains("duplicate time 2023-01-01T01:00:00Z in DE (average, direct) (lines 3, 4)");
    }

    @Test
    void mixed_units_are_refused() {
        List<Problem> problems = problemsOf(Fixtures.copy("bad/mixed-units.csv", dir), null);
        Problem p = problems.getFirst();
        assertThat(p.line()).isEqualTo(4);
        assertThat(p.column()).isEqualTo(3);
        assertThat(p.message()).contains("mixed units").contains("g/kWh").contains("lbs/MWh");
    }

    @Test
    void local_clock_times_that_repeat_an_hour_are_explained_as_daylight_saving() {
        List<Problem> problems = problemsOf(Fixtures.copy("bad/dst-local-times.csv", dir), "DE");
        assertThat(problems).hasSize(1);
        assertThat(problems.getFirst().line()).isEqualTo(5);
        assertThat(problems.getFirst().message()).contains("daylight saving").contains("Europe/Berlin").contains("appears twice");
    }

    @Test
    void local_clock_times_that_skip_an_hour_are_explained_as_daylight_saving() {
        List<Problem> problems = problemsOf(Fixtures.copy("bad/dst-spring-local-times.csv", dir), "DE");
        assertThat(problems).hasSize(1);
        assertThat(problems.getFirst().message()).contains("daylight saving").contains("2023-03-26T02:00").contains("missing");
    }

    @Test
    void malformed_json_is_refused_with_the_parser_position() {
        List<Problem> problems = problemsOf(Fixtures.copy("bad/malformed.json", dir), null);
        Problem p = problems.getFirst();
        assertThat(p.line()).isEqualTo(3);
        assertThat(p.message()).startsWith("not valid JSON");
    }

    @Test
    void a_bad_value_in_json_names_the_line_of_its_element() throws Exception {
        Path file = dir.resolve("cas.json");
        Files.writeString(file, """
                [
                  {"location": "eastus", "time": "2021-01-01T00:00:00Z", "rating": 10, "duration": "00:05:00"},
                  {"location": "eastus", "time": "2021-01-01T00:05:00Z", "rating": "lots", "duration": "00:05:00"}
                ]
                """);
        Problem p = problemsOf(file, null).getFirst();
        assertThat(p.line()).isEqualTo(3);
        assertThat(p.column()).isEqualTo(3);
        assertThat(p.message()).isEqualTo("'lots' is not a number");
    }

    @Test
    void a_failed_file_leaves_the_workspace_unchanged_even_with_a_good_file_beside_it() throws Exception {
        Path good = Fixtures.copy("electricitymaps/FR_2024_hourly_reduced-columns_first-day.csv", dir);
        Path bad = Fixtures.copy("bad/duplicate.csv", dir);
        assertThatThrownBy(() -> service.importFiles(ws, List.of(good, bad), ImportService.AUTO, ImportOptions.DEFAULT,
                        ProgressListener.NONE))
                .isInstanceOf(InvalidInputException.class);
        assertThat(ws.count("intensity")).isZero();
        assertThat(ws.count("import_batch")).isZero();
    }

    @Test
    void a_conflicting_region_option_is_refused() {
        Path file = Fixtures.copy("electricitymaps/FR_2024_hourly_reduced-columns_first-day.csv", dir);
        Problem p = problemsOf(file, "DE").getFirst();
        assertThat(p.message()).contains("zone 'FR'").contains("--region says 'DE'");
    }

    @Test
    void reimporting_the_same_file_on_purpose_warns_that_the_newest_import_wins() throws Exception {
        Path file = Fixtures.copy("electricitymaps/FR_2024_hourly_reduced-columns_first-day.csv", dir);
        importFile(file, null);
        assertThat(problemsOf(file, null)).singleElement().satisfies(p -> assertThat(p.message())
                .startsWith("this exact file was already imported as batch 1"));
        ImportResult again = service.importFiles(ws, List.of(file), ImportService.AUTO,
                ImportOptions.DEFAULT.withAllowReimport(true), ProgressListener.NONE).getFirst();
        assertThat(again.warnings()).anySatisfy(w -> assertThat(w.message()).contains("48 points repeat times")
                .contains("greenops batches --remove 1"));
    }
}
