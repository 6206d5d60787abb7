package dev.greenops.model.ledger;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * A file read into the stage as a flat table: column {@code _line} (the line of the record, or the row number for
 * Parquet), then one text column per source field ({@code c1, c2, ...}, NULL when absent) and, for typed sources, its
 * JSON type tag ({@code t1, t2, ...}). Nested objects and structs are flattened to dotted paths
 * ({@code project.id}). JSON sources also keep {@code _raw} (the record's text) and {@code _col0} (the column where
 * the record starts), so problems can point at the key inside the record.
 *
 * @param table the stage table holding the rows
 * @param kind what kind of file it came from
 * @param columns the source fields, in file order
 * @param rows number of records
 */
record FlatSource(String table, Kind kind, List<Column> columns, long rows) {

    enum Kind {
        CSV,
        JSON,
        PARQUET
    }

    /**
     * One source field.
     *
     * @param path the field's name in the file, dotted for nested fields
     * @param index 1-based column of the field in the file (CSV header position, Parquet leaf position), or 0 for JSON
     *     (where the column is found per record)
     * @param sqlName the stage column holding its text ({@code c3})
     * @param tagName the stage column holding its type tag ({@code t3}), or null for CSV
     */
    record Column(String path, int index, String sqlName, String tagName) {

        /** The last segment of the dotted path. */
        String leaf() {
            int dot = path.lastIndexOf('.');
            return dot < 0 ? path : path.substring(dot + 1);
        }
    }

    FlatSource {
        columns = List.copyOf(columns);
    }

    /** The column whose path is {@code path} (case-insensitive, as BigQuery names are), if any. */
    Optional<Column> column(String path) {
        String wanted = path.toLowerCase(Locale.ROOT);
        return columns.stream()
                .filter(c -> c.path().toLowerCase(Locale.ROOT).equals(wanted))
                .findFirst();
    }
}
