package dev.greenops.model.ledger;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/** Small JDBC helpers. Every call uses a fresh Statement: after a failed execute DuckDB closes the Statement. */
final class Sql {

    private Sql() {}

    /** A SQL string literal. */
    static String literal(String s) {
        return "'" + s.replace("'", "''") + "'";
    }

    /** A quoted SQL identifier. */
    static String ident(String s) {
        return "\"" + s.replace("\"", "\"\"") + "\"";
    }

    static void exec(Connection c, String sql) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }

    static long queryLong(Connection c, String sql) throws SQLException {
        try (Statement s = c.createStatement();
                ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    /** All rows of a query, each as an array of strings (for small results only). */
    static List<String[]> queryRows(Connection c, String sql) throws SQLException {
        List<String[]> rows = new ArrayList<>();
        try (Statement s = c.createStatement();
                ResultSet rs = s.executeQuery(sql)) {
            int n = rs.getMetaData().getColumnCount();
            while (rs.next()) {
                String[] row = new String[n];
                for (int i = 0; i < n; i++) {
                    row[i] = rs.getString(i + 1);
                }
                rows.add(row);
            }
        }
        return rows;
    }

    /** The first line of a DuckDB error message, without DuckDB's "Invalid Input Error: " style prefix. */
    static String message(SQLException e) {
        String m = e.getMessage() == null ? "unknown error" : e.getMessage().strip();
        int nl = m.indexOf('\n');
        if (nl >= 0) {
            m = m.substring(0, nl).strip();
        }
        int colon = m.indexOf(" Error: ");
        if (colon >= 0 && colon < 40) {
            m = m.substring(colon + " Error: ".length());
        }
        return m;
    }
}
