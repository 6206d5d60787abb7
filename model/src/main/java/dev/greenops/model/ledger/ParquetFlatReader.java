package dev.greenops.model.ledger;

import dev.greenops.model.common.InvalidInputException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Reads a Parquet file (ours, or a BigQuery Parquet export with STRUCT columns) into the stage. DuckDB reads it
 * ({@code read_parquet}); STRUCT columns are flattened to dotted paths ({@code attribution.team}). Typed values keep
 * their type as a JSON type tag: integers and decimals are numbers, DATE is its ISO text, TIMESTAMP its RFC 3339 text
 * in UTC. The line of a row is its 1-based row number.
 */
final class ParquetFlatReader {

    private ParquetFlatReader() {}

    static FlatSource read(StageSession stage, Path file, String displayName)
            throws SQLException, InvalidInputException {
        Connection c = stage.connection();
        String source = "read_parquet(" + Sql.literal(file.toString()) + ", file_row_number = true)";
        List<String[]> described;
        try {
            described = Sql.queryRows(c, "DESCRIBE SELECT * FROM read_parquet(" + Sql.literal(file.toString()) + ")");
        } catch (SQLException e) {
            throw UnreadableFileException.of(
                    displayName,
                    0,
                    0,
                    "cannot read as Parquet: " + Sql.message(e) + " (the file may be truncated or damaged)",
                    "a complete Parquet file");
        }
        List<Leaf> leaves = new ArrayList<>();
        for (String[] d : described) {
            flatten(List.of(d[0]), d[1], leaves);
        }
        StringBuilder select = new StringBuilder("SELECT file_row_number + 1 AS _line");
        List<FlatSource.Column> columns = new ArrayList<>();
        for (int i = 1; i <= leaves.size(); i++) {
            Leaf leaf = leaves.get(i - 1);
            String ref = leaf.reference();
            select.append(", ").append(text(ref, leaf.type())).append(" AS c").append(i);
            // a missing value is JSON null, whatever the column's type
            select.append(", CASE WHEN ").append(ref).append(" IS NULL THEN 'NULL' ELSE ")
                    .append(Sql.literal(tag(leaf.type()))).append(" END AS t").append(i);
            columns.add(new FlatSource.Column(String.join(".", leaf.path()), i, "c" + i, "t" + i));
        }
        String flat = stage.table("parquet_flat");
        try {
            Sql.exec(c, "CREATE TABLE " + flat + " AS " + select + " FROM " + source + " ORDER BY file_row_number");
        } catch (SQLException e) {
            throw UnreadableFileException.of(
                    displayName,
                    0,
                    0,
                    "cannot read the Parquet data: " + Sql.message(e) + " (the file may be damaged)",
                    "a complete Parquet file");
        }
        long rows = Sql.queryLong(c, "SELECT count(*) FROM " + flat);
        return new FlatSource(flat, FlatSource.Kind.PARQUET, columns, rows);
    }

    /** One leaf field: its path from the top-level column down, and its DuckDB type. */
    record Leaf(List<String> path, String type) {
        /** SQL reaching the leaf: the column, then struct_extract per level (dots would read as table names). */
        String reference() {
            String ref = Sql.ident(path.getFirst());
            for (String part : path.subList(1, path.size())) {
                ref = "struct_extract(" + ref + ", " + Sql.literal(part) + ")";
            }
            return ref;
        }
    }

    private static void flatten(List<String> path, String type, List<Leaf> out) {
        if (type.toUpperCase(Locale.ROOT).startsWith("STRUCT(") && type.endsWith(")")) {
            for (String[] field : DuckTypes.structFields(type)) {
                List<String> child = new ArrayList<>(path);
                child.add(field[0]);
                flatten(child, field[1], out);
            }
        } else {
            out.add(new Leaf(List.copyOf(path), type));
        }
    }

    /** The JSON type a Parquet column's values have (json_type names). */
    static String tag(String duckType) {
        String t = duckType.toUpperCase(Locale.ROOT);
        if (t.endsWith("[]") || t.startsWith("MAP(") || t.contains("[")) {
            return "ARRAY";
        }
        if (t.startsWith("STRUCT(")) {
            return "OBJECT";
        }
        if (t.equals("BOOLEAN")) {
            return "BOOLEAN";
        }
        if (t.matches("U?(TINYINT|SMALLINT|INTEGER|BIGINT|HUGEINT)")) {
            return "BIGINT";
        }
        if (t.equals("FLOAT") || t.equals("DOUBLE") || t.startsWith("DECIMAL")) {
            return "DOUBLE";
        }
        if (t.equals("VARCHAR") || t.equals("DATE") || t.startsWith("TIMESTAMP") || t.equals("UUID")) {
            return "VARCHAR";
        }
        return t;
    }

    /** SQL turning a value of {@code duckType} into the text the checks see. */
    static String text(String ref, String duckType) {
        String t = duckType.toUpperCase(Locale.ROOT);
        if (t.equals("TIMESTAMP WITH TIME ZONE")) {
            return "strftime(" + ref + " AT TIME ZONE 'UTC', '%Y-%m-%dT%H:%M:%S.%fZ')";
        }
        if (t.startsWith("TIMESTAMP")) {
            return "strftime(CAST(" + ref + " AS TIMESTAMP), '%Y-%m-%dT%H:%M:%S.%fZ')";
        }
        return "CAST(" + ref + " AS VARCHAR)";
    }
}
