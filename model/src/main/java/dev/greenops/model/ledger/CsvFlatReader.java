package dev.greenops.model.ledger;

import dev.greenops.model.common.InvalidInputException;
import dev.greenops.model.common.Problem;
import dev.greenops.model.common.ReadFailures;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

/**
 * Reads a comma-separated file with a header into the stage. DuckDB parses the file ({@code read_csv} with an explicit
 * all-VARCHAR column list, so every value reaches the checks as the text the user wrote, and {@code store_rejects} to
 * collect rows that do not parse as CSV). Lines are physical lines of the file, header = 1, counting the line breaks
 * inside quoted fields.
 */
final class CsvFlatReader {

    /** The longest header line read. */
    private static final int MAX_HEADER_BYTES = 1 << 20;

    private CsvFlatReader() {}

    /** The header's field names, parsed from the first line. */
    static List<String> header(Path file, String displayName) throws IOException, InvalidInputException {
        String line = firstLine(file);
        if (line.isBlank()) {
            throw UnreadableFileException.of(
                    displayName, 1, 1, "the first line is empty", "a header line with the column names");
        }
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char ch = line.charAt(i);
            if (quoted) {
                if (ch == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else if (ch == '"') {
                    quoted = false;
                } else {
                    field.append(ch);
                }
            } else if (ch == '"') {
                quoted = true;
            } else if (ch == ',') {
                fields.add(field.toString().strip());
                field.setLength(0);
            } else {
                field.append(ch);
            }
        }
        if (quoted) {
            throw InvalidInputException.of(
                    displayName, 1, line.length(), "the header has an unclosed quote", "column names on one line");
        }
        fields.add(field.toString().strip());
        return fields;
    }

