package dev.greenops.model.query;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.greenops.model.common.ProgressListener;
import dev.greenops.model.store.Workspace;
import dev.greenops.model.store.WorkspaceException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ReadOnlyQueryTest {

    @TempDir
    static Path dir;

    Workspace ws;

    @BeforeEach
    void open() throws Exception {
        ws = Workspace.inMemory();
        ws.execute("insert into setting values ('marker', 'kept')");
        Files.writeString(dir.resolve("secret.csv"), "a,b\n1,2\n");
    }

    @AfterEach
    void close() {
        ws.close();
    }

    private void assertUnchanged() throws SQLException {
        assertThat(ws.count("setting")).isEqualTo(2);
        assertThat(ws.count("ledger")).isZero();
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "insert into setting values ('x', 'y')",
        "update setting set value = 'false'",
        "delete from setting",
        "drop table ledger",
        "create table t as select 1",
        "create view v as select 1",
        "create macro m() as 1",
        "alter table ledger add column x int",
        "truncate setting",
        "copy setting to '/tmp/greenops-leak.csv'",
        "copy setting from '/etc/hosts'",
        "export database '/tmp/greenops-export'",
        "attach '/tmp/other.duckdb' as other",
        "detach memory",
        "install httpfs",
        "load httpfs",
        "pragma enable_profiling",
        "set enable_external_access = true",
        "set threads = 1",
        "reset threads",
        "call checkpoint()",
        "checkpoint",
        "begin transaction",
        "vacuum",
        "use system",
    })
    void statements_that_are_not_queries_are_refused(String sql) throws SQLException {
        assertThatThrownBy(() -> QueryService.run(ws, sql, 100, ProgressListener.NONE))
                .isInstanceOf(QueryRefusedException.class)
                .hasMessageContaining("Only read-only queries run here");
        assertUnchanged();
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "select * from read_csv('SECRET')",
        "select * from read_csv_auto('SECRET')",
        "select * from read_parquet('SECRET')",
        "select * from read_json('SECRET')",
        "select * from read_text('SECRET')",
        "select * from read_blob('SECRET')",
        "select * from glob('/etc/*')",
        "select * from query('select * from read_csv(''SECRET'')')",
        "select * from query_table('setting')",
        "select * from sniff_csv('SECRET')",
        "select * from duckdb_secrets()",
        "select * from duckdb_settings()",
        "select * from duckdb_extensions()",
        "select * from ledger, read_csv('SECRET')",
        "select (select count(*) from read_csv('SECRET'))",
        "select * from ledger where team in (select a from read_csv('SECRET'))",
        "with x as (select * from read_csv('SECRET')) select * from x",
        "select 1 union all select count(*) from read_csv('SECRET')",
        "select * from ledger, lateral (select * from read_csv(ledger.team))",
        "describe select * from read_csv('SECRET')",
        "summarize select * from read_csv('SECRET')",
        "select * from iceberg_scan('s3://bucket/t')",
        "select * from read_csv('https://example.com/x.csv')",
        "select * from parquet_metadata('SECRET')",
    })
    void table_functions_that_read_files_or_run_sql_are_refused(String template) throws SQLException {
        String sql = template.replace("SECRET", dir.resolve("secret.csv").toString());
        assertThatThrownBy(() -> QueryService.run(ws, sql, 100, ProgressListener.NONE))
                .isInstanceOf(QueryRefusedException.class)
                .hasMessageContaining("is refused");
        assertUnchanged();
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "select * from 'SECRET'",
        "from 'SECRET'",
        "select * from \"SECRET\"",
        "describe 'SECRET'",
        "show 'SECRET'",
        "summarize 'SECRET'",
        "select * from 'https://example.com/data.parquet'",
        "select * from ledger join 'SECRET' on true",
    })
    void replacement_scans_of_files_and_urls_are_refused(String template) throws SQLException {
        String sql = template.replace("SECRET", dir.resolve("secret.csv").toString());
        assertThatThrownBy(() -> QueryService.run(ws, sql, 100, ProgressListener.NONE))
                .isInstanceOf(QueryRefusedException.class)
                .hasMessageContaining("looks like a file or URL")
                .hasMessageContaining("Tables: ")
                .hasMessageContaining("ledger");
        assertUnchanged();
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "select getenv('HOME')",
        "select nextval('import_batch_seq')",
        "select current_setting('home_directory')",
        "select * from ledger where team = getenv('USER')",
        "select * from other_db.main.ledger",
        "select * from no_such_table",
        "select 1; select 2",
        "select 1; drop table ledger",
        "",
        "selec 1",
    })
    void environment_state_other_databases_and_several_statements_are_refused(String sql) throws SQLException {
        assertThatThrownBy(() -> QueryService.run(ws, sql, 100, ProgressListener.NONE))
                .isInstanceOf(QueryRefusedException.class);
        assertUnchanged();
        long next = ws.read(c -> {
            try (var s = c.createStatement(); var rs = s.executeQuery("select nextval('import_batch_seq')")) {
                rs.next();
                return rs.getLong(1);
            }
        });
        assertThat(next).isEqualTo(1); // the sequence never moved
    }

    @Test
    void several_statements_are_refused_as_several_naming_each_not_as_the_first_one() throws Exception {
        assertThatThrownBy(() -> QueryService.run(ws, "select 1; drop table ledger", 10, ProgressListener.NONE))
                .isInstanceOf(QueryRefusedException.class)
                .hasMessage("Only one statement is allowed, but 2 were given (SELECT; DROP TABLE). Run them one at a"
                        + " time. On its own, DROP TABLE would be refused too: the console and `greenops query` never"
                        + " change the workspace.")
                .message().doesNotContain("SELECT statements are refused");
        assertThatThrownBy(() -> QueryService.run(ws, "select 1; select 2;", 10, ProgressListener.NONE))
                .hasMessage("Only one statement is allowed, but 2 were given (SELECT; SELECT). Run them one at a time.");
        assertThatThrownBy(() -> QueryService.run(ws, "select 1; select 2; pivot ledger on team using count(*)", 10,
                        ProgressListener.NONE))
                .hasMessage("Only one statement is allowed, but 3 were given (SELECT; SELECT; PIVOT). Run them one at"
                        + " a time.");
        // a semicolon inside a string or a comment does not make a second statement
        assertThatThrownBy(() -> QueryService.run(ws, "select ';' as a -- x; y\n; delete from setting", 10,
                        ProgressListener.NONE))
                .hasMessageContaining("but 2 were given (SELECT; DELETE)");
        assertThat(QueryService.run(ws, "select 'a;b' as x; -- trailing comment", 10, ProgressListener.NONE).rows())
                .containsExactly(List.of("a;b"));
        assertUnchanged();
    }

    private void twoLedgerRows() throws Exception {
        ws.execute("insert into import_batch values (1, 'a.csv', null, '" + "0".repeat(64) + "', 2, 'ufms-csv',"
                + " 'ledger', timestamp '2026-11-01 10:00', null)");
        ws.execute("insert into ledger (date, resource_id, job_id, team, owner, model_family, model, framework,"
                + " provider, region, gpu_type, gpu_hours, energy_kwh, pue, grid_intensity_g_per_kwh,"
                + " emissions_kgco2e, methodology, intensity_source, batch_id) values"
                + " ('2026-08-01', 'n1', 'j', 'recsys', 'a@x.io', 'f', 'm', 'pytorch', 'gcp', 'europe-west3', 'L4', 1,"
                + "  10, 1.1, 400, 4, 'm@1', 's', 1),"
                + " ('2026-08-01', 'n2', 'j', 'search', 'a@x.io', 'f', 'm', 'pytorch', 'gcp', 'europe-west3', 'L4', 1,"
                + "  5, 1.1, 400, 2, 'm@1', 's', 1)");
    }

    @Test
    void pivot_with_an_in_list_is_a_select_and_runs() throws Exception {
        twoLedgerRows();
        QueryResult r = QueryService.run(ws, "pivot ledger on team in ('recsys', 'search') using sum(emissions_kgco2e)"
                + " group by date", 10, ProgressListener.NONE);
        assertThat(r.columns()).extracting(QueryResult.Column::name).containsExactly("date", "recsys", "search");
        assertThat(r.rows().getFirst().subList(1, 3)).extracting(Object::toString).containsExactly("4", "2");
        QueryResult standard = QueryService.run(ws, "select * from (select team, emissions_kgco2e from ledger)"
                + " pivot (sum(emissions_kgco2e) for team in ('recsys', 'search'))", 10, ProgressListener.NONE);
        assertThat(standard.rows()).hasSize(1);
        // a PIVOT's source is checked like any other table reference
        String file = dir.resolve("secret.csv").toString();
        assertThatThrownBy(() -> QueryService.run(ws, "pivot '" + file + "' on a in ('1') using count(*)", 10,
                        ProgressListener.NONE))
                .hasMessageContaining("looks like a file or URL");
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "pivot ledger on team using sum(emissions_kgco2e) group by date",
        "PIVOT ledger ON team USING sum(emissions_kgco2e) GROUP BY date;",
        "pivot_wider ledger on team using sum(emissions_kgco2e) group by date",
        "pivot (select date, team, emissions_kgco2e from ledger) on team using sum(emissions_kgco2e) group by date",
        "with p as (pivot ledger on team using sum(emissions_kgco2e) group by date) select * from p",
        "pivot ledger on team, provider using sum(emissions_kgco2e) group by date",
        "-- per team\npivot ledger on upper(team) using sum(emissions_kgco2e) group by date order by date",
    })
    void pivot_without_in_lists_runs_like_any_read_only_query(String sql) throws Exception {
        twoLedgerRows();
        QueryResult r = QueryService.run(ws, sql, 10, ProgressListener.NONE);
        assertThat(r.columns()).extracting(QueryResult.Column::name).first().isEqualTo("date");
        assertThat(r.columns()).hasSizeGreaterThanOrEqualTo(3);
        assertThat(r.rows()).hasSize(1);
        assertThat(ws.count("ledger")).isEqualTo(2);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "pivot 'SECRET' on a using count(*)",
        "pivot (select * from read_csv('SECRET')) on a using count(*)",
        "pivot ledger on getenv('HOME') using count(*)",
        "pivot ledger on team using count(*) group by (select a from read_csv('SECRET'))",
        "pivot other_db.main.ledger on team using count(*)",
    })
    void pivot_without_in_lists_is_checked_like_a_select(String template) throws SQLException {
        String sql = template.replace("SECRET", dir.resolve("secret.csv").toString());
        assertThatThrownBy(() -> QueryService.run(ws, sql, 10, ProgressListener.NONE))
                .isInstanceOf(QueryRefusedException.class)
                .message().doesNotContain("Only one statement");
        assertUnchanged();
    }

    @Test
    void pivot_placeholders_are_only_added_where_an_on_column_has_no_in_list() {
        assertThat(PivotLists.withPlaceholders("pivot ledger on team using sum(e)"))
                .isEqualTo("pivot ledger on team IN ('') using sum(e)");
        assertThat(PivotLists.withPlaceholders("pivot ledger on team in ('a'), f(x, y) using sum(e)"))
                .isEqualTo("pivot ledger on team in ('a'), f(x, y) IN ('') using sum(e)");
        assertThat(PivotLists.withPlaceholders("select 'pivot x on y' from ledger")).isEqualTo("select 'pivot x on y' from ledger");
        assertThat(PivotLists.withPlaceholders("with p as (pivot t on a) select * from p"))
                .isEqualTo("with p as (pivot t on a IN ('')) select * from p");
    }

    @Test
    void refusal_messages_say_what_was_refused_and_why() {
        assertThatThrownBy(() -> QueryService.run(ws, "delete from ledger", 10, ProgressListener.NONE))
                .hasMessageContaining("DELETE statements are refused")
                .hasMessageContaining("never change the workspace");
        assertThatThrownBy(() -> QueryService.run(ws, "select * from read_csv('x.csv')", 10, ProgressListener.NONE))
                .hasMessageStartingWith("read_csv(...) is refused")
                .hasMessageContaining("never files");
        assertThatThrownBy(() -> QueryService.run(ws, "select 1; select 2", 10, ProgressListener.NONE))
                .hasMessageStartingWith("Only one statement is allowed, but 2 were given");
        assertThatThrownBy(() -> QueryService.run(ws, "selec 1", 10, ProgressListener.NONE))
                .hasMessageContaining("does not parse").hasMessageContaining("selec");
        assertThatThrownBy(() -> QueryService.run(ws, "select * from nope", 10, ProgressListener.NONE))
                .hasMessageContaining("'nope' is not a table of this workspace");
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "select team, sum(emissions_kgco2e) from ledger group by team",
        "from ledger",
        "with t as (select 1 as x) select * from t",
        "with recursive r(n) as (select 1 union all select n + 1 from r where n < 3) select * from r",
        "select * from range(3)",
        "select * from generate_series(1, 3)",
        "select unnest([1, 2, 3])",
        "select * from information_schema.tables",
        "select * from duckdb_tables()",
        "select * from duckdb_columns() where table_name = 'ledger'",
        "describe ledger",
        "show tables",
        "summarize setting",
        "values (1, 'a'), (2, 'b')",
        "select * from main.setting",
        "select * from setting s join setting t on s.key = t.key",
        "select 'it''s a string with read_csv(''x'') inside'",
        "select count(*) from ledger where date > current_date - interval 30 day",
    })
    void read_only_queries_over_the_workspace_run(String sql) throws Exception {
        QueryResult r = QueryService.run(ws, sql, 100, ProgressListener.NONE);
        assertThat(r.columns()).isNotEmpty();
        assertUnchanged();
    }

    @Test
    void a_result_keeps_types_and_says_when_it_was_cut() throws Exception {
        QueryResult r = QueryService.run(
                ws, "select range as n, date '2026-08-01' + cast(range as int) as d, 1.50::decimal(4,2) as x from range(5)",
                3, ProgressListener.NONE);
        assertThat(r.columns()).extracting(QueryResult.Column::name).containsExactly("n", "d", "x");
        assertThat(r.columns().getFirst().isNumeric()).isTrue();
        assertThat(r.rows()).hasSize(3);
        assertThat(r.truncated()).isTrue();
        assertThat(r.rows().get(1)).containsExactly(1L, java.time.LocalDate.of(2026, 8, 2), new java.math.BigDecimal("1.5")); // the value, not the column scale
    }

    @Test
    void a_query_error_is_reported_with_duckdbs_first_line() {
        assertThatThrownBy(() -> QueryService.run(ws, "select no_such_column from ledger", 10, ProgressListener.NONE))
                .isInstanceOf(QueryFailedException.class)
                .hasMessageContaining("no_such_column")
                .hasMessageNotContaining("\n");
    }

    @Test
    void the_read_only_file_connection_cannot_write_read_files_or_change_settings() throws Exception {
        Path file = dir.resolve("ro.duckdb");
        try (Workspace w = Workspace.open(file)) {
            w.execute("insert into setting values ('marker', 'kept')");
        }
        try (Connection c = QueryService.openReadOnly(file)) {
            assertThat(QueryService.run(c, "select count(*) from setting", 10, ProgressListener.NONE).rows())
                    .containsExactly(List.of(2L));
            // a PIVOT without IN lists needs no write, so it runs on the read-only file too
            assertThat(QueryService.run(c, "pivot setting on key using count(*)", 10, ProgressListener.NONE).columns())
                    .extracting(QueryResult.Column::name).contains("marker");
            // even bypassing the checker, the connection itself refuses
            for (String sql : List.of(
                    "insert into setting values ('x', 'y')",
                    "select * from read_csv('" + dir.resolve("secret.csv") + "')",
                    "set enable_external_access = true",
                    "copy setting to '" + dir.resolve("leak.csv") + "'")) {
                try (var s = c.createStatement()) {
                    assertThatThrownBy(() -> s.execute(sql)).as(sql).isInstanceOf(SQLException.class);
                }
            }
        }
        assertThat(dir.resolve("leak.csv")).doesNotExist();
        Path missing = dir.resolve("missing.duckdb");
        assertThat(catchThrowableOfType(WorkspaceException.class, () -> QueryService.openReadOnly(missing)).problem())
                .hasValueSatisfying(p -> assertThat(p.format()).isEqualTo(missing + ":0:0: no such workspace (expected"
                        + " an existing workspace file, or :memory: for an empty one; greenops import --workspace FILE"
                        + " ... creates one)"));
        assertThat(missing).doesNotExist();
    }

    @Test
    void a_workspace_another_program_holds_is_said_as_import_says_it() throws Exception {
        Path file = dir.resolve("held.duckdb");
        try (Workspace w = Workspace.open(file)) {
            w.execute("insert into setting values ('marker', 'kept')");
        }
        Process holder = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), WorkspaceLockHolder.class.getName(), file.toString())
                .redirectError(ProcessBuilder.Redirect.DISCARD).start();
        try {
            String first = new java.io.BufferedReader(new java.io.InputStreamReader(holder.getInputStream())).readLine();
            assertThat(first).isEqualTo("locked");
            WorkspaceException e = catchThrowableOfType(WorkspaceException.class, () -> QueryService.openReadOnly(file));
            assertThat(e.problem()).hasValueSatisfying(p -> assertThat(p.format()).isEqualTo(file + ":0:0: the"
                    + " workspace is open in another program (GreenOps Workbench or DuckDB) (expected one program at a"
                    + " time: close it there, or open a copy)"));
        } finally {
            holder.getOutputStream().close();
            if (!holder.waitFor(30, java.util.concurrent.TimeUnit.SECONDS)) {
                holder.destroyForcibly();
            }
        }
    }

    @Test
    void the_statement_kind_names_the_leading_keywords() {
        assertThat(ReadOnlyQuery.statementKind("  -- note\n drop table x")).isEqualTo("DROP TABLE");
        assertThat(ReadOnlyQuery.statementKind("/* c */ insert into x values (1)")).isEqualTo("INSERT");
    }
}
