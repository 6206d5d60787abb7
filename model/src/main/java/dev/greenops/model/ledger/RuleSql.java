package dev.greenops.model.ledger;

import dev.greenops.model.ledger.PropertyRule.Alternative;
import dev.greenops.model.ledger.PropertyRule.Format;
import dev.greenops.model.ledger.PropertyRule.ValueType;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * Translates one {@link PropertyRule} into a DuckDB SQL expression that yields a violation code for a staged value, or
 * NULL when the value is valid. The codes are {@code missing}, {@code type}, {@code min}, {@code max}, {@code length}
 * and {@code invalid} (pattern, format or anyOf). Each check mirrors the JSON Schema 2020-12 keyword it comes from; the
 * schema-agreement test runs a corpus through both this SQL and a JSON Schema validator.
 */
public final class RuleSql {

    /** How a CSV cell (or a BigQuery string) must look to count as a JSON number. */
    static final String NUMBER_TEXT = "^[+-]?([0-9]+(\\.[0-9]*)?|\\.[0-9]+)([eE][+-]?[0-9]+)?$";

    /** RFC 3339 date-time, the shape JSON Schema's date-time format asserts. */
    static final String DATE_TIME_TEXT =
            "^[0-9]{4}-[0-9]{2}-[0-9]{2}[Tt][0-9]{2}:[0-9]{2}:[0-9]{2}(\\.[0-9]+)?([Zz]|[+-][0-9]{2}:[0-9]{2})$";

    /** The email shape asserted for format: email (a pragmatic subset of RFC 5321, as documented). */
    static final String EMAIL_TEXT = "^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$";

    private static final String INTEGER_TAGS = "('UBIGINT', 'BIGINT', 'HUGEINT', 'UHUGEINT')";
    private static final String NUMBER_TAGS = "('UBIGINT', 'BIGINT', 'HUGEINT', 'UHUGEINT', 'DOUBLE')";

    private RuleSql() {}

    /**
     * @param value SQL expression of the value as text (NULL when absent)
     * @param tag SQL expression of the JSON type tag ({@code json_type} names), ignored in {@link TypingMode#TEXT}
     */
    public static String violation(PropertyRule rule, String value, String tag, TypingMode mode) {
        List<String[]> whens = new ArrayList<>();
        String absent = mode == TypingMode.TEXT ? value + " IS NULL" : "(" + tag + " IS NULL OR " + tag + " = 'NULL')";
        whens.add(new String[] {absent, rule.required() ? "'missing'" : "NULL"});
        String number = "try_cast(" + value + " AS DOUBLE)";
        String typeBad = typeViolation(rule, value, tag, mode, number);
        if (typeBad != null) {
            whens.add(new String[] {typeBad, "'type'"});
        }
        if (rule.isNumeric()) {
            rule.minimum().ifPresent(m -> whens.add(new String[] {number + " < " + plain(m), "'min'"}));
            rule.exclusiveMinimum().ifPresent(m -> whens.add(new String[] {number + " <= " + plain(m), "'min'"}));
            rule.maximum().ifPresent(m -> whens.add(new String[] {number + " > " + plain(m), "'max'"}));
            rule.exclusiveMaximum().ifPresent(m -> whens.add(new String[] {number + " >= " + plain(m), "'max'"}));
        } else {
            rule.minLength().ifPresent(n -> whens.add(new String[] {"length(" + value + ") < " + n, "'length'"}));
            for (String p : rule.patterns()) {
                whens.add(new String[] {"NOT regexp_matches(" + value + ", " + Sql.literal(p) + ")", "'invalid'"});
            }
            rule.format().ifPresent(f -> whens.add(new String[] {"NOT (" + formatHolds(f, value) + ")", "'invalid'"}));
            if (!rule.anyOf().isEmpty()) {
                List<String> branches = new ArrayList<>();
                for (Alternative a : rule.anyOf()) {
                    branches.add(branchHolds(a, value));
                }
                whens.add(new String[] {"NOT (" + String.join(" OR ", branches) + ")", "'invalid'"});
            }
        }
        StringBuilder sql = new StringBuilder("CASE");
        for (String[] w : whens) {
            sql.append(" WHEN ").append(w[0]).append(" THEN ").append(w[1]);
        }
        return sql.append(" END").toString();
    }

