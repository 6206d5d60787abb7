package dev.greenops.model.ledger.explore;

import dev.greenops.model.store.Workspace;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A sorted selection of ledger rows that can be read a page at a time from any position, cheaply: opening it sorts the
 * selection once into a temporary table of (position, rowid) on a connection of its own; each page then reads only
 * its rows by rowid. (An ORDER BY ... OFFSET per page re-sorts the whole selection every time: seconds per page on a
 * million rows; this is tens of milliseconds.) Close it when the selection changes; it holds a connection.
 */
public final class RowCursor implements AutoCloseable {

    private static final AtomicLong COUNTER = new AtomicLong();

    private final Connection connection;
    private final String table;
    private final long size;
    private boolean closed;

    private RowCursor(Connection connection, String table, long size) {
        this.connection = connection;
        this.table = table;
        this.size = size;
    }

    static RowCursor open(Workspace workspace, LedgerQuery query, List<Sort> sort) throws SQLException {
        Connection c = workspace.connect();
        String table = "greenops_cursor_" + COUNTER.incrementAndGet();
        try {
            try (PreparedStatement p = c.prepareStatement("create temp table " + table
                    + " as select rowid as rid, row_number() over (" + Sort.orderBy(sort).strip() + ") as pos from ledger"
                    + query.where())) {
                query.bind(p, 1);
                p.execute();
            }
            long size;
            try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("select count(*) from " + table)) {
                rs.next();
                size = rs.getLong(1);
            }
            return new RowCursor(c, table, size);
        } catch (SQLException | RuntimeException e) {
            try {
                c.close();
            } catch (SQLException suppressed) {
                e.addSuppressed(suppressed);
            }
            throw e;
        }
    }

    /** Rows in the selection. */
    public long size() {
        return size;
    }

    /** Rows {@code offset .. offset+limit-1} of the sorted selection. */
    public synchronized List<LedgerRow> page(long offset, int limit) throws SQLException {
        if (closed) {
            throw new SQLException("this selection was replaced by a newer one");
        }
        String cols = "l." + LedgerExplorer.ROW_COLUMNS.replace(", ", ", l.");
        try (PreparedStatement p = connection.prepareStatement("select " + cols + " from (select rid, pos from " + table
                + " where pos > ? and pos <= ?) v join ledger l on l.rowid = v.rid order by v.pos")) {
            p.setLong(1, offset);
            p.setLong(2, offset + limit);
            List<LedgerRow> rows = new ArrayList<>(limit);
            try (ResultSet rs = p.executeQuery()) {
                while (rs.next()) {
                    rows.add(LedgerExplorer.row(rs));
                }
            }
            return rows;
        }
    }

    /** Drops the temporary table and closes the connection; later pages fail with a clear message. */
    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        try (Statement s = connection.createStatement()) {
            s.execute("drop table if exists " + table);
        } catch (SQLException ignored) {
            // the connection goes away right after, and the temporary table with it
        }
        try {
            connection.close();
        } catch (SQLException ignored) {
            // closing a duplicated DuckDB connection only fails if the database is already gone
        }
    }
}
