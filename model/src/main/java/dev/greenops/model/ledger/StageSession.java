package dev.greenops.model.ledger;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.concurrent.atomic.AtomicLong;
import org.duckdb.DuckDBConnection;

/**
 * A scratch area for reading and checking one file: a second connection to the workspace's database with a private
 * in-memory database attached. Reading a user's file can fail (a truncated Parquet file, broken JSON); in DuckDB a
 * failed statement aborts the whole transaction, so all reading and checking happens here, outside the import
 * transaction. The import transaction only runs the final, already-validated {@code insert ... select} from the
 * attached database. Closing detaches it, freeing the memory.
 */
final class StageSession implements AutoCloseable {

    private static final AtomicLong COUNTER = new AtomicLong();

    private final Connection connection;
    private final String database;

    private StageSession(Connection connection, String database) {
        this.connection = connection;
        this.database = database;
    }

    /** Opens a stage beside {@code tx} (the import transaction's connection), on the same database instance. */
    static StageSession open(Connection tx) throws SQLException {
        DuckDBConnection duck = tx.unwrap(DuckDBConnection.class);
        Connection side = duck.duplicate();
        // a duplicate inherits the transaction mode; the stage must commit each step so the import transaction sees
        // its tables and rowids are the plain 0..n-1 of committed rows
        side.setAutoCommit(true);
        String name = "ufms_stage_" + COUNTER.incrementAndGet();
        try {
            Sql.exec(side, "ATTACH ':memory:' AS " + name);
        } catch (SQLException e) {
            side.close();
            throw e;
        }
        return new StageSession(side, name);
    }

    Connection connection() {
        return connection;
    }

    /** The attached database's name, to qualify table names: {@code db() + ".rows"}. */
    String db() {
        return database;
    }

    /** {@code db.name}, for a table in the stage. */
    String table(String name) {
        return database + "." + name;
    }

    @Override
    public void close() throws SQLException {
        try {
            Sql.exec(connection, "DETACH " + database);
        } finally {
            connection.close();
        }
    }
}
