package dev.greenops.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.greenops.model.store.Workspace;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class QueryCommandTest {

    @TempDir
    static Path dir;

    static String ws;

    @BeforeAll
    static void workspace() throws Exception {
        Path file = dir.resolve("w.duckdb");
        try (Workspace w = Workspace.open(file)) {
            w.execute("insert into import_batch values (1, 'a.csv', '/a.csv', '" + "0".repeat(64)
                    + "', 2, 'ufms-csv', 'ledger', timestamp '2026-11-01 10:00', null)");
            w.execute("insert into ledger (date, resource_id, job_id, team, owner, model_family, model, framework,"
                    + " provider, region, gpu_type, gpu_hours, energy_kwh, pue, grid_intensity_g_per_kwh,"
                    + " emissions_kgco2e, methodology, intensity_source, batch_id, source_line) values"
                    + " (date '2026-08-01', 'n1', 'train-rec-v3', 'recsys', 'a@x.io', 'rec', 'rec-v3', 'pytorch', 'gcp',"
                    + "  'europe-west3', 'H100 SXM', 8, 10.5, 1.1, 400, 4.2, 'measured-nvml@1', 'src, with comma', 1, 2),"
                    + " (date '2026-08-02', 'n1', 'train-rec-v3', 'search \"quoted\"', 'a@x.io', 'rec', 'rec-v3', 'pytorch',"
                    + "  'gcp', 'europe-west3', 'H100 SXM', 8, 20, 1.1, 400, 8, 'measured-nvml@1', 's', 1, 3)");
        }
        ws = file.toString();
    }

    @Test
    void table_format_aligns_columns_right_aligns_numbers_and_counts_rows() {
        CliTest.Run r = CliTest.run("query", "--workspace", ws,
                "select team, sum(energy_kwh) as kwh from ledger group by team order by team");
        assertThat(r.code()).isZero();
        assertThat(r.out().lines()).containsExactly(
                "team              kwh",
                "---------------  ----",
                "recsys           10.5",
                "search \"quoted\"    20",
                "(2 rows)");
        assertThat(r.err()).isEmpty();
    }

    @Test
    void csv_format_quotes_what_needs_quoting_and_leaves_null_empty() {
        CliTest.Run r = CliTest.run("query", "--workspace", ws, "--format", "csv",
                "select date, team, intensity_source, market_based_kgco2e from ledger order by date");
        assertThat(r.code()).isZero();
        assertThat(r.out().lines()).containsExactly(
                "date,team,intensity_source,market_based_kgco2e",
                "2026-08-01,recsys,\"src, with comma\",",
                "2026-08-02,\"search \"\"quoted\"\"\",s,");
    }

    @Test
    void json_format_is_an_array_of_objects_with_numbers_as_numbers() throws Exception {
        CliTest.Run r = CliTest.run("query", "--workspace", ws, "--format", "json",
                "select date, energy_kwh, gpu_count, team from ledger order by date");
        assertThat(r.code()).isZero();
        JsonNode rows = new ObjectMapper().readTree(r.out());
        assertThat(rows.isArray()).isTrue();
        assertThat(rows).hasSize(2);
        assertThat(rows.get(0).get("date").asText()).isEqualTo("2026-08-01");
        assertThat(rows.get(0).get("energy_kwh").isNumber()).isTrue();
        assertThat(rows.get(0).get("energy_kwh").decimalValue()).isEqualByComparingTo("10.5");
        assertThat(rows.get(0).get("gpu_count").isNull()).isTrue();
    }

    @Test
    void csv_and_json_print_decimal_values_not_the_padded_column_scale() throws Exception {
        String sql = "select energy_kwh, pue, grid_intensity_g_per_kwh from ledger order by date";
        CliTest.Run csv = CliTest.run("query", "--workspace", ws, "--format", "csv", sql);
        assertThat(csv.out().lines()).containsExactly("energy_kwh,pue,grid_intensity_g_per_kwh", "10.5,1.1,400",
                "20,1.1,400");
        CliTest.Run json = CliTest.run("query", "--workspace", ws, "--format", "json", sql);
        assertThat(json.out()).contains("\"energy_kwh\":10.5,\"pue\":1.1,\"grid_intensity_g_per_kwh\":400")
                .doesNotContain("10.500000").doesNotContain("1.1000");
    }

    @Test
    void json_prints_lists_structs_and_maps_as_arrays_and_objects_while_tables_show_duckdbs_text() throws Exception {
        String sql = "select [1, 2] as l, {'a': 1.50::decimal(9,2), 'b': [date '2026-08-01', null]} as s,"
                + " map {'k': [1]} as m, [[1], [2, 3]] as ll";
        CliTest.Run json = CliTest.run("query", "--workspace", ws, "--format", "json", sql);
        assertThat(json.code()).as(json.err()).isZero();
        assertThat(new ObjectMapper().readTree(json.out()).get(0).toString()).isEqualTo(
                "{\"l\":[1,2],\"s\":{\"a\":1.5,\"b\":[\"2026-08-01\",null]},\"m\":{\"k\":[1]},\"ll\":[[1],[2,3]]}");
        CliTest.Run table = CliTest.run("query", "--workspace", ws, "select [1, 2] as l, {'a': 1} as s");
        assertThat(table.out().lines()).contains("[1, 2]  {'a': 1}");
    }

    @Test
    void table_numbers_have_thousands_separators_and_their_own_digits_while_csv_and_json_stay_raw() throws Exception {
        String sql = "select 9132.681900::decimal(18,6) as d, 1234567::bigint as n, 12345.5::double as x,"
                + " -1000.0::decimal(9,1) as neg, 2026 as y";
        CliTest.Run table = CliTest.run("query", "--workspace", ws, sql);
        assertThat(table.out().lines()).containsExactly(
                "         d          n         x     neg      y",
                "----------  ---------  --------  ------  -----",
                "9,132.6819  1,234,567  12,345.5  -1,000  2,026",
                "(1 row)");
        CliTest.Run csv = CliTest.run("query", "--workspace", ws, "--format", "csv", sql);
        assertThat(csv.out().lines()).containsExactly("d,n,x,neg,y", "9132.6819,1234567,12345.5,-1000,2026");
        CliTest.Run json = CliTest.run("query", "--workspace", ws, "--format", "json", sql);
        assertThat(new ObjectMapper().readTree(json.out()).get(0).toString())
                .isEqualTo("{\"d\":9132.6819,\"n\":1234567,\"x\":12345.5,\"neg\":-1000,\"y\":2026}");
    }

    @Test
    void words_of_an_unquoted_query_are_joined() {
        CliTest.Run r = CliTest.run("query", "--workspace", ws, "--format", "csv", "select", "count(*)", "as", "n", "from", "ledger");
        assertThat(r.out().lines()).containsExactly("n", "2");
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "delete from ledger",
        "drop table ledger",
        "insert into ledger select * from ledger",
        "copy ledger to '/tmp/greenops-query-leak.csv'",
        "attach '/tmp/greenops-other.duckdb' as o",
        "install httpfs",
        "load httpfs",
        "set enable_external_access = true",
        "pragma enable_profiling",
        "select * from read_csv('/etc/passwd')",
        "select * from '/etc/passwd'",
        "select * from 'https://example.com/x.parquet'",
        "select getenv('HOME')",
        "select 1; select 2",
    })
    void refused_statements_exit_2_with_a_clear_message_and_print_nothing(String sql) throws Exception {
        for (String format : new String[] {"table", "csv", "json"}) {
            CliTest.Run r = CliTest.run("query", "--workspace", ws, "--format", format, sql);
            assertThat(r.code()).as(sql).isEqualTo(ExitCode.BAD_INPUT);
            assertThat(r.err()).startsWith("greenops: query refused: ").doesNotContain("Exception").doesNotContain("\tat ");
            assertThat(r.out()).isEmpty();
        }
        assertThat(Path.of("/tmp/greenops-query-leak.csv")).doesNotExist();
        CliTest.Run count = CliTest.run("query", "--workspace", ws, "--format", "csv", "select count(*) from ledger");
        assertThat(count.out().lines()).containsExactly("count_star()", "2");
    }

    @Test
    void a_failing_query_exits_2_with_duckdbs_reason() {
        CliTest.Run r = CliTest.run("query", "--workspace", ws, "select nope from ledger");
        assertThat(r.code()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(r.err()).startsWith("greenops: query failed: ").contains("nope");
        assertThat(r.err().lines()).hasSize(1);
    }

    @Test
    void a_missing_workspace_exits_2_and_is_not_created() {
        Path missing = dir.resolve("missing.duckdb");
        CliTest.Run r = CliTest.run("query", "--workspace", missing.toString(), "select 1");
        assertThat(r.code()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(r.err()).isEqualTo("greenops: " + missing.toAbsolutePath().normalize() + ":0:0: no such workspace"
                + " (expected an existing workspace file, or :memory: for an empty one; greenops import --workspace FILE"
                + " ... creates one)\n");
        assertThat(missing).doesNotExist();
    }

    @Test
    void an_in_memory_workspace_has_the_contract_tables_and_no_file_access() throws Exception {
        CliTest.Run ok = CliTest.run("query", "--workspace", ":memory:", "--format", "csv", "select count(*) as n from ledger");
        assertThat(ok.code()).isZero();
        assertThat(ok.out().lines()).containsExactly("n", "0");
        Files.writeString(dir.resolve("x.csv"), "a\n1\n");
        CliTest.Run refused = CliTest.run("query", "--workspace", ":memory:", "select * from read_csv('" + dir.resolve("x.csv") + "')");
        assertThat(refused.code()).isEqualTo(ExitCode.BAD_INPUT);
    }

    @Test
    void a_query_without_sql_is_a_usage_error() {
        CliTest.Run r = CliTest.run("query", "--workspace", ws);
        assertThat(r.code()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(r.err()).contains("SQL");
    }
}
