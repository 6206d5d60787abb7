package dev.greenops.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.greenops.app.cli.CliTest.Run;
import dev.greenops.model.store.Workspace;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code greenops sample} and {@code greenops bench}, and issue #2's "done when" path from the command line. */
class SampleAndBenchCommandsTest {

    @TempDir
    Path dir;

    @Test
    void sample_writes_the_ledgers_and_exits_0_and_refuses_a_file_as_the_folder() throws Exception {
        Path out = dir.resolve("sample");
        Run r = CliTest.run("sample", "--out", out.toString());
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out()).startsWith("wrote SAMPLE data to ");
        assertThat(out.resolve("ledgers/ufms-003-2026-08.csv")).exists();
        assertThat(out.resolve("schema/ufms-003-greenops-schema.json")).exists();
        assertThat(Files.readString(out.resolve("README.md"))).startsWith("# SAMPLE DATA");
        Path file = Files.writeString(dir.resolve("a-file"), "x");
        Run refused = CliTest.run("sample", "--out", file.toString());
        assertThat(refused.code()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(refused.err()).contains(file + ":0:0: is a file (expected a folder");
        assertThat(CliTest.run("sample").code()).as("--out is required").isEqualTo(ExitCode.BAD_INPUT);
    }

    @Test
    void importing_the_sample_ledgers_gives_the_team_totals_of_the_files_and_a_malformed_file_changes_nothing()
            throws Exception {
        Path sample = dir.resolve("sample");
        assertThat(CliTest.run("sample", "--out", sample.toString()).code()).isZero();
        List<String> args = new ArrayList<>(List.of("import", "--workspace", dir.resolve("W.duckdb").toString()));
        Map<String, BigDecimal> expected = new TreeMap<>();
        try (var files = Files.list(sample.resolve("ledgers"))) {
            for (Path f : files.sorted().toList()) {
                args.add(f.toString());
                List<String> lines = Files.readAllLines(f);
                for (String line : lines.subList(1, lines.size())) {
                    String[] cells = line.split(",", -1);
                    expected.merge(cells[3], new BigDecimal(cells[16]), BigDecimal::add);
                }
            }
        }
        Run imported = CliTest.run(args.toArray(String[]::new));
        assertThat(imported.code()).as(imported.err()).isZero();
        assertThat(imported.out()).contains("ufms-003-2026-08.csv: 704 rows as ufms-csv");
        Map<String, BigDecimal> totals = new TreeMap<>();
        long rows;
        try (Workspace ws = Workspace.open(dir.resolve("W.duckdb"))) {
            rows = ws.count("ledger");
            ws.read(c -> {
                try (var s = c.createStatement();
                        var rs = s.executeQuery("select team, sum(emissions_kgco2e) from ledger group by team")) {
                    while (rs.next()) {
                        totals.put(rs.getString(1), rs.getBigDecimal(2));
                    }
                }
                return null;
            });
        }
        assertThat(totals.keySet()).isEqualTo(expected.keySet());
        expected.forEach((team, kg) -> assertThat(totals.get(team)).as(team).isEqualByComparingTo(kg));
        Path malformed = sample.resolve("examples/malformed-ledger.csv");
        Run bad = CliTest.run("import", "--workspace", dir.resolve("W.duckdb").toString(), malformed.toString());
        assertThat(bad.code()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(bad.err()).startsWith("greenops: " + malformed + ":3:14: energy_kwh is \"n/a\" (expected a decimal >= 0)");
        assertThat(bad.err().lines()).hasSize(7).allMatch(l -> l.matches("greenops: .+:\\d+:\\d+: .+"));
        try (Workspace ws = Workspace.open(dir.resolve("W.duckdb"))) {
            assertThat(ws.count("ledger")).isEqualTo(rows);
            assertThat(ws.count("import_batch")).isEqualTo(3);
        }
    }

    @Test
    void bench_measures_the_ledger_import_cases_and_exits_0() throws Exception {
        Run r = CliTest.run("bench", "--json", "--rows", "2000", "--case", "ledger-import-csv");
        assertThat(r.code()).as(r.err()).isZero();
        var doc = Json.MAPPER.readTree(r.out());
        var result = doc.at("/results/0");
        assertThat(result.at("/name").asText()).isEqualTo("ledger-import-csv");
        assertThat(result.at("/count").asLong()).isEqualTo(2000);
        assertThat(result.at("/units").asText()).isEqualTo("rows");
        assertThat(result.at("/seconds").asDouble()).isPositive();
        assertThat(result.at("/details/rows_after_failing_import").asLong()).isZero();
        assertThat(result.at("/details/bad_row_reported_as").asText())
                .isEqualTo("bad.csv:1801:15: pue is 0.9 (expected a decimal >= 1)");
    }

    @Test
    void bench_rejects_a_negative_scale_and_an_unknown_case_with_exit_2() {
        Run negative = CliTest.run("bench", "--rows", "-5");
        assertThat(negative.code()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(negative.err()).contains("--rows must be 0 (default) or more");
        Run unknown = CliTest.run("bench", "--case", "nope");
        assertThat(unknown.code()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(unknown.err()).contains("unknown bench case nope (expected one of ledger-import-csv");
    }
}
