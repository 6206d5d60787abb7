package dev.greenops.model.store;

import dev.greenops.model.common.Problem;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Objects;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.CopyOnWriteArrayList;
import org.duckdb.DuckDBConnection;

/**
 * One workspace = one DuckDB file (or {@code :memory:}). Holds one database instance; every unit of work gets its own
 * duplicated connection, so work on several threads never shares a JDBC connection. Opening migrates the schema.
 */
public final class Workspace implements AutoCloseable {

    public static final String IN_MEMORY = ":memory:";

    private final Path file; // null when in memory
    private DuckDBConnection root;
    private final CopyOnWriteArrayList<Runnable> commitListeners = new CopyOnWriteArrayList<>();

    private Workspace(Path file, DuckDBConnection root) {
        this.file = file;
        this.root = root;
    }

    /**
     * Opens an existing workspace at {@code location} (or a new {@code :memory:} one): for commands that only read a
     * workspace, where creating an empty file would help nobody.
     *
     * @throws WorkspaceException when there is no workspace file there
     */
    public static Workspace openExisting(String location) {
        Objects.requireNonNull(location, "location");
        if (!IN_MEMORY.equals(location)) {
            WorkspaceFiles.check(Path.of(location).toAbsolutePath().normalize(), true);
        }
        return open(location);
    }

    /**
     * Throws when {@code file} exists but cannot be a workspace (a folder, an empty file, not a DuckDB file), with a
     * {@link WorkspaceException#problem()} saying which.
     */
    public static void checkFile(Path file) {
        WorkspaceFiles.check(file.toAbsolutePath().normalize(), false);
    }

    /**
     * Throws, as {@link #openExisting} does, when there is no workspace at {@code file} or the file cannot be one (for
     * readers that open the file themselves, such as the read-only query connection).
     */
    public static void checkExisting(Path file) {
        WorkspaceFiles.check(file.toAbsolutePath().normalize(), true);
    }

    /**
     * DuckDB's failure to open {@code file} in the words {@link #open} uses (another program holds it, another DuckDB
     * version wrote it), else its own first line; always as a {@code FILE:0:0: reason (expected ...)} problem.
     */
    public static WorkspaceException openFailure(Path file, SQLException e) {
        Path absolute = file.toAbsolutePath().normalize();
        WorkspaceException known = WorkspaceFiles.explain(absolute, e.getMessage(), e);
        return known != null ? known : new WorkspaceException(Problem.error(absolute.toString(), 0, 0,
                "cannot open it: " + firstLine(e.getMessage()), WorkspaceFiles.EXPECTED), e);
    }

    /**
     * Opens (creating if needed) the workspace at {@code location}, a file path or {@code :memory:}. Like every
     * workspace a user opens, a new one holds the reference catalogues (regions and their zones and annual averages,
     * GPUs, PUE defaults: {@link Seeds}).
     */
    public static Workspace open(String location) {
        Objects.requireNonNull(location, "location");
        if (!IN_MEMORY.equals(location)) {
            return open(Path.of(location));
        }
        Workspace ws = new Workspace(null, connectRoot("jdbc:duckdb:", "an in-memory workspace"));
        ws.migrate(true);
        return ws;
    }

    /**
     * A bare in-memory workspace: the schema without seed data. For scratch work (checking a file, staging) and for
     * tests that build exactly the data they need; a user's throwaway workspace is {@code open(":memory:")}.
     */
    public static Workspace inMemory() {
        Workspace ws = new Workspace(null, connectRoot("jdbc:duckdb:", "an in-memory workspace"));
        ws.migrate(false);
        return ws;
    }

    public static Workspace open(Path file) {
        Path absolute = file.toAbsolutePath().normalize();
        WorkspaceFiles.check(absolute, false); // the folder must exist: opening never creates folders
        Workspace ws = new Workspace(absolute, connectRoot("jdbc:duckdb:" + absolute, absolute.toString()));
        ws.migrate(true);
        return ws;
    }

    private static DuckDBConnection connectRoot(String url, String what) {
        Properties props = new Properties();
        // offline by default: never download an extension behind the user's back
        props.setProperty("autoinstall_known_extensions", "false");
        props.setProperty("allow_community_extensions", "false");
        try {
            Connection c = DriverManager.getConnection(url, props);
            return c.unwrap(DuckDBConnection.class);
        } catch (SQLException e) {
            WorkspaceException known = url.equals("jdbc:duckdb:") ? null
                    : WorkspaceFiles.explain(Path.of(what), e.getMessage(), e);
            throw known != null ? known
                    : new WorkspaceException("Cannot open workspace " + what + ": " + firstLine(e.getMessage()), e);
        }
    }