    private static String firstLine(Path file) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (InputStream in = Files.newInputStream(file)) {
            for (int b; (b = in.read()) != -1 && b != '\n' && out.size() < MAX_HEADER_BYTES; ) {
                out.write(b);
            }
        }
        String s = out.toString(StandardCharsets.UTF_8);
        if (s.startsWith("\uFEFF")) {
            s = s.substring(1);
        }
        return s.endsWith("\r") ? s.substring(0, s.length() - 1) : s;
    }

    /**
     * Problems with the header itself: data where names should be, empty or repeated names.
     *
     * @param expectedHeader the header line to suggest when the first line holds data
     */
    static List<Problem> headerProblems(List<String> header, String displayName, String expectedHeader) {
        List<Problem> problems = new ArrayList<>();
        if (header.size() == 1 && (header.getFirst().contains(";") || header.getFirst().contains("\t"))) {
            String separator = header.getFirst().contains(";") ? "semicolons" : "tabs";
            problems.add(Problem.error(displayName, 1, 1, "the fields are separated by " + separator,
                    "commas between fields: " + expectedHeader));
            return problems;
        }
        if (!header.isEmpty() && header.getFirst().matches("[0-9]{4}-[0-9]{2}-[0-9]{2}.*|[+-]?[0-9.]+")) {
            problems.add(Problem.error(
                    displayName, 1, 1, "the first line holds data, not column names", "a header line: " + expectedHeader));
            return problems;
        }
        Map<String, Integer> seen = new HashMap<>();
        for (int i = 0; i < header.size(); i++) {
            String name = header.get(i);
            if (name.isEmpty()) {
                problems.add(Problem.error(displayName, 1, i + 1, "column " + (i + 1) + " has no name", "a column name"));
                continue;
            }
            Integer first = seen.putIfAbsent(name.toLowerCase(Locale.ROOT), i + 1);
            if (first != null) {
                problems.add(Problem.error(
                        displayName,
                        1,
                        i + 1,
                        "column " + name + " appears twice (also column " + first + ")",
                        "each column once"));
            }
        }
        return problems;
    }

    /**
     * Reads the header, checks it ({@link #headerProblems} plus the format's own {@code formatChecks}, all reported
     * together), then the rows. What every CSV ledger format does first.
     */
    static FlatSource readChecked(
            StageSession stage,
            Path file,
            String displayName,
            String expectedHeader,
            Function<List<String>, List<Problem>> formatChecks)
            throws IOException, SQLException, InvalidInputException {
        List<String> header = header(file, displayName);
        List<Problem> problems = new ArrayList<>(headerProblems(header, displayName, expectedHeader));
        problems.addAll(formatChecks.apply(header));
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        return read(stage, file, displayName, header);
    }

    /**
     * Reads the rows (all but the header) into the stage. Rows that are not valid CSV (wrong number of fields, a quote
     * never closed, bad UTF-8) are reported, all of them, with their physical line.
     */
    static FlatSource read(StageSession stage, Path file, String displayName, List<String> header)
            throws IOException, SQLException, InvalidInputException {
        Connection c = stage.connection();
        String raw = stage.table("csv_raw");
        String rejects = stage.db() + "_rejects";
        String scans = stage.db() + "_scans";
        StringBuilder columns = new StringBuilder("{");
        for (int i = 1; i <= header.size(); i++) {
            columns.append(i > 1 ? ", " : "").append("'c").append(i).append("': 'VARCHAR'");
        }
        columns.append('}');
        try {
            Sql.exec(
                    c,
                    "CREATE TABLE " + raw + " AS SELECT * FROM read_csv(" + Sql.literal(file.toString())
                            + ", header = true, auto_detect = false, delim = ',', quote = '\"', escape = '\"',"
                            + " columns = " + columns + ", store_rejects = true, rejects_table = '" + rejects
                            + "', rejects_scan = '" + scans + "', max_line_size = 4194304)");
        } catch (SQLException e) {
            throw UnreadableFileException.of(displayName, 0, 0, "cannot read as CSV: " + Sql.message(e), "a UTF-8 CSV file");
        }
        List<Problem> structural = rejectProblems(c, rejects, file, displayName, header.size());
        if (!structural.isEmpty()) {
            throw new InvalidInputException(structural);
        }
        long rows = Sql.queryLong(c, "SELECT count(*) FROM " + raw);
        String flat = stage.table("csv_flat");
        StringBuilder select = new StringBuilder();
        for (int i = 1; i <= header.size(); i++) {
            select.append(", c").append(i);
        }
        boolean oneLinePerRecord = LineIndex.countLines(file) == rows + 1;
        if (oneLinePerRecord) {
            // one line per record: no blank lines, no line breaks inside quoted fields
            Sql.exec(c, "CREATE VIEW " + flat + " AS SELECT rowid + 2 AS _line" + select + " FROM " + raw);
        } else {
            Sql.exec(c, "CREATE TABLE " + stage.table("csv_lines") + " AS " + recordStartLines(file));
            Sql.exec(
                    c,
                    "CREATE TABLE " + flat + " AS SELECT l.line AS _line" + select + " FROM " + raw + " r JOIN "
                            + stage.table("csv_lines") + " l ON l.rec = r.rowid ORDER BY r.rowid");
        }
        List<Problem> trailing = trailingEmptyFields(stage, file, displayName, header.size(), oneLinePerRecord);
        if (!trailing.isEmpty()) {
            throw new InvalidInputException(trailing);
        }
        List<FlatSource.Column> cols = new ArrayList<>();
        for (int i = 1; i <= header.size(); i++) {
            cols.add(new FlatSource.Column(header.get(i - 1), i, "c" + i, null));
        }
        return new FlatSource(flat, FlatSource.Kind.CSV, cols, rows);
    }

    /** Never a value in a ledger: marks an empty field, so it differs from the NULL of a field that is not there. */
    private static final String EMPTY_MARK = "\u0001greenops-empty\u0001";

    /**
     * Rows with more fields than the header whose extra fields are all empty ({@code ...,gcp:annual-average:2024,,}):
     * DuckDB drops trailing empty fields, but a comma too many usually means a value was left out further left and
     * every later value moved one column. A second, cheap pass reads one column more than the header, with an empty
     * field told apart from a missing one; the row numbers are the first pass's (same file, same rows). Not strict, so
     * a row with two or more extra empty fields is read too rather than failing the pass; not parallel, since DuckDB's
     * parallel reader refuses null padding where quoted fields hold line breaks.
     */
    private static List<Problem> trailingEmptyFields(
            StageSession stage, Path file, String displayName, int columns, boolean oneLinePerRecord)
            throws SQLException {
        Connection c = stage.connection();
        StringBuilder spec = new StringBuilder("{");
        for (int i = 1; i <= columns + 1; i++) {
            spec.append(i > 1 ? ", " : "").append("'c").append(i).append("': 'VARCHAR'");
        }
        spec.append('}');
        String extra = stage.table("csv_extra");
        Sql.exec(c, "CREATE TABLE " + extra + " AS SELECT c" + (columns + 1) + " IS NOT NULL AS extra FROM read_csv("
                + Sql.literal(file.toString()) + ", header = true, auto_detect = false, delim = ',', quote = '\"',"
                + " escape = '\"', columns = " + spec + ", null_padding = true, nullstr = " + Sql.literal(EMPTY_MARK)
                + ", max_line_size = 4194304, strict_mode = false, parallel = false)");
        long count = Sql.queryLong(c, "SELECT count(*) FROM " + extra + " WHERE extra");
        if (count == 0) {
            return List.of();
        }
        List<String[]> rows = Sql.queryRows(c, "SELECT rowid FROM " + extra + " WHERE extra ORDER BY rowid LIMIT "
                + LedgerValidator.MAX_PROBLEMS);
        List<Problem> problems = new ArrayList<>();
        for (String[] r : rows) {
            long rec = Long.parseLong(r[0]);
            long line = oneLinePerRecord ? rec + 2 : Sql.queryLong(c, "SELECT line FROM "
                    + stage.table("csv_lines") + " WHERE rec = " + rec);
            problems.add(Problem.error(displayName, line, columns + 1L,
                    "the row has more fields than the header (empty fields after column " + columns + ")",
                    columns + " comma-separated fields per row, no comma after the last field"));
        }
        if (count > rows.size()) {
            problems.add(Problem.error(displayName, 0, 0, String.format(Locale.ROOT,
                    "and %,d more rows with more fields than the header", count - rows.size()), ""));
        }
        return problems;
    }

    /**
     * SQL listing, for record k (0-based, in file order), the physical line where it starts. A line starts a record
     * when it is not blank and the quotes before it are balanced (a line inside a quoted field follows an odd number
     * of quote characters; an escaped quote "" adds two and keeps the balance).
     */
    private static String recordStartLines(Path file) {
        return "WITH parts AS (SELECT string_split(content, chr(10)) AS p FROM read_text(" + Sql.literal(file.toString())
                + ")), lines AS (SELECT unnest(generate_series(1, len(p))) AS line, unnest(p) AS l FROM parts),"
                + " q AS (SELECT line, l, coalesce(sum(len(l) - len(replace(l, '\"', ''))) OVER (ORDER BY line ROWS"
                + " BETWEEN UNBOUNDED PRECEDING AND 1 PRECEDING), 0) AS quotes_before FROM lines)"
                + " SELECT line, row_number() OVER (ORDER BY line) - 2 AS rec FROM q"
                + " WHERE quotes_before % 2 = 0 AND trim(l, chr(13) || ' ') <> ''";
    }

    private static List<Problem> rejectProblems(
            Connection c, String rejects, Path file, String displayName, int expectedColumns)
            throws SQLException, IOException {
        // DuckDB stores one reject per missing field; a person needs one problem per row
        long count = Sql.queryLong(c, "SELECT count(DISTINCT line_byte_position) FROM " + rejects);
        if (count == 0) {
            return List.of();
        }
        List<String[]> rows = Sql.queryRows(
                c,
                "SELECT line_byte_position, min(column_idx), arg_min(error_type, column_idx), arg_min(error_message, column_idx) FROM " + rejects
                        + " GROUP BY line_byte_position ORDER BY line_byte_position LIMIT "
                        + LedgerValidator.MAX_PROBLEMS);
        long[] offsets = new long[rows.size()];
        for (int i = 0; i < rows.size(); i++) {
            offsets[i] = rows.get(i)[0] == null ? 0 : Math.max(0, Long.parseLong(rows.get(i)[0]) - 1);
        }
        long[] lines = LineIndex.linesAt(file, offsets);
        List<Problem> problems = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            if (rows.get(i)[2].startsWith("INVALID")) {
                // an encoding is a property of the whole file: one problem, at the first bad line
                return List.of(ReadFailures.notUtf8(displayName, lines[i]));
            }
        }
        for (int i = 0; i < rows.size(); i++) {
            String[] r = rows.get(i);
            long column = r[1] == null ? 0 : Long.parseLong(r[1]);
            String type = r[2];
            String message =
                    switch (type) {
                        case "MISSING COLUMNS" -> "the row has fewer fields than the header ("
                                + found(r[3]) + " of " + expectedColumns + ")";
                        case "TOO MANY COLUMNS" -> "the row has more fields than the header (" + found(r[3]) + " for "
                                + expectedColumns + " columns)";
                        case "UNQUOTED VALUE" -> "a quote inside an unquoted field";
                        case "INVALID ENCODING", "INVALID UNICODE" -> "the line is not valid UTF-8";
                        case "LINE SIZE OVER MAXIMUM" -> "the line is longer than 4 MiB";
                        default -> "the row cannot be read as CSV (" + type.toLowerCase(Locale.ROOT) + ")";
                    };
            if (type.equals("MISSING COLUMNS")) {
                column = found(r[3]).isEmpty() ? column : Long.parseLong(found(r[3])) + 1;
            } else if (type.equals("TOO MANY COLUMNS")) {
                column = expectedColumns + 1L;
            }
            problems.add(Problem.error(
                    displayName,
                    lines[i],
                    Math.max(1, column),
                    message,
                    expectedColumns + " comma-separated fields per row, quotes around fields that hold commas,"
                            + " quotes or line breaks"));
        }
        if (count > rows.size()) {
            problems.add(Problem.error(
                    displayName,
                    0,
                    0,
                    String.format(Locale.ROOT, "and %,d more rows that cannot be read as CSV", count - rows.size()),
                    ""));
        }
        return problems;
    }

    private static String found(String duckMessage) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("Found: (\\d+)").matcher(duckMessage == null ? "" : duckMessage);
        return m.find() ? m.group(1) : "";
    }
}
