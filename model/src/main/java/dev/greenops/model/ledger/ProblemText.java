package dev.greenops.model.ledger;

import java.util.Locale;

/** How values and types are shown in problem messages. */
final class ProblemText {

    private static final int MAX_VALUE_CHARS = 60;

    private ProblemText() {}

    /** A value as the user wrote it: quoted, control characters visible, long values shortened. */
    static String quoted(String value) {
        if (value == null) {
            return "empty";
        }
        StringBuilder out = new StringBuilder("\"");
        int shown = 0;
        for (int i = 0; i < value.length() && shown < MAX_VALUE_CHARS; i++, shown++) {
            char ch = value.charAt(i);
            switch (ch) {
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                case '"' -> out.append("\\\"");
                default -> out.append(ch);
            }
        }
        if (value.length() > MAX_VALUE_CHARS) {
            out.append("...");
        }
        return out.append('"').toString();
    }

    /** "an object", "a list", "the number 2.5", ... for a value of a JSON type (json_type names). */
    static String jsonValue(String tag, String value) {
        return switch (tag == null ? "" : tag) {
            case "VARCHAR" -> "the string " + quoted(value);
            case "UBIGINT", "BIGINT", "HUGEINT", "UHUGEINT", "DOUBLE" -> "the number " + value;
            case "BOOLEAN" -> "the boolean " + value;
            case "NULL" -> "null";
            default -> jsonTypeWord(tag);
        };
    }

    /** "an object", "a list", "a string", ... */
    static String jsonTypeWord(String tag) {
        return switch (tag == null ? "" : tag) {
            case "OBJECT" -> "an object";
            case "ARRAY" -> "a list";
            case "VARCHAR" -> "a string";
            case "BOOLEAN" -> "a boolean";
            case "NULL" -> "null";
            case "UBIGINT", "BIGINT", "HUGEINT", "UHUGEINT", "DOUBLE" -> "a number";
            case "" -> "missing";
            default -> "a " + tag.toLowerCase(Locale.ROOT);
        };
    }
}
