package dev.greenops.model.schedule.config;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import dev.greenops.model.common.InvalidInputException;
import dev.greenops.model.common.Problem;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * A YAML document read with Jackson's streaming YAML parser into a small tree that remembers where every key and value
 * was (1-based line and column), so a configuration error can name the exact spot. Duplicate keys are errors.
 */
public final class LocatedYaml {

    private LocatedYaml() {}

    public sealed interface Node permits MapNode, ListNode, ScalarNode {
        int line();

        int column();

        /** What this node is, for messages ("a map", "a list", "the text 'x'"). */
        String describe();
    }

    public record Entry(String key, int line, int column, Node value) {}

    public record MapNode(List<Entry> entries, int line, int column) implements Node {
        @Override
        public String describe() {
            return "a map";
        }
    }

    public record ListNode(List<Node> items, int line, int column) implements Node {
        @Override
        public String describe() {
            return "a list";
        }
    }

    public enum Kind {
        STRING,
        INTEGER,
        FLOAT,
        BOOLEAN,
        NULL
    }

    public record ScalarNode(String text, Kind kind, int line, int column) implements Node {
        @Override
        public String describe() {
            // a long value (a whole CSV line read as YAML) is shortened: the start is enough to recognise it
            return kind == Kind.NULL ? "nothing" : "'" + (text.length() <= 60 ? text : text.substring(0, 57) + "...") + "'";
        }

        public boolean isNumber() {
            return kind == Kind.INTEGER || kind == Kind.FLOAT;
        }
    }

    private static final YAMLFactory FACTORY = new YAMLFactory();

    /** Parses {@code text}; syntax errors and duplicate keys are reported against {@code fileName}. */
    public static Node parse(String fileName, String text) throws InvalidInputException {
        try (JsonParser p = FACTORY.createParser(text)) {
            JsonToken first = p.nextToken();
            if (first == null) {
                // nothing to point at: a problem of the whole file, FILE:0:0
                throw InvalidInputException.of(fileName, 0, 0, text.isBlank() ? "the file is empty"
                        : "the file holds only comments, no YAML content", "YAML");
            }
            Node root = read(fileName, p);
            if (p.nextToken() != null) {
                JsonLocation l = p.currentTokenLocation();
                throw InvalidInputException.of(fileName, l.getLineNr(), l.getColumnNr(),
                        "a second YAML document is not supported", "one document per file");
            }
            return root;
        } catch (JsonProcessingException e) {
            throw new InvalidInputException(List.of(syntaxProblem(fileName, e)));
        } catch (IOException e) {
            throw InvalidInputException.of(fileName, 0, 0, "cannot read: " + e.getMessage(), "");
        }
    }

    private static Node read(String fileName, JsonParser p) throws IOException, InvalidInputException {
        JsonLocation l = p.currentTokenLocation();
        int line = l.getLineNr();
        int col = l.getColumnNr();
        JsonToken t = p.currentToken();
        switch (t) {
            case START_OBJECT -> {
                List<Entry> entries = new ArrayList<>();
                while (p.nextToken() == JsonToken.FIELD_NAME) {
                    JsonLocation kl = p.currentTokenLocation();
                    String key = p.currentName();
                    for (Entry e : entries) {
                        if (e.key().equals(key)) {
                            throw InvalidInputException.of(fileName, kl.getLineNr(), kl.getColumnNr(),
                                    "duplicate key '" + key + "' (first at line " + e.line() + ")", "each key once");
                        }
                    }
                    p.nextToken();
                    entries.add(new Entry(key, kl.getLineNr(), kl.getColumnNr(), read(fileName, p)));
                }
                return new MapNode(List.copyOf(entries), line, col);
            }
            case START_ARRAY -> {
                List<Node> items = new ArrayList<>();
                while (p.nextToken() != JsonToken.END_ARRAY) {
                    items.add(read(fileName, p));
                }
                return new ListNode(List.copyOf(items), line, col);
            }
            case VALUE_STRING -> {
                return new ScalarNode(p.getText(), Kind.STRING, line, col);
            }
            case VALUE_NUMBER_INT -> {
                return new ScalarNode(p.getText(), Kind.INTEGER, line, col);
            }
            case VALUE_NUMBER_FLOAT -> {
                return new ScalarNode(p.getText(), Kind.FLOAT, line, col);
            }
            case VALUE_TRUE, VALUE_FALSE -> {
                return new ScalarNode(t == JsonToken.VALUE_TRUE ? "true" : "false", Kind.BOOLEAN, line, col);
            }
            case VALUE_NULL -> {
                return new ScalarNode("", Kind.NULL, line, col);
            }
            default -> throw InvalidInputException.of(fileName, line, col, "unsupported YAML content (" + t + ")",
                    "maps, lists and plain values");
        }
    }

    /** What every YAML file here is made of, said when a syntax error gives no better hint. */
    static final String YAML_SHAPE = "YAML: 'key: value' lines and '- item' lists, indented with spaces";

    /**
     * A syntax error at SnakeYAML's problem mark (where the parser gave up), with its problem text ("found character
     * '\t' that cannot start any token"); Jackson's own location and message are those of the context ("while scanning
     * for the next token", at the start of the enclosing construct), which point people at the wrong line.
     */
    static Problem syntaxProblem(String fileName, JsonProcessingException e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof org.yaml.snakeyaml.error.MarkedYAMLException m && m.getProblem() != null) {
                org.yaml.snakeyaml.error.Mark mark = m.getProblemMark() != null ? m.getProblemMark() : m.getContextMark();
                String context = m.getContext() == null ? "" : m.getContext().strip();
                org.yaml.snakeyaml.error.Mark contextMark = m.getContextMark();
                String where = context.isEmpty() ? ""
                        : " (" + context + (contextMark == null || mark == null || contextMark.getLine() == mark.getLine()
                                ? "" : " started at line " + (contextMark.getLine() + 1)) + ")";
                String[] messageAndExpected = splitExpected(m.getProblem().strip());
                return Problem.error(fileName, mark == null ? 0 : mark.getLine() + 1, mark == null ? 0 : mark.getColumn() + 1,
                        "not valid YAML: " + messageAndExpected[0] + where, messageAndExpected[1]);
            }
        }
        JsonLocation l = e.getLocation();
        String message = e.getOriginalMessage() == null ? "" : ": " + firstLine(e.getOriginalMessage());
        return Problem.error(fileName, l == null ? 0 : Math.max(0, l.getLineNr()),
                l == null ? 0 : Math.max(0, l.getColumnNr()), "not valid YAML" + message, YAML_SHAPE);
    }

    /** SnakeYAML's "expected X, but found Y" as the message "found Y" and the expected part "X". */
    private static String[] splitExpected(String problem) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("(?s)expected (.+?), but found (.+)").matcher(problem);
        if (m.matches()) {
            return new String[] {"found " + m.group(2).strip(), m.group(1).strip()};
        }
        if (problem.contains("\\t") || problem.contains("\t")) {
            // SnakeYAML says "'\t(TAB)' ... token. (Do not use \t(TAB) for indentation)": the advice goes to expected
            String text = problem.replace("\\t(TAB)", "\\t").replace("\t", "\\t")
                    .replaceFirst("\\.? *\\(Do not use .*\\)$", "");
            return new String[] {text, "spaces for indentation; YAML does not allow tabs there"};
        }
        return new String[] {problem, YAML_SHAPE};
    }

    private static String firstLine(String s) {
        int nl = s.indexOf('\n');
        return (nl < 0 ? s : s.substring(0, nl)).strip();
    }
}
