package dev.greenops.model.imports;

import java.io.IOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

/**
 * The first rows of a file as DuckDB reads it, for the import dialog to show before anything is written. Runs on a
 * throwaway in-memory database, never on the workspace.
 *
 * @param columns column names as read
 * @param rows up to the requested number of rows, every value as text (null for empty)
 */
public record ImportPreview(List<String> columns, List<List<String>> rows) {

    public ImportPreview {
        columns = List.copyOf(columns);
        rows = rows.stream().map(r -> java.util.Collections.unmodifiableList(new ArrayList<>(r))).toList();
    }

    /**
     * Reads the first {@code limit} rows of {@code file}: Parquet by its magic bytes, JSON / NDJSON by a leading
     * {@code [} or <code>{</code>, anything else as CSV with the header and delimiter DuckDB detects.
     */
    public static ImportPreview of(Path file, int limit) throws IOException, SQLException {
        FileHead head = FileHead.read(file);
        String path = file.toAbsolutePath().toString().replace("'", "''");
        String reader;
        if (head.isParquet()) {
            reader = "read_parquet('" + path + "')";
        } else if (head.firstNonBlank() == '[' || head.firstNonBlank() == '{') {
            reader = "read_json_auto('" + path + "')";
        } else {
            reader = "read_csv('" + path + "', header = true, all_varchar = true, sample_size = 2048)";
        }
        Properties props = new Properties();
        props.setProperty("autoinstall_known_extensions", "false");
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:", props);
                PreparedStatement p = c.prepareStatement("select * from " + reader + " limit ?")) {
            p.setInt(1, limit);
            try (ResultSet rs = p.executeQuery()) {
                ResultSetMetaData md = rs.getMetaData();
                List<String> columns = new ArrayList<>();
                for (int i = 1; i <= md.getColumnCount(); i++) {
                    columns.add(md.getColumnLabel(i));
                }
                List<List<String>> rows = new ArrayList<>();
                while (rs.next()) {
                    List<String> row = new ArrayList<>();
                    for (int i = 1; i <= columns.size(); i++) {
                        row.add(rs.getString(i));
                    }
                    rows.add(row);
                }
                return new ImportPreview(columns, rows);
            }
        }
    }
}
