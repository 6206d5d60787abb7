package dev.greenops.model.ledger;

import static dev.greenops.model.ledger.LedgerFixtures.fixture;
import static dev.greenops.model.ledger.LedgerFixtures.formatted;
import static dev.greenops.model.ledger.LedgerFixtures.importFiles;
import static dev.greenops.model.ledger.LedgerFixtures.problemsOf;
import static dev.greenops.model.ledger.LedgerFixtures.query;
import static org.assertj.core.api.Assertions.assertThat;

import dev.greenops.model.imports.ImportResult;
import dev.greenops.model.store.Workspace;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** CodeCarbon files from the CodeCarbon repository itself (see fixtures/SOURCES.md). */
class CodeCarbonImportTest {

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
    void a_codecarbon_3_file_maps_onto_the_ledger_with_unknown_attribution() throws Exception {
        Path file = fixture("codecarbon/emissions_valid_headers.csv");
        List<ImportResult> results = importFiles(ws, "auto", file);
        assertThat(results.getFirst().format()).isEqualTo("codecarbon");
        assertThat(results.getFirst().warnings()).isEmpty();
        assertThat(query(ws, "select date, resource_id, job_id, team, owner, model_family, model, framework, provider,"
                        + " region, gpu_type, gpu_count, gpu_hours, energy_kwh, pue, grid_intensity_g_per_kwh,"
                        + " emissions_kgco2e, methodology, intensity_source, source_line from ledger"))
                .containsExactly("2021-09-23 | 0a578547-1d6b-4e2f-be0c-7ad10f2f7c97 | codecarbon | unknown | unknown |"
                        + " unknown | unknown | unknown | onprem | MAR:casablanca-settat | unknown | null | 0.000000 |"
                        + " 0.000574 | 1.0000 | 781.8180 | 0.000449 | codecarbon@2.1.3 | codecarbon:MAR (factor ="
                        + " emissions / energy_consumed) | 2");
    }

    @Test
    void the_early_codecarbon_column_set_is_read_too() throws Exception {
        Path file = fixture("codecarbon/emissions_invalid_headers.csv");
        importFiles(ws, "auto", file);
        assertThat(query(ws, "select resource_id, job_id, methodology, region from ledger"))
                .containsExactly("codecarbon-line-2 | codecarbon | codecarbon@unknown | MAR:casablanca-settat");
    }

    @Test
    void a_real_emissions_csv_reports_its_rows_without_emissions_and_imports_nothing() throws Exception {
        Path file = fixture("codecarbon/examples-emissions.csv");
        assertThat(formatted(problemsOf(ws, "auto", file)))
                .containsExactly(
                        file + ":6:5: emissions (emissions_kgco2e) is empty (expected a decimal >= 0)",
                        file + ":6:13: energy_consumed (energy_kwh) is empty (expected a decimal >= 0)",
                        file + ":7:5: emissions (emissions_kgco2e) is empty (expected a decimal >= 0)",
                        file + ":7:13: energy_consumed (energy_kwh) is empty (expected a decimal >= 0)");
        assertThat(ws.count("ledger")).isZero();
    }

    @Test
    void running_total_flushes_of_one_run_are_collapsed_to_the_last_with_a_warning() throws Exception {
        Path real = fixture("codecarbon/examples-emissions.csv");
        List<String> lines = Files.readAllLines(real);
        // the same real file without its two incomplete rows (lines 6 and 7)
        Path file = Files.write(dir.resolve("emissions.csv"),
                java.util.stream.IntStream.range(0, lines.size()).filter(i -> i != 5 && i != 6).mapToObj(lines::get).toList());
        ImportResult result = importFiles(ws, "codecarbon", file).getFirst();
        assertThat(result.rows()).isEqualTo(26 - 5 - 1 - 1);
        assertThat(formatted(result.warnings()))
                .containsExactly(
                        file + ":11:3: warning: run 8a1d9822-56c9-4c52-8497-5a2e32dd5b03 has 6 rows; kept this one, the"
                                + " last: CodeCarbon rows of one run are running totals, so adding them would count the"
                                + " run 6 times (expected one row per run)",
                        file + ":15:3: warning: run b9e7def2-4225-47cb-9f4f-3d786146ba65 has 2 rows; kept this one, the"
                                + " last: CodeCarbon rows of one run are running totals, so adding them would count the"
                                + " run 2 times (expected one row per run)",
                        file + ":17:3: warning: run 67e9ec7b-2504-40d7-b863-e203fa3e07b9 has 2 rows; kept this one, the"
                                + " last: CodeCarbon rows of one run are running totals, so adding them would count the"
                                + " run 2 times (expected one row per run)");
        assertThat(query(ws, "select source_line, emissions_kgco2e, gpu_type, methodology from ledger"
                        + " where resource_id = '8a1d9822-56c9-4c52-8497-5a2e32dd5b03'"))
                .containsExactly("11 | 0.000001 | Apple M1 | codecarbon@2.4.3rc1");
        assertThat(query(ws, "select note from import_batch")).containsExactly("7 running-total rows collapsed");
    }
}
