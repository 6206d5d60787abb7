package dev.greenops.model.query;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Makes a PIVOT without IN lists checkable. DuckDB answers {@code PIVOT ledger ON team USING sum(energy_kwh)} by first
 * collecting the distinct values of the ON columns (it prepends a temporary ENUM type made from a SELECT DISTINCT over
 * the same source) and then running a SELECT, so {@code json_serialize_sql} will not serialise it. For the check only,
 * each ON column without an IN list gets a placeholder list {@code IN ('')}; with every ON column listed, the PIVOT
 * parses to a SELECT that {@link ReadOnlyQuery} walks like any other.
 *
 * <p>The rewrite only ever inserts those placeholder constants and never removes text, so every table, table function
 * and function of the original is still in the checked tree; the original text is what runs. If the insertion lands
 * somewhere odd, the rewritten text fails to parse and the query is refused, never let through.
 */
final class PivotLists {

    private static final Set<String> PIVOT = Set.of("pivot", "pivot_wider");
    private static final Set<String> ENDS_ON_LIST = Set.of("using", "group", "order", "limit", "offset", "qualify",
            "having", "window", "union", "except", "intersect");
    static final String PLACEHOLDER = " IN ('')";

    private PivotLists() {}

    private record Token(String word, char punct, int start, int end, int depth) {}

    /** {@code sql} with a placeholder IN list after every ON column of a PIVOT that has none; unchanged if none. */
    static String withPlaceholders(String sql) {
        List<Token> tokens = tokens(sql);
        List<Integer> inserts = new ArrayList<>();
        for (int i = 0; i < tokens.size(); i++) {
            if (tokens.get(i).word() == null || !PIVOT.contains(tokens.get(i).word())) {
                continue;
            }
            int depth = tokens.get(i).depth();
            int on = i + 1;
            while (on < tokens.size() && !(tokens.get(on).depth() == depth && "on".equals(tokens.get(on).word()))) {
                if (tokens.get(on).depth() < depth || tokens.get(on).punct() == ';' || isEnd(tokens.get(on), depth)) {
                    on = tokens.size();
                    break;
                }
                on++;
            }
            if (on >= tokens.size()) {
                continue;
            }
            boolean listed = false;
            int lastEnd = -1;
            for (int j = on + 1; j <= tokens.size(); j++) {
                Token t = j < tokens.size() ? tokens.get(j) : null;
                boolean itemEnds = t == null || t.depth() < depth || t.punct() == ';'
                        || (t.depth() == depth && (t.punct() == ',' || isEnd(t, depth)));
                if (itemEnds) {
                    if (!listed && lastEnd >= 0) {
                        inserts.add(lastEnd);
                    }
                    if (t == null || t.punct() != ',' || t.depth() != depth) {
                        break;
                    }
                    listed = false;
                    lastEnd = -1;
                } else {
                    if (t.depth() == depth && "in".equals(t.word())) {
                        listed = true;
                    }
                    lastEnd = t.end();
                }
            }
        }
        if (inserts.isEmpty()) {
            return sql;
        }
        StringBuilder out = new StringBuilder(sql);
        for (int k = inserts.size() - 1; k >= 0; k--) {
            out.insert(inserts.get(k), PLACEHOLDER);
        }
        return out.toString();
    }

    private static boolean isEnd(Token t, int depth) {
        return t.depth() == depth && t.word() != null && ENDS_ON_LIST.contains(t.word());
    }

    /**
     * The words (lower case) and punctuation of {@code sql} with their paren depth; strings, quoted identifiers and
     * comments are one opaque token each. A closing paren carries the depth outside it.
     */
    private static List<Token> tokens(String sql) {
        List<Token> out = new ArrayList<>();
        int depth = 0;
        int i = 0;
        int n = sql.length();
        while (i < n) {
            char c = sql.charAt(i);
            int end;
            if (Character.isWhitespace(c)) {
                i++;
                continue;
            } else if (c == '-' && i + 1 < n && sql.charAt(i + 1) == '-') {
                int nl = sql.indexOf('\n', i);
                i = nl < 0 ? n : nl + 1;
                continue;
            } else if (c == '/' && i + 1 < n && sql.charAt(i + 1) == '*') {
                i = SqlScript.endOfBlockComment(sql, i);
                continue;
            } else if (c == '\'' || c == '"') {
                end = SqlScript.endOfQuoted(sql, i, c, false);
                out.add(new Token(null, c, i, end, depth));
            } else if (Character.isLetter(c) || c == '_') {
                end = i + 1;
                while (end < n && (Character.isLetterOrDigit(sql.charAt(end)) || sql.charAt(end) == '_')) {
                    end++;
                }
                out.add(new Token(sql.substring(i, end).toLowerCase(Locale.ROOT), ' ', i, end, depth));
            } else if (c == '(') {
                end = i + 1;
                out.add(new Token(null, c, i, end, depth));
                depth++;
            } else if (c == ')') {
                end = i + 1;
                depth = Math.max(0, depth - 1);
                out.add(new Token(null, c, i, end, depth));
            } else {
                end = i + 1;
                out.add(new Token(null, c, i, end, depth));
            }
            i = end;
        }
        return out;
    }
}
