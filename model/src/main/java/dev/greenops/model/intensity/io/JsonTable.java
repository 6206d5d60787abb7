package dev.greenops.model.intensity.io;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * A JSON file read by DuckDB ({@code read_text} + the json extension) into a one-row temp table {@code <name>(r JSON)},
 * with a case-insensitive field accessor macro {@code jfield(e, 'name')}: exports spell keys {@code Location} or
 * {@code location}. The file's syntax was checked before (a DuckDB cast error would abort the import transaction).
 */
final class JsonTable {

    final Connection c;
    final String table;

    private JsonTable(Connection c, String table) {
        this.c = c;
        this.table = table;
    }

    static JsonTable read(Connection c, Path file, String table) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.execute("create or replace temp macro jfield(e, name) as json_extract_string(e, '$.\"' ||"
                    + " list_filter(json_keys(e), lambda k: lower(k) = name)[1] || '\"')");
            s.execute("create or replace temp macro jraw(e, name) as json_extract(e, '$.\"' ||"
                    + " list_filter(json_keys(e), lambda k: lower(k) = name)[1] || '\"')");
            s.execute("create temp table " + table + " as select content::json as r from read_text("
                    + CsvTable.literal(file.toAbsolutePath().toString()) + ")");
        }
        return new JsonTable(c, table);
    }

    /** The JSON type of an expression over the root {@code r}: ARRAY, OBJECT, ... (null when absent). */
    String type(String expression) throws SQLException {
        return string("select json_type(" + expression + ") from " + table);
    }

    /** The keys of an object expression over {@code r}, in lower case (empty for non-objects). */
    List<String> keys(String expression) throws SQLException {
        List<String> out = new ArrayList<>();
        String type = type(expression);
        if (!"OBJECT".equals(type)) {
            return out;
        }
        try (Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("select unnest(json_keys(" + expression + ")) from " + table)) {
            while (rs.next()) {
                out.add(rs.getString(1).toLowerCase(java.util.Locale.ROOT));
            }
        }
        return out;
    }

    /** The exact spelling of a key of the object {@code expression} matching {@code lowerName}, or null. */
    String key(String expression, String lowerName) throws SQLException {
        if (!"OBJECT".equals(type(expression))) {
            return null;
        }
        return string("select list_filter(json_keys(" + expression + "), lambda k: lower(k) = " + CsvTable.literal(lowerName)
                + ")[1] from " + table);
    }

    String string(String sql) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            return rs.next() ? rs.getString(1) : null;
        }
    }

    void drop() {
        CsvTable.drop(c, table);
    }

    /** A JSON path step for a key spelled exactly as in the file. */
    static String path(String key) {
        return "'$.\"" + key.replace("'", "''").replace("\"", "\\\"") + "\"'";
    }
}
