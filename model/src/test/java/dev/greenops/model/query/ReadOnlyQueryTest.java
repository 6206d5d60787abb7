package dev.greenops.model.query;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

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
        "pivot ledger on team using sum(energy_kwh)",
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
    void refusal_messages_say_what_was_refused_and_why() {
        assertThatThrownBy(() -> QueryService.run(ws, "delete from ledger", 10, ProgressListener.NONE))
                .hasMessageContaining("DELETE statements are refused")
                .hasMessageContaining("never change the workspace");
        assertThatThrownBy(() -> QueryService.run(ws, "select * from read_csv('x.csv')", 10, ProgressListener.NONE))
                .hasMessageStartingWith("read_csv(...) is refused")
                .hasMessageContaining("never files");
        assertThatThrownBy(() -> QueryService.run(ws, "select 1; select 2", 10, ProgressListener.NONE))
                .hasMessageContaining("found 2 statements");
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
        assertThat(r.rows().get(1)).containsExactly(1L, java.time.LocalDate.of(2026, 8, 2), new java.math.BigDecimal("1.50"));
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
        assertThatThrownBy(() -> QueryService.openReadOnly(dir.resolve("missing.duckdb")))
                .isInstanceOf(WorkspaceException.class)
                .hasMessageContaining("No workspace at");
    }

    @Test
    void the_statement_kind_names_the_leading_keywords() {
        assertThat(ReadOnlyQuery.statementKind("  -- note\n drop table x")).isEqualTo("DROP TABLE");
        assertThat(ReadOnlyQuery.statementKind("/* c */ insert into x values (1)")).isEqualTo("INSERT");
    }
}
