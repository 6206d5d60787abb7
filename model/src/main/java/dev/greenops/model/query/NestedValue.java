package dev.greenops.model.query;

import dev.greenops.model.common.Decimals;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.sql.Array;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A LIST, ARRAY, STRUCT or MAP value of a query result. It reads as DuckDB's own text ({@code [1, 2]},
 * {@code {'a': 1}}) wherever it is shown as text (tables, CSV, the SQL console), and carries the same value as a tree
 * of plain values ({@link List}, {@link Map} with text keys, String, Boolean, numbers, null) for JSON, where a list
 * must stay an array and a struct an object rather than become a string.
 *
 * @param text DuckDB's text of the value
 * @param value the tree
 */
public record NestedValue(String text, Object value) {

    public NestedValue {
        Objects.requireNonNull(text, "text");
    }

    @Override
    public String toString() {
        return text;
    }

    /** Whether a column of DuckDB type {@code type} holds nested values ({@code INTEGER[]}, {@code STRUCT(...)}, ...). */
    static boolean isNested(String type) {
        String t = type.toUpperCase(java.util.Locale.ROOT);
        return t.endsWith("]") || t.startsWith("STRUCT") || t.startsWith("MAP");
    }

    /** The plain tree of a value the DuckDB driver returned (arrays, structs and maps nested in any order). */
    static Object tree(Object raw) throws SQLException {
        return switch (raw) {
            case null -> null;
            case Array a -> {
                Object items = a.getArray();
                List<Object> out = new ArrayList<>();
                if (items instanceof Object[] array) {
                    for (Object item : array) {
                        out.add(tree(item));
                    }
                }
                yield Collections.unmodifiableList(out);
            }
            case org.duckdb.DuckDBStruct s -> {
                Map<String, Object> out = new LinkedHashMap<>();
                for (Map.Entry<String, Object> e : s.getMap().entrySet()) {
                    out.put(e.getKey(), tree(e.getValue()));
                }
                yield Collections.unmodifiableMap(out);
            }
            case Map<?, ?> m -> {
                // JSON keys are text: a MAP(INTEGER, ...) key 1 becomes "1", as DuckDB's to_json writes it
                Map<String, Object> out = new LinkedHashMap<>();
                for (Map.Entry<?, ?> e : m.entrySet()) {
                    out.put(String.valueOf(tree(e.getKey())), tree(e.getValue()));
                }
                yield Collections.unmodifiableMap(out);
            }
            case BigDecimal d -> Decimals.plain(d);
            case String s -> s;
            case Boolean b -> b;
            case Long n -> n;
            case Integer n -> n;
            case Short n -> n;
            case Byte n -> n;
            case Double n -> n;
            case Float n -> n;
            case BigInteger n -> n;
            // dates, times, UUIDs, ...: their ISO / canonical text
            default -> raw.toString();
        };
    }
}
