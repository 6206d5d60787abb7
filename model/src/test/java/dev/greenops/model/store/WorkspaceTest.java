package dev.greenops.model.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WorkspaceTest {

    @TempDir
    Path dir;

    @Test
    void a_new_workspace_has_every_contract_table_and_is_offline() throws SQLException {
        try (Workspace ws = Workspace.inMemory()) {
            for (String table : new String[] {
                "ledger", "import_batch", "intensity", "region", "gpu", "job_metrics", "verification", "setting"
            }) {
                assertThat(ws.count(table)).as(table).isGreaterThanOrEqualTo(0);
            }
            String offline = ws.read(c -> {
                try (Statement s = c.createStatement();
                        ResultSet rs = s.executeQuery("select value from setting where key = 'offline'")) {
                    rs.next();
                    return rs.getString(1);
                }
            });
            assertThat(offline).isEqualTo("true");
        }
    }

    @Test
    void migrations_run_once_so_reopening_keeps_data() throws SQLException {
        Path file = dir.resolve("w.duckdb");
        try (Workspace ws = Workspace.open(file)) {
            ws.execute("insert into setting values ('marker', 'kept')");
        }
        try (Workspace ws = Workspace.open(file)) {
            assertThat(ws.count("setting")).isEqualTo(2);
            assertThat(ws.count("schema_migration")).isEqualTo(new Migrations().scripts().size());
        }
    }

    @Test
    void a_failed_transaction_leaves_the_workspace_unchanged() throws SQLException {
        try (Workspace ws = Workspace.inMemory()) {
            long before = ws.count("setting");
            assertThatThrownBy(() -> ws.inTransaction(c -> {
                        try (Statement s = c.createStatement()) {
                            s.execute("insert into setting values ('a', '1')");
                            s.execute("insert into setting values ('a', 'duplicate key')");
                        }
                        return null;
                    }))
                    .isInstanceOf(SQLException.class);
            assertThat(ws.count("setting")).isEqualTo(before);
        }
    }

    @Test
    void commit_listeners_hear_each_committed_transaction_but_not_a_rolled_back_one_or_a_read() throws Exception {
        try (Workspace ws = Workspace.inMemory()) {
            java.util.concurrent.atomic.AtomicInteger heard = new java.util.concurrent.atomic.AtomicInteger();
            AutoCloseable handle = ws.onCommit(heard::incrementAndGet);
            ws.inTransaction(c -> {
                try (Statement s = c.createStatement()) {
                    s.execute("insert into setting values ('b', '1')");
                }
                return null;
            });
            assertThat(heard).hasValue(1);
            assertThatThrownBy(() -> ws.inTransaction(c -> {
                        try (Statement s = c.createStatement()) {
                            s.execute("insert into setting values ('b', 'duplicate key')");
                        }
                        return null;
                    }))
                    .isInstanceOf(SQLException.class);
            ws.count("setting");
            assertThat(heard).as("a rollback and a read are not changes").hasValue(1);
            handle.close();
            ws.inTransaction(c -> null);
            assertThat(heard).as("a closed handle hears nothing").hasValue(1);
        }
    }

    @Test
    void save_as_copies_everything_and_refuses_to_overwrite() throws SQLException {
        try (Workspace ws = Workspace.inMemory()) {
            ws.execute("insert into setting values ('copied', 'yes')");
            Path target = dir.resolve("copy.duckdb");
            try (Workspace copy = ws.saveAs(target)) {
                assertThat(copy.file()).contains(target.toAbsolutePath());
                assertThat(copy.count("setting")).isEqualTo(2);
                assertThat(copy.displayName()).isEqualTo("copy");
            }
            assertThatThrownBy(() -> ws.saveAs(target))
                    .isInstanceOf(WorkspaceException.class)
                    .hasMessageContaining("Will not overwrite");
        }
    }

    @Test
    void a_folder_an_empty_file_or_another_kind_of_file_is_named_as_such_and_left_alone() throws Exception {
        Path folder = java.nio.file.Files.createDirectories(dir.resolve("folder.duckdb"));
        Path empty = java.nio.file.Files.createFile(dir.resolve("empty.duckdb"));
        Path text = java.nio.file.Files.writeString(dir.resolve("notes.duckdb"), "not a database, just notes");
        assertThat(problem(folder)).isEqualTo(folder.toAbsolutePath() + ":0:0: it is a folder, not a workspace file"
                + " (expected a workspace file made by greenops, or a new file name to create one)");
        assertThat(problem(empty)).startsWith(empty.toAbsolutePath() + ":0:0: the file is empty, not a workspace");
        assertThat(problem(text)).startsWith(text.toAbsolutePath() + ":0:0: it is not a DuckDB workspace file");
        assertThat(java.nio.file.Files.readString(text)).isEqualTo("not a database, just notes");
        assertThat(java.nio.file.Files.size(empty)).isZero();
        assertThatThrownBy(() -> Workspace.open(text)).hasMessageStartingWith("Cannot open workspace ");
    }

    @Test
    void opening_an_existing_workspace_never_creates_one() throws Exception {
        Path missing = dir.resolve("missing.duckdb");
        assertThat(problem(() -> Workspace.openExisting(missing.toString())))
                .startsWith(missing.toAbsolutePath() + ":0:0: no such workspace");
        assertThat(missing).doesNotExist();
        Workspace.open(missing).close();
        try (Workspace ws = Workspace.openExisting(missing.toString())) {
            assertThat(ws.count("ledger")).isZero();
        }
        try (Workspace ws = Workspace.openExisting(Workspace.IN_MEMORY)) {
            assertThat(ws.file()).isEmpty();
        }
    }

    static String problem(Path file) {
        return problem(() -> Workspace.open(file));
    }

    static String problem(Runnable open) {
        try {
            open.run();
        } catch (WorkspaceException e) {
            return e.problem().orElseThrow().format();
        }
        throw new AssertionError("expected a WorkspaceException");
    }

    @Test
    void statements_are_split_on_line_ending_semicolons_and_comments_dropped() {
        assertThat(Migrations.statements("-- c\ncreate table a (x int);\n\ninsert into a values (1);\n"))
                .containsExactly("create table a (x int)", "insert into a values (1)");
    }
}
