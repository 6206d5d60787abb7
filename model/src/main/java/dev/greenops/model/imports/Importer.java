package dev.greenops.model.imports;

import dev.greenops.model.common.InvalidInputException;
import dev.greenops.model.common.Problem;
import dev.greenops.model.common.ProgressListener;
import java.io.IOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;

/**
 * Reads one file format into a workspace table. Implementations let DuckDB read the file itself (read_csv,
 * read_json, read_parquet) whenever it can, validate in SQL, and report every problem with file, line and column.
 */
public interface Importer {

    /** The id used by {@code greenops import --format}, e.g. {@code ufms-csv}. */
    String format();

    /** A sentence for people: what this format is. */
    String description();

    /** The table the rows go to: {@code ledger}, {@code intensity}, ... */
    String target();

    /** Whether the file looks like this format (a cheap sniff of its head, never a full read). */
    boolean accepts(FileHead head);

    /**
     * Validates {@code file} and inserts its rows, tagged with {@code batchId}, through {@code tx}, which is inside a
     * transaction the caller commits or rolls back. Throws with every problem found; never half-inserts on purpose
     * (the caller's rollback is the safety net, not the plan).
     *
     * @param displayName the file name as the user gave it, for problem messages
     */
    Result importInto(
            Connection tx, Path file, String displayName, long batchId, ImportOptions options, ProgressListener progress)
            throws InvalidInputException, IOException, SQLException;

    /**
     * Problems between the files of one import, found once every file of it is in (inside the same transaction, so a
     * problem still rolls the whole import back): the same ledger row in two of its files, for example. Called once
     * per target with every batch of this import that went to it; the default finds nothing.
     *
     * @param files the display name of each batch of this import whose target is {@link #target()}, by batch id
     */
    default List<Problem> acrossFiles(Connection tx, java.util.Map<Long, String> files) throws SQLException {
        return List.of();
    }

    /**
     * What an import did.
     *
     * @param rows rows inserted
     * @param warnings problems that did not stop the import (e.g. emissions that do not recompute)
     * @param note a short line for the batch record (e.g. region filed under), or empty
     */
    record Result(long rows, List<Problem> warnings, String note) {
        public Result {
            warnings = List.copyOf(warnings);
            note = note == null ? "" : note;
        }
    }
}