    private void migrate(boolean seeds) {
        try (Connection c = connect()) {
            new Migrations().apply(c, seeds);
        } catch (SQLException e) {
            close();
            throw new WorkspaceException("Cannot prepare the workspace schema: " + firstLine(e.getMessage()), e);
        }
    }

    /** The workspace file, or empty for an in-memory workspace. */
    public Optional<Path> file() {
        return Optional.ofNullable(file);
    }

    /** A short name for title bars and status lines. */
    public String displayName() {
        if (file == null) {
            return "in-memory workspace";
        }
        String name = file.getFileName().toString();
        return name.endsWith(".duckdb") ? name.substring(0, name.length() - ".duckdb".length()) : name;
    }

    /** A new connection to this workspace; the caller closes it. Safe to use on any one thread. */
    public Connection connect() throws SQLException {
        DuckDBConnection r = root;
        if (r == null) {
            throw new SQLException("the workspace is closed");
        }
        return r.duplicate();
    }

    /** Runs {@code work} on a fresh connection, outside any explicit transaction. */
    public <T> T read(SqlWork<T> work) throws SQLException {
        try (Connection c = connect()) {
            return work.run(c);
        }
    }

    /**
     * Runs {@code work} in one transaction: commits if it returns, rolls back on any exception (and on interruption),
     * so a failed import leaves the workspace exactly as it was.
     */
    public <T> T inTransaction(SqlWork<T> work) throws SQLException {
        T result;
        try (Connection c = connect()) {
            c.setAutoCommit(false);
            try {
                result = work.run(c);
                if (Thread.currentThread().isInterrupted()) {
                    throw new SQLException("cancelled before commit");
                }
                c.commit();
            } catch (SQLException | RuntimeException | Error e) {
                rollbackQuietly(c, e);
                throw e;
            }
        }
        // after the commit and outside it: a listener cannot undo or fail the work
        commitListeners.forEach(Runnable::run);
        return result;
    }

    /**
     * Calls {@code listener} after every commit of {@link #inTransaction} (an import, a stored replay or verification),
     * on the committing thread, so whoever shows figures derived from the workspace can reload. A rolled-back
     * transaction calls nothing. Closing the returned handle removes the listener.
     */
    public AutoCloseable onCommit(Runnable listener) {
        Objects.requireNonNull(listener, "listener");
        commitListeners.add(listener);
        return () -> commitListeners.remove(listener);
    }

    private static void rollbackQuietly(Connection c, Throwable cause) {
        try {
            c.rollback();
        } catch (SQLException rollbackFailure) {
            cause.addSuppressed(rollbackFailure);
        }
    }

    /** Runs a single statement (DDL or a setting) in autocommit mode. */
    public void execute(String sql) throws SQLException {
        try (Connection c = connect();
                Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }

    /** The number of rows in {@code table} (a trusted identifier, never user input). */
    public long count(String table) throws SQLException {
        return read(c -> {
            try (Statement s = c.createStatement();
                    ResultSet rs = s.executeQuery("select count(*) from " + table)) {
                rs.next();
                return rs.getLong(1);
            }
        });
    }

    /**
     * Writes a copy of this workspace to {@code target} (which must not exist) and returns it opened; this workspace
     * stays open and unchanged. Works for in-memory workspaces too.
     */
    public Workspace saveAs(Path target) {
        Path absolute = target.toAbsolutePath().normalize();
        if (Files.exists(absolute)) {
            throw new WorkspaceException("Will not overwrite " + absolute + ": choose a new file name");
        }
        try (Connection c = connect();
                Statement s = c.createStatement()) {
            String source;
            try (ResultSet rs = s.executeQuery("select current_database()")) {
                rs.next();
                source = rs.getString(1);
            }
            s.execute("attach '" + absolute.toString().replace("'", "''") + "' as save_as_target");
            try {
                s.execute("copy from database \"" + source.replace("\"", "\"\"") + "\" to save_as_target");
            } finally {
                try (Statement detach = c.createStatement()) {
                    detach.execute("detach save_as_target");
                }
            }
        } catch (SQLException e) {
            throw new WorkspaceException("Cannot save the workspace as " + absolute + ": " + firstLine(e.getMessage()), e);
        }
        return open(absolute);
    }

    @Override
    public synchronized void close() {
        if (root != null) {
            try {
                root.close();
            } catch (SQLException ignored) {
                // closing a DuckDB instance only fails if it is already gone
            }
            root = null;
        }
    }

    public boolean isOpen() {
        return root != null;
    }

    static String firstLine(String message) {
        if (message == null) {
            return "unknown error";
        }
        int nl = message.indexOf('\n');
        return nl < 0 ? message : message.substring(0, nl);
    }

    @Override
    public String toString() {
        return file == null ? IN_MEMORY : file.toString();
    }
}
