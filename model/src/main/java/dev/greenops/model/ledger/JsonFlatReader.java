package dev.greenops.model.ledger;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.greenops.model.common.InvalidInputException;
import dev.greenops.model.common.Problem;
import dev.greenops.model.common.ReadFailures;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.duckdb.DuckDBAppender;
import org.duckdb.DuckDBConnection;

/**
 * Reads a JSON array of objects, or newline-delimited JSON (one object per line), into the stage. DuckDB reads the
 * records ({@code read_json_objects}) and extracts the fields with their JSON types. DuckDB does not report where a
 * record starts, so for JSON arrays (and NDJSON with blank lines) a streaming tokenizer notes each record's line and
 * column; it never builds the records. The same tokenizer finds the exact place of a syntax error.
 */
final class JsonFlatReader {

    private JsonFlatReader() {}

    /** Whether the text starts with {@code [} (an array) rather than an object per line. */
    static boolean isArray(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            for (int b; (b = in.read()) != -1; ) {
                if (b == '[') {
                    return true;
                }
                if (!Character.isWhitespace(b) && b != 0xEF && b != 0xBB && b != 0xBF) {
                    return false;
                }
            }
        }
        return false;
    }

    /**
     * Reads the records. With {@code flatten}, nested objects become dotted paths ({@code project.id}); without, each
     * top-level key is one field and a nested object is a value of type object (which the schema rejects).
     */
    static FlatSource read(StageSession stage, Path file, String displayName, boolean flatten)
            throws IOException, SQLException, InvalidInputException {
        Connection c = stage.connection();
        boolean array = isArray(file);
        String source = "read_json_objects(" + Sql.literal(file.toString()) + ", format = '"
                + (array ? "array" : "newline_delimited") + "', maximum_object_size = 67108864)";
        String raw = stage.table("json_raw");
        try {
            Sql.exec(c, "CREATE TABLE " + raw + " AS SELECT json::VARCHAR AS _raw FROM " + source);
        } catch (SQLException e) {
            throw new UnreadableFileException(List.of(syntaxProblem(file, displayName, array, Sql.message(e))));
        }
        long rows = Sql.queryLong(c, "SELECT count(*) FROM " + raw);
        String positioned = stage.table("json_positioned");
        if (!array && LineIndex.countLines(file) == rows) {
            Sql.exec(c, "CREATE VIEW " + positioned + " AS SELECT rowid + 1 AS _line, 1 AS _col0, _raw FROM " + raw);
        } else {
            String pos = stage.table("json_pos");
            Sql.exec(c, "CREATE TABLE " + pos + " (rec BIGINT, line BIGINT, col BIGINT)");
            long scanned;
            try {
                scanned = scanPositions(c, stage.db(), file, array);
            } catch (JsonProcessingException e) {
                // DuckDB read the records it could; the tokenizer knows where the text stops being JSON
                throw new UnreadableFileException(List.of(ReadFailures.of(displayName, e, expectedText(array))));
            }
            if (scanned != rows) {
                throw UnreadableFileException.of(
                        displayName, 0, 0, "read " + rows + " records but found " + scanned + " values", "JSON objects");
            }
            Sql.exec(
                    c,
                    "CREATE TABLE " + positioned + " AS SELECT p.line AS _line, p.col AS _col0, r._raw FROM " + raw
                            + " r JOIN " + pos + " p ON p.rec = r.rowid ORDER BY r.rowid");
        }
        List<Problem> notObjects = notObjects(c, positioned, displayName);
        if (!notObjects.isEmpty()) {
            throw new InvalidInputException(notObjects);
        }
        List<Problem> twice = duplicateKeys(c, positioned, displayName);
        if (!twice.isEmpty()) {
            throw new InvalidInputException(twice);
        }
        List<String> paths = rows == 0 ? List.of() : paths(c, positioned, flatten);
        String flat = stage.table("json_flat");
        StringBuilder select = new StringBuilder("SELECT _line, _col0, _raw");
        List<FlatSource.Column> columns = new ArrayList<>();
        for (int i = 1; i <= paths.size(); i++) {
            String jsonPath = jsonPath(paths.get(i - 1));
            select.append(", json_extract_string(_raw, ").append(jsonPath).append(") AS c").append(i);
            select.append(", json_type(_raw, ").append(jsonPath).append(") AS t").append(i);
            columns.add(new FlatSource.Column(paths.get(i - 1), 0, "c" + i, "t" + i));
        }
        Sql.exec(c, "CREATE TABLE " + flat + " AS " + select + " FROM " + positioned + " ORDER BY _line, _col0");
        return new FlatSource(flat, FlatSource.Kind.JSON, columns, rows);
    }

    private static String expectedText(boolean array) {
        return array ? "a JSON array of objects" : "one JSON object per line";
    }

    /** The DuckDB JSON path literal for a dotted path. */
    static String jsonPath(String dotted) {
        StringBuilder p = new StringBuilder("$");
        for (String part : dotted.split("\\.", -1)) {
            p.append(".\"").append(part.replace("\"", "\\\"")).append('"');
        }
        return Sql.literal(p.toString());
    }

    private static List<Problem> notObjects(Connection c, String table, String displayName) throws SQLException {
        List<Problem> problems = new ArrayList<>();
        for (String[] r : Sql.queryRows(
                c,
                "SELECT _line, _col0, json_type(_raw::JSON) FROM " + table + " WHERE json_type(_raw::JSON) <> 'OBJECT'"
                        + " ORDER BY _line LIMIT " + LedgerValidator.MAX_PROBLEMS)) {
            problems.add(Problem.error(
                    displayName,
                    Long.parseLong(r[0]),
                    Long.parseLong(r[1]),
                    "the record is " + ProblemText.jsonTypeWord(r[2]),
                    "a JSON object with the ledger fields"));
        }
        return problems;
    }

    /**
     * Records that give a key twice ({@code "team": "a", ..., "team": "b"}): DuckDB and most readers keep one of the
     * values without a word, so the row is ambiguous. SQL finds the records (top-level keys); the tokenizer then finds
     * the second occurrence, at any depth, and its line and column.
     */
    private static List<Problem> duplicateKeys(Connection c, String table, String displayName)
            throws SQLException, IOException {
        List<Problem> problems = new ArrayList<>();
        for (String[] r : Sql.queryRows(c, "SELECT _line, _col0, _raw FROM " + table + " WHERE len(json_keys(_raw::JSON))"
                + " <> len(list_distinct(json_keys(_raw::JSON))) ORDER BY _line, _col0 LIMIT "
                + LedgerValidator.MAX_PROBLEMS)) {
            long line0 = Long.parseLong(r[0]);
            long col0 = Long.parseLong(r[1]);
            try (JsonParser p = new JsonFactory().createParser(r[2])) {
                java.util.Deque<Map<String, JsonLocation>> seen = new java.util.ArrayDeque<>();
                for (JsonToken t; (t = p.nextToken()) != null; ) {
                    if (t == JsonToken.START_OBJECT) {
                        seen.push(new java.util.HashMap<>());
                    } else if (t == JsonToken.END_OBJECT) {
                        seen.pop();
                    } else if (t == JsonToken.FIELD_NAME) {
                        JsonLocation at = p.currentTokenLocation();
                        JsonLocation first = seen.peek().putIfAbsent(p.currentName(), at);
                        if (first != null) {
                            problems.add(Problem.error(displayName, line0 + at.getLineNr() - 1,
                                    column(at, col0), "the key \"" + p.currentName() + "\" is given twice in this"
                                            + " record (first on line " + (line0 + first.getLineNr() - 1) + ", column "
                                            + column(first, col0) + "), so its value is ambiguous",
                                    "each key once per record"));
                            break;
                        }
                    }
                }
            }
        }
        return problems;
    }

    /** A column in the file from a column inside a record that starts at column {@code col0} of its first line. */
    private static long column(JsonLocation at, long col0) {
        return at.getLineNr() == 1 ? col0 + at.getColumnNr() - 1 : at.getColumnNr();
    }

    /** Every field path in the file, in order of first appearance. */
    private static List<String> paths(Connection c, String table, boolean flatten) throws SQLException, IOException {
        String structure = Sql.queryRows(c, "SELECT json_group_structure(_raw::JSON)::VARCHAR FROM " + table)
                .getFirst()[0];
        JsonNode root = new ObjectMapper().readTree(structure);
        List<String> paths = new ArrayList<>();
        collect(root, "", flatten, paths);
        return paths;
    }

    private static void collect(JsonNode node, String prefix, boolean flatten, List<String> out) {
        for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            String path = prefix.isEmpty() ? e.getKey() : prefix + "." + e.getKey();
            // a STRUCT is flattened, but an object where a UFMS:003 value belongs ("team": {...}) stays one field,
            // so the checks say that team must be text rather than that team is missing and team.x unknown
            if (flatten && e.getValue().isObject()
                    && UfmsSchema.standard().property(e.getKey().toLowerCase(Locale.ROOT)).isEmpty()) {
                collect(e.getValue(), path, true, out);
            } else {
                out.add(path);
            }
        }
    }

    /** Streams the file's tokens and appends each top-level record's (index, line, column) to the stage. */
    private static long scanPositions(Connection c, String db, Path file, boolean array) throws IOException, SQLException {
        long rec = 0;
        try (JsonParser p = new JsonFactory().createParser(file.toFile());
                DuckDBAppender appender = c.unwrap(DuckDBConnection.class).createAppender(db, "main", "json_pos")) {
            if (array && p.nextToken() != JsonToken.START_ARRAY) {
                return -1;
            }
            for (JsonToken t; (t = p.nextToken()) != null; ) {
                if (array && t == JsonToken.END_ARRAY) {
                    break;
                }
                JsonLocation at = p.currentTokenLocation();
                appender.beginRow().append(rec++).append((long) at.getLineNr()).append((long) at.getColumnNr()).endRow();
                p.skipChildren();
            }
        }
        return rec;
    }

    /** Where the JSON is broken, found by tokenizing up to the error; DuckDB's message when the tokenizer is happy. */
    static Problem syntaxProblem(Path file, String displayName, boolean array, String duckMessage) throws IOException {
        String expected = expectedText(array);
        try (JsonParser p = new JsonFactory().createParser(file.toFile())) {
            while (p.nextToken() != null) {
                // tokenizing is the check
            }
        } catch (JsonProcessingException e) {
            return ReadFailures.of(displayName, e, expected);
        }
        return Problem.error(displayName, 0, 0, "cannot read the JSON: " + duckMessage, expected);
    }
}
