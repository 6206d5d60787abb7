package dev.greenops.model.ledger;

import static dev.greenops.model.ledger.LedgerFixtures.csv;
import static dev.greenops.model.ledger.LedgerFixtures.formatted;
import static dev.greenops.model.ledger.LedgerFixtures.importFiles;
import static dev.greenops.model.ledger.LedgerFixtures.problemsOf;
import static dev.greenops.model.ledger.LedgerFixtures.query;
import static dev.greenops.model.ledger.LedgerFixtures.row;
import static org.assertj.core.api.Assertions.assertThat;

import dev.greenops.model.common.Problem;
import dev.greenops.model.common.ProgressListener;
import dev.greenops.model.imports.ImportOptions;
import dev.greenops.model.imports.ImportResult;
import dev.greenops.model.store.Workspace;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JsonAndParquetImportTest {

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

    /** A row as a JSON object with JSON types; {@code raw} values are written verbatim (e.g. a quoted number). */
    static String json(Map<String, String> row, Map<String, String> raw) {
        List<String> fields = new ArrayList<>();
        for (Map.Entry<String, String> e : row.entrySet()) {
            String v = e.getValue();
            String value;
            if (raw.containsKey(e.getKey())) {
                value = raw.get(e.getKey());
            } else if (v.isEmpty()) {
                value = "null";
            } else if (UfmsSchema.standard().require(e.getKey()).isNumeric()) {
                value = v;
            } else {
                value = "\"" + v + "\"";
            }
            fields.add("\"" + e.getKey() + "\": " + value);
        }
        return "{" + String.join(", ", fields) + "}";
    }

    @Test
    void ndjson_and_a_json_array_import_with_the_line_of_each_record() throws Exception {
        Path nd = Files.writeString(dir.resolve("a.ndjson"),
                json(row(1), Map.of()) + "\n" + json(row(2), Map.of()) + "\n");
        Path array = Files.writeString(dir.resolve("b.json"),
                "[\n  " + json(row(3), Map.of()) + ",\n\n  " + json(row(4), Map.of()) + "\n]\n");
        List<ImportResult> results = importFiles(ws, "auto", nd, array);
        assertThat(results).extracting(ImportResult::format).containsExactly("ufms-json", "ufms-json");
        assertThat(query(ws, "select resource_id || '@' || source_line from ledger order by resource_id"))
                .containsExactly("node-1@1", "node-2@2", "node-3@2", "node-4@4");
    }

    @Test
    void a_number_written_as_a_string_is_wrong_in_ufms_json_and_the_column_points_at_the_key() throws Exception {
        Path nd = Files.writeString(dir.resolve("a.ndjson"),
                json(row(1), Map.of()) + "\n" + json(row(2), Map.of("energy_kwh", "\"40.5\"")) + "\n");
        String line2 = Files.readAllLines(nd).get(1);
        int column = line2.indexOf("\"energy_kwh\"") + 1;
        assertThat(formatted(problemsOf(ws, "auto", nd)))
                .containsExactly(nd + ":2:" + column + ": energy_kwh is the string \"40.5\" (expected a decimal >= 0)");
    }

    @Test
    void in_a_pretty_printed_array_a_problem_points_at_the_line_of_the_key() throws Exception {
        Map<String, String> bad = row(2);
        bad.put("pue", "0.5");
        String pretty = json(bad, Map.of()).replace("{", "{\n    ").replace(", \"", ",\n    \"").replace("}", "\n  }");
        Path array = Files.writeString(dir.resolve("pretty.json"), "[\n  " + json(row(1), Map.of()) + ",\n  " + pretty
                + "\n]\n");
        List<String> lines = Files.readAllLines(array);
        int line = 0;
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).contains("\"pue\": 0.5")) {
                line = i + 1;
            }
        }
        assertThat(formatted(problemsOf(ws, "auto", array)))
                .containsExactly(array + ":" + line + ":5: pue is 0.5 (expected a decimal >= 1)");
    }

    @Test
    void a_missing_key_an_unknown_key_and_a_record_that_is_not_an_object_are_named() throws Exception {
        Map<String, String> noTeam = row(2);
        noTeam.remove("team");
        Path nd = Files.writeString(dir.resolve("a.ndjson"), json(row(1), Map.of()) + "\n" + json(noTeam, Map.of()) + "\n");
        assertThat(formatted(problemsOf(ws, "auto", nd)))
                .containsExactly(nd + ":2:1: team is missing (expected non-empty text)");
        Path extra = Files.writeString(dir.resolve("b.ndjson"),
                json(row(1), Map.of()).replace("}", ", \"colour\": \"green\"}") + "\n");
        assertThat(formatted(problemsOf(ws, "ufms-json", extra)).getFirst())
                .startsWith(extra + ":1:").contains("unknown field \"colour\" (in 1 record from this line on)");
        Path list = Files.writeString(dir.resolve("c.json"), "[" + json(row(1), Map.of()) + ", [1, 2]]");
        assertThat(formatted(problemsOf(ws, "ufms-json", list)))
                .containsExactly(list + ":1:" + (json(row(1), Map.of()).length() + 4)
                        + ": the record is a list (expected a JSON object with the ledger fields)");
    }

    @Test
    void truncated_json_is_unreadable_with_the_place_it_ends() throws Exception {
        String whole = json(row(1), Map.of()) + "\n" + json(row(2), Map.of());
        Path cut = Files.writeString(dir.resolve("cut.ndjson"), whole.substring(0, whole.length() - 40));
        List<Problem> problems = problemsOf(ws, "ufms-json", cut);
        assertThat(problems).singleElement().satisfies(p -> {
            assertThat(p.line()).isEqualTo(2);
            assertThat(p.message()).startsWith("the JSON ends too early (the file looks truncated)");
        });
        assertThat(ws.count("ledger")).isZero();
    }

    @Test
    void a_json_array_cut_after_a_comma_is_one_problem_at_jacksons_place_without_its_internals() throws Exception {
        Path cut = Files.writeString(dir.resolve("trunc.json"), "[" + json(row(1), Map.of()) + ",\n");
        assertThat(formatted(problemsOf(ws, "auto", cut))).containsExactly(cut + ":2:1: the JSON ends too early (the"
                + " file looks truncated): Unexpected end-of-input within/between Array entries (expected a JSON array"
                + " of objects)");
        Path open = Files.writeString(dir.resolve("trunc3.json"),
                "[" + json(row(1), Map.of()) + ",\n" + json(row(2), Map.of()) + "\n");
        assertThat(formatted(problemsOf(ws, "auto", open))).singleElement().asString()
                .startsWith(open + ":3:1: the JSON ends too early (the file looks truncated): Unexpected end-of-input:"
                        + " expected close marker for Array (start marker at line 1, column 1)")
                .endsWith("(expected a JSON array of objects)")
                .doesNotContain("Source", "\n");
        LedgerCheck.FileReport checked = new LedgerCheck(LedgerFixtures.service())
                .check(List.of(cut), "auto", ImportOptions.DEFAULT, ProgressListener.NONE).getFirst();
        assertThat(formatted(checked.errors())).containsExactly(cut + ":2:1: the JSON ends too early (the file looks"
                + " truncated): Unexpected end-of-input within/between Array entries (expected a JSON array of objects)");
    }

    @Test
    void a_key_given_twice_in_a_record_is_an_error_at_its_second_occurrence_naming_it() throws Exception {
        String record = json(row(1), Map.of()).replace("}", ", \"team\": \"x\"}");
        Path nd = Files.writeString(dir.resolve("dupkey.ndjson"), json(row(2), Map.of()) + "\n" + record + "\n");
        int second = record.lastIndexOf("\"team\"") + 1;
        int first = record.indexOf("\"team\"") + 1;
        for (String format : List.of("auto", "ufms-json", "bigquery-json")) {
            assertThat(formatted(problemsOf(ws, format, nd))).as(format).containsExactly(nd + ":2:" + second
                    + ": the key \"team\" is given twice in this record (first on line 2, column " + first + "), so its"
                    + " value is ambiguous (expected each key once per record)");
        }
        Path pretty = Files.writeString(dir.resolve("dupkey.json"), "[\n  " + json(row(2), Map.of()) + ",\n  "
                + record.replace(", \"team\": \"x\"", ",\n    \"team\": \"x\"") + "\n]\n");
        assertThat(formatted(problemsOf(ws, "auto", pretty))).singleElement().asString()
                .startsWith(pretty + ":4:5: the key \"team\" is given twice in this record (first on line 3, column ");
        assertThat(ws.count("ledger")).isZero();
    }

    @Test
    void an_object_where_a_text_value_belongs_says_the_field_must_be_text() throws Exception {
        Path nd = Files.writeString(dir.resolve("objval.ndjson"),
                json(row(1), Map.of("team", "{\"a\": 1}")) + "\n");
        List<String> problems = formatted(problemsOf(ws, "auto", nd));
        assertThat(problems).singleElement().asString()
                .contains("team is an object")
                .doesNotContain("team.a", "unknown field");
    }

    @Test
    void a_quoted_number_alone_does_not_make_a_file_a_bigquery_export_so_auto_reports_it() throws Exception {
        Path quoted = Files.writeString(dir.resolve("quoted.ndjson"),
                json(row(1), Map.of("energy_kwh", "\"40.5\"")) + "\n");
        int column = Files.readString(quoted).indexOf("\"energy_kwh\"") + 1;
        assertThat(formatted(problemsOf(ws, "auto", quoted)))
                .containsExactly(quoted + ":1:" + column + ": energy_kwh is the string \"40.5\" (expected a decimal >= 0)");
        // named as a BigQuery export, the same file reads (BigQuery writes NUMERIC in quotes)
        assertThat(importFiles(ws, "bigquery-json", quoted).getFirst().rows()).isEqualTo(1);
        // a BigQuery TIMESTAMP is a habit no UFMS:003 file has: then quoted numbers are read as BigQuery's
        Path utc = Files.writeString(dir.resolve("utc.ndjson"), json(row(2), Map.of("energy_kwh", "\"40.5\"",
                "signed_at", "\"2026-08-02 00:05:00 UTC\"")) + "\n");
        assertThat(importFiles(ws, "auto", utc).getFirst().format()).isEqualTo("bigquery-json");
    }

    @Test
    void an_empty_json_array_is_a_whole_file_problem() throws Exception {
        Path empty = Files.writeString(dir.resolve("empty.json"), "[]\n");
        assertThat(formatted(problemsOf(ws, "ufms-json", empty)))
                .containsExactly(empty + ":0:0: the file holds no records (expected at least one ledger record)");
    }

    @Test
    void bigquery_json_flattens_structs_and_reads_int64_and_numeric_strings_and_utc_timestamps() throws Exception {
        String record = "{\"date\": \"2026-10-02\", \"resource_id\": \"n1\", \"job_id\": \"j1\", \"attribution\":"
                + " {\"team\": \"search\", \"owner\": \"a@example.com\", \"model_family\": \"f\", \"model\": \"m\","
                + " \"framework\": \"jax\", \"provider\": \"gcp\", \"region\": \"europe-west3\", \"gpu_type\": \"L4\"},"
                + " \"usage\": {\"gpu_count\": \"8\", \"gpu_hours\": \"72.5\", \"energy_kwh\": \"10.000000000\","
                + " \"pue\": 1.12}, \"grid_intensity_g_per_kwh\": 200.0, \"emissions_kgco2e\": \"2.000000000\","
                + " \"methodology\": \"tdp-estimate@1\", \"intensity_source\": \"x\", \"signed_at\":"
                + " \"2026-10-03 00:05:00 UTC\"}";
        Path file = Files.writeString(dir.resolve("bq.ndjson"), record + "\n");
        ImportResult r = importFiles(ws, "auto", file).getFirst();
        assertThat(r.format()).isEqualTo("bigquery-json");
        assertThat(query(ws, "select team, gpu_count, energy_kwh, strftime(signed_at, '%Y-%m-%dT%H:%M:%S')"
                        + " from ledger"))
                .containsExactly("search | 8 | 10.000000 | 2026-10-03T00:05:00");
    }

    @Test
    void parquet_imports_with_row_numbers_and_reports_bad_values_by_row_and_column() throws Exception {
        Map<String, String> bad = row(3);
        bad.put("energy_kwh", "-2");
        Path source = csv(dir, "source.csv", 2, LedgerFixtures.csvLine(bad));
        Path parquet = dir.resolve("ledger.parquet");
        ws.execute("COPY (SELECT * REPLACE (CAST(date AS DATE) AS date, CAST(energy_kwh AS DOUBLE) AS energy_kwh,"
                + " CAST(gpu_count AS BIGINT) AS gpu_count, CAST(pue AS DECIMAL(8,2)) AS pue, CAST(gpu_hours AS FLOAT)"
                + " AS gpu_hours, CAST(grid_intensity_g_per_kwh AS DOUBLE) AS grid_intensity_g_per_kwh,"
                + " CAST(emissions_kgco2e AS DECIMAL(18,6)) AS emissions_kgco2e, CAST(market_based_kgco2e AS DOUBLE)"
                + " AS market_based_kgco2e, CAST(embodied_kgco2e AS DOUBLE) AS embodied_kgco2e, CAST(cost_usd AS"
                + " DOUBLE) AS cost_usd) FROM read_csv('" + source + "', header = true, all_varchar = true)) TO '"
                + parquet + "' (FORMAT parquet)");
        assertThat(formatted(problemsOf(ws, "auto", parquet)))
                .containsExactly(parquet + ":3:14: energy_kwh is -2.0 (expected a decimal >= 0)");
        Path good = dir.resolve("good.parquet");
        ws.execute("COPY (SELECT * REPLACE (CAST(date AS DATE) AS date) FROM read_csv('" + csv(dir, "g.csv", 2)
                + "', header = true, all_varchar = true)) TO '" + good + "' (FORMAT parquet)");
        assertThat(formatted(problemsOf(ws, "auto", good)))
                .as("text where Parquet should hold numbers is wrong, as in JSON")
                .first()
                .asString()
                .contains(":1:12: gpu_count is the string \"8\"");
    }

    @Test
    void a_bigquery_parquet_export_with_struct_columns_is_flattened() throws Exception {
        Path parquet = dir.resolve("bq.parquet");
        ws.execute("COPY (SELECT DATE '2026-10-02' AS date, 'n1' AS resource_id, 'j1' AS job_id,"
                + " {'team': 'search', 'owner': 'a@example.com', 'model_family': 'f', 'model': 'm', 'framework': 'jax',"
                + " 'provider': 'gcp', 'region': 'europe-west3', 'gpu_type': 'L4'} AS attribution,"
                + " {'gpu_count': 8::BIGINT, 'gpu_hours': 72.5::DECIMAL(38,9), 'energy_kwh': 10::DECIMAL(38,9),"
                + " 'pue': 1.12::DOUBLE} AS usage, 200.0 AS grid_intensity_g_per_kwh, 2.0::DECIMAL(38,9) AS"
                + " emissions_kgco2e, 'tdp-estimate@1' AS methodology, 'x' AS intensity_source,"
                + " TIMESTAMPTZ '2026-10-03 00:05:00+00' AS signed_at) TO '" + parquet + "' (FORMAT parquet)");
        assertThat(importFiles(ws, "auto", parquet).getFirst().rows()).isEqualTo(1);
        assertThat(query(ws, "select team, gpu_type, emissions_kgco2e, source_line from ledger"))
                .containsExactly("search | L4 | 2.000000 | 1");
    }

    @Test
    void a_truncated_parquet_file_is_unreadable() throws Exception {
        Path parquet = dir.resolve("ledger.parquet");
        ws.execute("COPY (SELECT * FROM read_csv('" + csv(dir, "s.csv", 3) + "', header = true)) TO '" + parquet
                + "' (FORMAT parquet)");
        byte[] bytes = Files.readAllBytes(parquet);
        Path cut = Files.write(dir.resolve("cut.parquet"), java.util.Arrays.copyOf(bytes, bytes.length / 2));
        assertThat(formatted(problemsOf(ws, "auto", cut)))
                .singleElement()
                .asString()
                .startsWith(cut + ":0:0: cannot read as Parquet: No magic bytes found at end of file")
                .endsWith("(the file may be truncated or damaged) (expected a complete Parquet file)");
    }
}
