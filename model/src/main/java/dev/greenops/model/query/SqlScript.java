package dev.greenops.model.query;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits SQL text into its {@code ;}-separated statements, for messages only: a semicolon inside a string, a quoted
 * identifier, a dollar-quoted string or a comment does not end a statement. Whether a query may run is decided by
 * DuckDB's own parser ({@link ReadOnlyQuery}), never by this split.
 */
final class SqlScript {

    private SqlScript() {}

    /** The statements of {@code sql}, each stripped; pieces that hold only blanks or comments are left out. */
    static List<String> statements(String sql) {
        List<String> out = new ArrayList<>();
        int start = 0;
        int i = 0;
        int n = sql.length();
        while (i < n) {
            char c = sql.charAt(i);
            if (c == '\'') {
                boolean escapes = i > 0 && (sql.charAt(i - 1) == 'E' || sql.charAt(i - 1) == 'e')
                        && (i < 2 || !Character.isLetterOrDigit(sql.charAt(i - 2)));
                i = endOfQuoted(sql, i, '\'', escapes);
            } else if (c == '"') {
                i = endOfQuoted(sql, i, '"', false);
            } else if (c == '-' && i + 1 < n && sql.charAt(i + 1) == '-') {
                int nl = sql.indexOf('\n', i);
                i = nl < 0 ? n : nl + 1;
            } else if (c == '/' && i + 1 < n && sql.charAt(i + 1) == '*') {
                i = endOfBlockComment(sql, i);
            } else if (c == '$' && dollarTag(sql, i) != null) {
                String tag = dollarTag(sql, i);
                int close = sql.indexOf(tag, i + tag.length());
                i = close < 0 ? n : close + tag.length();
            } else if (c == ';') {
                add(out, sql.substring(start, i));
                start = ++i;
            } else {
                i++;
            }
        }
        add(out, sql.substring(Math.min(start, n)));
        return out;
    }

    private static void add(List<String> out, String piece) {
        String s = piece.strip();
        if (!withoutComments(s).isBlank()) {
            out.add(s);
        }
    }

    /** {@code s} with its comments removed (strings kept), to tell a statement from a comment. */
    static String withoutComments(String s) {
        StringBuilder out = new StringBuilder();
        int i = 0;
        while (i < s.length()) {
            char c = s.charAt(i);
            if (c == '-' && i + 1 < s.length() && s.charAt(i + 1) == '-') {
                int nl = s.indexOf('\n', i);
                i = nl < 0 ? s.length() : nl + 1;
                out.append(' ');
            } else if (c == '/' && i + 1 < s.length() && s.charAt(i + 1) == '*') {
                i = endOfBlockComment(s, i);
                out.append(' ');
            } else if (c == '\'' || c == '"') {
                int end = endOfQuoted(s, i, c, false);
                out.append(s, i, end);
                i = end;
            } else {
                out.append(c);
                i++;
            }
        }
        return out.toString();
    }

    /** The index just after the closing quote of the quoted text opening at {@code open} (doubled quotes escape). */
    static int endOfQuoted(String s, int open, char quote, boolean backslashEscapes) {
        int i = open + 1;
        while (i < s.length()) {
            char c = s.charAt(i);
            if (backslashEscapes && c == '\\') {
                i += 2;
            } else if (c == quote) {
                if (i + 1 < s.length() && s.charAt(i + 1) == quote) {
                    i += 2;
                } else {
                    return i + 1;
                }
            } else {
                i++;
            }
        }
        return s.length();
    }

    /** After a block comment opening at {@code open}; block comments nest, as in PostgreSQL. */
    static int endOfBlockComment(String s, int open) {
        int depth = 0;
        int i = open;
        while (i < s.length()) {
            if (s.startsWith("/*", i)) {
                depth++;
                i += 2;
            } else if (s.startsWith("*/", i)) {
                depth--;
                i += 2;
                if (depth == 0) {
                    return i;
                }
            } else {
                i++;
            }
        }
        return s.length();
    }

    /** The dollar-quote tag ({@code $$} or {@code $name$}) starting at {@code i}, or null ({@code $1} is a parameter). */
    private static String dollarTag(String s, int i) {
        int j = i + 1;
        while (j < s.length() && (Character.isLetterOrDigit(s.charAt(j)) || s.charAt(j) == '_')) {
            j++;
        }
        if (j >= s.length() || s.charAt(j) != '$') {
            return null;
        }
        String name = s.substring(i + 1, j);
        if (!name.isEmpty() && !(Character.isLetter(name.charAt(0)) || name.charAt(0) == '_')) {
            return null;
        }
        return s.substring(i, j + 1);
    }
}
