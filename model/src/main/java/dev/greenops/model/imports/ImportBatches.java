package dev.greenops.model.imports;

import dev.greenops.model.common.InvalidInputException;
import dev.greenops.model.common.ProgressListener;
import dev.greenops.model.store.Workspace;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The import batches of a workspace: list them, find one by its file's SHA-256, remove one with every row it added,
 * and hand out the next batch id.
 *
 * <p>Batch ids are allocated here, inside the import transaction, not by the column's sequence: a DuckDB sequence
 * advances even when the transaction that asked rolls back, so a failed import used to use up an id. The next id is
 * one more than the highest id ever handed out, which is kept in {@code setting} ({@value #LAST_ID_KEY}) in the same
 * transaction: a failed import leaves it unchanged, and a removed batch's id is never handed out again (a report that
 * names batch 7 never comes to mean another file).
 */
public final class ImportBatches {

    /** The {@code setting} key holding the highest batch id ever allocated. */
    static final String LAST_ID_KEY = "import_batch.last_id";

    private static final DateTimeFormatter MINUTE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private final Workspace workspace;

    public ImportBatches(Workspace workspace) {
        this.workspace = Objects.requireNonNull(workspace, "workspace");
    }

    /**
     * One row of {@code import_batch}.
     *
     * @param rowCount rows the import added (to {@code target})
     * @param importedAt when, in UTC
     * @param note what the importer noted (region filed under, repeated rows, ...), or empty
     */
    public record Batch(
            long batchId,
            String fileName,
            String filePath,
            String sha256,
            long rowCount,
            String format,
            String target,
            LocalDateTime importedAt,
            String note) {

        public Batch {
            Objects.requireNonNull(fileName, "fileName");
            Objects.requireNonNull(sha256, "sha256");
            Objects.requireNonNull(format, "format");
            Objects.requireNonNull(target, "target");
            Objects.requireNonNull(importedAt, "importedAt");
            note = note == null ? "" : note;
        }

        /** {@code 2026-11-02 08:15 UTC}: the import time for messages. */
        public String importedAtText() {
            return MINUTE.format(importedAt) + " UTC";
        }
    }

    /**
     * What removing a batch did.
     *
     * @param rowsByTable rows deleted per table that holds imported rows (ledger, intensity, ...), in table order
     */
    public record Removal(Batch batch, Map<String, Long> rowsByTable) {

        public Removal {
            rowsByTable = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(rowsByTable));
        }

        public long rows() {
            return rowsByTable.values().stream().mapToLong(Long::longValue).sum();
        }
    }

    /** Every batch, in id order. */
    public List<Batch> list() throws SQLException {
        return workspace.read(c -> {
            try (Statement s = c.createStatement();
                    ResultSet rs = s.executeQuery(SELECT + " order by batch_id")) {
                List<Batch> out = new ArrayList<>();
                while (rs.next()) {
                    out.add(batch(rs));
                }
                return out;
            }
        });
    }

    /** The batch with this id, if there is one. */
    public Optional<Batch> find(long batchId) throws SQLException {
        return workspace.read(c -> byId(c, batchId));
    }

    /**
     * Removes batch {@code batchId}: its rows in every table that records a {@code batch_id} (ledger, intensity and
     * their detail tables) and its {@code import_batch} row, in one transaction.
     *
     * @throws InvalidInputException when there is no such batch (nothing is changed)
     */
    public Removal remove(long batchId, ProgressListener progress) throws InvalidInputException, SQLException {
        Batch[] found = new Batch[1];
        Map<String, Long> removed = workspace.inTransaction(c -> {
            Optional<Batch> batch = byId(c, batchId);
            if (batch.isEmpty()) {
                return null;
            }
            found[0] = batch.get();
            List<String> tables = tablesWithBatchId(c);
            Map<String, Long> counts = new LinkedHashMap<>();
            for (int i = 0; i < tables.size(); i++) {
                ProgressListener.checkCancelled();
                String table = tables.get(i);
                progress.progress(i, tables.size() + 1, "removing batch " + batchId + " from " + table);
                try (PreparedStatement p = c.prepareStatement(
                        "delete from " + quote(table) + " where batch_id = ?")) {
                    p.setLong(1, batchId);
                    counts.put(table, (long) p.executeUpdate());
                }
            }
            try (PreparedStatement p = c.prepareStatement("delete from import_batch where batch_id = ?")) {
                p.setLong(1, batchId);
                p.executeUpdate();
            }
            progress.progress(tables.size() + 1, tables.size() + 1, "removed batch " + batchId);
            return counts;
        });
        if (removed == null) {
            throw unknown(batchId);
        }
        return new Removal(found[0], removed);
    }

    private InvalidInputException unknown(long batchId) throws SQLException {
        List<Batch> all = list();
        String ids = all.isEmpty()
                ? "this workspace has no import batches"
                : all.size() <= 12
                        ? "one of " + String.join(", ", all.stream().map(b -> String.valueOf(b.batchId())).toList())
                        : "an id between " + all.getFirst().batchId() + " and " + all.getLast().batchId()
                                + " (greenops batches lists them)";
        return InvalidInputException.of("--remove", 0, 0, "there is no import batch " + batchId + " in "
                + workspace.file().map(Object::toString).orElse("this in-memory workspace"), ids);
    }

    /** The earliest batch whose file had this SHA-256, on {@code c} (inside an import transaction). */
    static Optional<Batch> bySha256(Connection c, String sha256) throws SQLException {
        try (PreparedStatement p = c.prepareStatement(SELECT + " where sha256 = ? order by batch_id limit 1")) {
            p.setString(1, sha256);
            try (ResultSet rs = p.executeQuery()) {
                return rs.next() ? Optional.of(batch(rs)) : Optional.empty();
            }
        }
    }

    /**
     * The id for a new batch, recorded as handed out: call inside the transaction that inserts the batch, so that a
     * rollback gives the id back.
     */
    static long allocateId(Connection tx) throws SQLException {
        long next;
        try (Statement s = tx.createStatement();
                ResultSet rs = s.executeQuery("select greatest(coalesce((select max(batch_id) from import_batch), 0),"
                        + " coalesce((select try_cast(value as bigint) from setting where key = '" + LAST_ID_KEY
                        + "'), 0)) + 1")) {
            rs.next();
            next = rs.getLong(1);
        }
        try (PreparedStatement p = tx.prepareStatement("insert or replace into setting values (?, ?)")) {
            p.setString(1, LAST_ID_KEY);
            p.setString(2, Long.toString(next));
            p.execute();
        }
        return next;
    }

    private static final String SELECT = "select batch_id, file_name, file_path, sha256, row_count, format, target,"
            + " imported_at, note from import_batch";

    private static Optional<Batch> byId(Connection c, long batchId) throws SQLException {
        try (PreparedStatement p = c.prepareStatement(SELECT + " where batch_id = ?")) {
            p.setLong(1, batchId);
            try (ResultSet rs = p.executeQuery()) {
                return rs.next() ? Optional.of(batch(rs)) : Optional.empty();
            }
        }
    }

    private static Batch batch(ResultSet rs) throws SQLException {
        // the timestamp's text, so that no JVM time zone shifts it
        String at = rs.getString(8);
        return new Batch(
                rs.getLong(1),
                rs.getString(2),
                rs.getString(3),
                rs.getString(4),
                rs.getLong(5),
                rs.getString(6),
                rs.getString(7),
                LocalDateTime.parse(at.replace(' ', 'T')),
                rs.getString(9));
    }

    /**
     * The workspace's own tables (not views) with a {@code batch_id} column, other than {@code import_batch}: where an
     * import puts rows. Found in the catalogue, so a table another area adds later is cleaned up too.
     */
    private static List<String> tablesWithBatchId(Connection c) throws SQLException {
        List<String> out = new ArrayList<>();
        try (Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("select c.table_name from duckdb_columns() c join duckdb_tables() t"
                        + " on t.database_name = c.database_name and t.schema_name = c.schema_name"
                        + " and t.table_name = c.table_name where c.column_name = 'batch_id'"
                        + " and c.schema_name = 'main' and c.database_name = current_database()"
                        + " and c.table_name <> 'import_batch' and not t.temporary order by c.table_name")) {
            while (rs.next()) {
                out.add(rs.getString(1));
            }
        }
        return out;
    }

    private static String quote(String identifier) {
        return '"' + identifier.replace("\"", "\"\"") + '"';
    }
}
