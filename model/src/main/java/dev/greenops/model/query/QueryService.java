package dev.greenops.model.query;

import dev.greenops.model.common.Decimals;
import dev.greenops.model.common.ProgressListener;
import dev.greenops.model.store.Workspace;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;

/**
 * Runs read-only SQL over a workspace, for the SQL console and {@code greenops query}. Every query is first checked by
 * {@link ReadOnlyQuery}, then runs inside a {@code READ ONLY} transaction that is rolled back whatever happens.
 */
public final class QueryService {

    /** Receives a result's columns once, then its rows one at a time (the CLI streams them). */
    public interface RowSink {
        void columns(List<QueryResult.Column> columns);

        /** Returns false to stop reading (the rest is reported as truncated). */
        boolean row(List<Object> values);
    }

    private QueryService() {}

    /** Runs {@code sql} on {@code workspace}, keeping at most {@code maxRows} rows. */
    public static QueryResult run(Workspace workspace, String sql, int maxRows, ProgressListener progress)
            throws QueryRefusedException, QueryFailedException {
        try (Connection c = workspace.connect()) {
            return run(c, sql, maxRows, progress);
        } catch (SQLException e) {
            throw new QueryFailedException(firstLine(e.getMessage()), e);
        }
    }

    /** Runs {@code sql} on an open connection, keeping at most {@code maxRows} rows. */
    public static QueryResult run(Connection c, String sql, int maxRows, ProgressListener progress)
            throws QueryRefusedException, QueryFailedException {
        long start = System.nanoTime();
        List<QueryResult.Column> columns = new ArrayList<>();
        List<List<Object>> rows = new ArrayList<>();
        boolean[] truncated = {false};
        stream(c, sql, new RowSink() {
            @Override
            public void columns(List<QueryResult.Column> cols) {
                columns.addAll(cols);
            }

            @Override
            public boolean row(List<Object> values) {
                if (rows.size() >= maxRows) {
                    truncated[0] = true;
                    return false;
                }
                rows.add(values);
                return true;
            }
        }, progress);
        return new QueryResult(columns, rows, truncated[0], (System.nanoTime() - start) / 1_000_000);
    }

    /**
     * Checks and runs {@code sql} on {@code c}, passing every row to {@code sink}; the transaction is read-only and
     * always rolled back. Returns the number of rows passed.
     */
    public static long stream(Connection c, String sql, RowSink sink, ProgressListener progress)
            throws QueryRefusedException, QueryFailedException {
        try {
            ReadOnlyQuery.check(c, sql);
        } catch (SQLException e) {
            throw new QueryFailedException(firstLine(e.getMessage()), e);
        }
        boolean autoCommit = true;
        try {
            autoCommit = c.getAutoCommit();
            c.setAutoCommit(true);
            try (Statement s = c.createStatement()) {
                s.execute("begin transaction read only");
            }
            try {
                progress.progress(0, -1, "running query");
                return read(c, sql, sink, progress);
            } finally {
                try (Statement s = c.createStatement()) {
                    s.execute("rollback");
                }
            }
        } catch (SQLException e) {
            throw new QueryFailedException(firstLine(e.getMessage()), e);
        } finally {
            try {
                c.setAutoCommit(autoCommit);
            } catch (SQLException ignored) {
                // the connection is closed by its owner right after
            }
        }
    }

    private static long read(Connection c, String sql, RowSink sink, ProgressListener progress) throws SQLException {
        try (Statement s = c.createStatement();
                ResultSet rs = s.executeQuery(sql)) {
            ResultSetMetaData md = rs.getMetaData();
            int n = md.getColumnCount();
            List<QueryResult.Column> columns = new ArrayList<>(n);
            for (int i = 1; i <= n; i++) {
                columns.add(new QueryResult.Column(md.getColumnLabel(i), md.getColumnTypeName(i)));
            }
            sink.columns(columns);
            long count = 0;
            while (rs.next()) {
                if ((count & 1023) == 0) {
                    ProgressListener.checkCancelled();
                    progress.progress(count, -1, "read " + count + " rows");
                }
                List<Object> values = new ArrayList<>(n);
                for (int i = 1; i <= n; i++) {
                    values.add(value(rs, i, columns.get(i - 1).type()));
                }
                if (!sink.row(values)) {
                    break;
                }
                count++;
            }
            return count;
        }
    }

    /**
     * A column value as a plain Java value; dates and timestamps from their text, so no time zone is applied; decimals
     * without the trailing zeros of their column's scale.
     */
    static Object value(ResultSet rs, int i, String type) throws SQLException {
        String t = type.toUpperCase(Locale.ROOT);
        Object raw = rs.getObject(i);
        if (raw == null) {
            return null;
        }
        if (t.equals("DATE")) {
            return LocalDate.parse(rs.getString(i));
        }
        if (t.equals("TIMESTAMP")) {
            return LocalDateTime.parse(rs.getString(i).replace(' ', 'T'));
        }
        if (raw instanceof BigDecimal d) {
            return Decimals.plain(d); // the value, not the column's padded scale (71.49, not 71.490000)
        }
        if (NestedValue.isNested(type)) {
            return new NestedValue(rs.getString(i), NestedValue.tree(raw));
        }
        if (raw instanceof String || raw instanceof Boolean || raw instanceof Long || raw instanceof Integer
                || raw instanceof Short || raw instanceof Byte || raw instanceof Double || raw instanceof Float
                || raw instanceof BigDecimal || raw instanceof java.math.BigInteger) {
            return raw;
        }
        return rs.getString(i);
    }

    /**
     * Opens the workspace file read-only with external access disabled and the configuration locked: even a query
     * that got past {@link ReadOnlyQuery} could neither write, nor read a file, nor change a setting. The caller closes
     * the connection.
     */
    public static Connection openReadOnly(Path file) {
        Path absolute = file.toAbsolutePath().normalize();
        // missing, a folder, an empty file or another kind of file: said as import and the workbench say it
        Workspace.checkExisting(absolute);

        Properties props = new Properties();
        props.setProperty("duckdb.read_only", "true");
        props.setProperty("enable_external_access", "false");
        props.setProperty("autoinstall_known_extensions", "false");
        props.setProperty("autoload_known_extensions", "false");
        props.setProperty("allow_community_extensions", "false");
        try {
            Connection c = DriverManager.getConnection("jdbc:duckdb:" + absolute, props);
            try (Statement s = c.createStatement()) {
                s.execute("set lock_configuration = true");
            }
            return c;
        } catch (SQLException e) {
            throw Workspace.openFailure(absolute, e);
        }
    }

    static String firstLine(String message) {
        if (message == null) {
            return "unknown error";
        }
        int nl = message.indexOf('\n');
        return (nl < 0 ? message : message.substring(0, nl)).strip();
    }
}