    private static String typeViolation(PropertyRule rule, String value, String tag, TypingMode mode, String number) {
        String notFinite = "coalesce(NOT isfinite(" + number + "), true)";
        String textNumberBad = "NOT regexp_matches(" + value + ", " + Sql.literal(NUMBER_TEXT) + ") OR " + notFinite;
        String fractional = "coalesce(" + number + " <> trunc(" + number + "), true)";
        return switch (mode) {
            case STRICT -> switch (rule.type()) {
                case STRING -> tag + " <> 'VARCHAR'";
                case NUMBER -> tag + " NOT IN " + NUMBER_TAGS + " OR " + notFinite;
                case INTEGER -> "NOT (" + tag + " IN " + INTEGER_TAGS + " OR (" + tag + " = 'DOUBLE' AND NOT "
                        + fractional + "))";
            };
            case LENIENT -> switch (rule.type()) {
                case STRING -> tag + " IN ('OBJECT', 'ARRAY')";
                case NUMBER -> tag + " IN ('OBJECT', 'ARRAY', 'BOOLEAN') OR " + textNumberBad;
                case INTEGER -> tag + " IN ('OBJECT', 'ARRAY', 'BOOLEAN') OR " + textNumberBad + " OR " + fractional;
            };
            case TEXT -> switch (rule.type()) {
                case STRING -> null;
                case NUMBER -> textNumberBad;
                case INTEGER -> textNumberBad + " OR " + fractional;
            };
        };
    }

    private static String branchHolds(Alternative a, String value) {
        List<String> parts = new ArrayList<>();
        a.constant().ifPresent(c -> parts.add(value + " = " + Sql.literal(c)));
        for (String p : a.patterns()) {
            parts.add("regexp_matches(" + value + ", " + Sql.literal(p) + ")");
        }
        a.format().ifPresent(f -> parts.add(formatHolds(f, value)));
        return parts.isEmpty() ? "true" : "(" + String.join(" AND ", parts) + ")";
    }

    /** SQL that is true when {@code value} has the format (JSON Schema format assertion). */
    static String formatHolds(Format format, String value) {
        return switch (format) {
            case DATE -> "regexp_full_match(" + value + ", '[0-9]{4}-[0-9]{2}-[0-9]{2}') AND try_cast(" + value
                    + " AS DATE) IS NOT NULL";
            case DATE_TIME -> "regexp_matches(" + value + ", " + Sql.literal(DATE_TIME_TEXT) + ") AND try_cast(upper("
                    + value + ") AS TIMESTAMPTZ) IS NOT NULL";
            case EMAIL -> "regexp_matches(" + value + ", " + Sql.literal(EMAIL_TEXT) + ")";
        };
    }

    /**
     * SQL converting a valid staged text value to the ledger column's type ({@code columnType} as DuckDB names it).
     * Only applied to values that passed {@link #violation}.
     */
    public static String convert(PropertyRule rule, String value, String columnType) {
        String type = columnType.toUpperCase(java.util.Locale.ROOT);
        if (rule.format().filter(f -> f == Format.DATE_TIME).isPresent() || type.startsWith("TIMESTAMP")) {
            return "(CAST(upper(" + value + ") AS TIMESTAMPTZ) AT TIME ZONE 'UTC')";
        }
        if (rule.type() == ValueType.INTEGER) {
            return "CAST(CAST(" + value + " AS DOUBLE) AS " + type + ")";
        }
        if (type.equals("VARCHAR")) {
            return value;
        }
        return "CAST(" + value + " AS " + type + ")";
    }

    private static String plain(BigDecimal d) {
        return d.toPlainString();
    }
}
