package dev.greenops.model.intensity.io;

import dev.greenops.model.common.InvalidInputException;
import dev.greenops.model.common.Problem;
import dev.greenops.model.imports.FileHead;
import java.io.IOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A CSV file read by DuckDB into a temp table of text columns {@code c1..cN}, each row with its physical line number
 * ({@code line}), so every later check can name file, line and column. Rows DuckDB cannot split (too many or too few
 * fields, an open quote) are reported with DuckDB's own line numbers and nothing is kept.
 */
final class CsvTable {

    final String table;
    final List<String> header;
    final char delimiter;

    private CsvTable(String table, List<String> header, char delimiter) {
        this.table = table;
        this.header = List.copyOf(header);
        this.delimiter = delimiter;
    }

    /** 1-based column index of the first header matching one of {@code names} (normalised), or 0. */
    int column(String... names) {
        for (int i = 0; i < header.size(); i++) {
            String h = normalise(header.get(i));
            for (String n : names) {
                if (h.equals(normalise(n))) {
                    return i + 1;
                }
            }
        }
        return 0;
    }

    static String normalise(String header) {
        return header.strip()
                .toLowerCase(Locale.ROOT)
                .replace('₂', '2')
                .replaceAll("\\s+", " ");
    }

    static CsvTable read(Connection c, Path file, String displayName, String table)
            throws SQLException, IOException, InvalidInputException {
        FileHead head = FileHead.read(file);
        if (head.firstLines().isEmpty() || head.firstLine().isBlank()) {
            throw InvalidInputException.of(displayName, 1, 1, "the first line is empty", "a header line naming the columns");
        }
        String first = head.firstLine();
        char delimiter = delimiterOf(first);
        List<String> header = splitHeader(first, delimiter);
        for (int i = 0; i < header.size(); i++) {
            if (header.get(i).isBlank()) {
                throw InvalidInputException.of(displayName, 1, i + 1, "column " + (i + 1) + " has no name", "a name for every column");
            }
        }
        StringBuilder columns = new StringBuilder();
        for (int i = 1; i <= header.size(); i++) {
            columns.append(i == 1 ? "" : ", ").append("'c").append(i).append("': 'VARCHAR'");
        }
        String path = literal(file.toAbsolutePath().toString());
        String rejects = table + "_rej";
        try (Statement s = c.createStatement()) {
            s.execute("create temp table " + table + "_raw as select row_number() over () as k, * from read_csv(" + path
                    + ", header = true, auto_detect = false, columns = {" + columns + "}, delim = " + literal(String.valueOf(delimiter))
                    + ", quote = '\"', escape = '\"', comment = '', strict_mode = true, store_rejects = true, rejects_table = '"
                    + rejects + "', rejects_scan = '" + table + "_rscan')");
        } catch (SQLException e) {
            throw InvalidInputException.of(displayName, 0, 0, "cannot read as CSV: " + firstLine(e.getMessage()), "a comma-separated text file with a header line");
        }
        List<Problem> problems = new ArrayList<>();
        try (Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("select line, column_idx, error_type, error_message from " + rejects
                        + " order by line limit 20")) {
            while (rs.next()) {
                String type = rs.getString(3);
                if (type != null && type.startsWith("INVALID")) {
                    // an encoding is a property of the whole file: one problem, at the first bad line
                    problems.clear();
                    problems.add(dev.greenops.model.common.ReadFailures.notUtf8(displayName, rs.getLong(1)));
                    break;
                }
                problems.add(Problem.error(
                        displayName,
                        rs.getLong(1),
                        Math.max(0, rs.getLong(2)),
                        describeReject(rs.getString(3), rs.getString(4)),
                        header.size() + " comma-separated fields per line, as in the header"));
            }
        }
        drop(c, rejects);
        drop(c, table + "_rscan");
        if (!problems.isEmpty()) {
            drop(c, table + "_raw");
            throw new InvalidInputException(problems);
        }
        try (Statement s = c.createStatement()) {
            // the k-th data row is the k-th non-blank line after the header (DuckDB skips blank lines)
            s.execute("create temp table " + table + "_lines as select row_number() over (order by n) - 1 as k, n as line from ("
                    + "select unnest(string_split(content, chr(10))) as l, generate_subscripts(string_split(content, chr(10)), 1) as n"
                    + " from read_text(" + path + ")) where l <> '' and l <> chr(13)");
            s.execute("create temp table " + table + " as select m.line, r.* exclude (k) from " + table + "_raw r join "
                    + table + "_lines m using (k)");
        }
        drop(c, table + "_raw");
        drop(c, table + "_lines");
        return new CsvTable(table, header, delimiter);
    }

    private static String describeReject(String type, String message) {
        return switch (type == null ? "" : type) {
            case "TOO MANY COLUMNS" -> "too many fields on this line (" + message + ")";
            case "MISSING COLUMNS" -> "too few fields on this line (" + message + ")";
            case "UNQUOTED VALUE" -> "a quote is not closed on this line";
            case "INVALID UNICODE" -> "this line is not valid UTF-8 text";
            default -> firstLine(message);
        };
    }

    static char delimiterOf(String headerLine) {
        int commas = count(headerLine, ',');
        int semicolons = count(headerLine, ';');
        int tabs = count(headerLine, '\t');
        if (tabs > commas && tabs > semicolons) {
            return '\t';
        }
        return semicolons > commas ? ';' : ',';
    }

    private static int count(String s, char c) {
        int n = 0;
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) == c) {
                n++;
            }
        }
        return n;
    }

    /** Splits a header line, honouring double quotes. */
    static List<String> splitHeader(String line, char delimiter) {
        List<String> out = new ArrayList<>();
        StringBuilder cur = new StringBuilder();
        boolean quoted = false;
        String l = line.endsWith("\r") ? line.substring(0, line.length() - 1) : line;
        for (int i = 0; i < l.length(); i++) {
            char ch = l.charAt(i);
            if (ch == '"') {
                if (quoted && i + 1 < l.length() && l.charAt(i + 1) == '"') {
                    cur.append('"');
                    i++;
                } else {
                    quoted = !quoted;
                }
            } else if (ch == delimiter && !quoted) {
                out.add(cur.toString().strip());
                cur.setLength(0);
            } else {
                cur.append(ch);
            }
        }
        out.add(cur.toString().strip());
        return out;
    }

    static String literal(String text) {
        return "'" + text.replace("'", "''") + "'";
    }

    static void drop(Connection c, String table) {
        try (Statement s = c.createStatement()) {
            s.execute("drop table if exists " + table);
        } catch (SQLException ignored) {
            // a temp table we made; if it is already gone there is nothing to clean
        }
    }

    static String firstLine(String message) {
        if (message == null) {
            return "unknown error";
        }
        int nl = message.indexOf('\n');
        return nl < 0 ? message : message.substring(0, nl);
    }
}
