package dev.greenops.model.query;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The result of a read-only query.
 *
 * @param columns names and DuckDB types, in order
 * @param rows values as Java objects (String, Long, Integer, BigDecimal, Double, Boolean, LocalDate, LocalDateTime;
 *     lists, structs and maps as {@link NestedValue}; anything else as its text), at most the limit asked for; a BigDecimal carries the digits of the value (71.49),
 *     not its column's scale (71.490000)
 * @param truncated true when the query had more rows than were kept
 * @param elapsedMillis time to run the query and read the rows
 */
public record QueryResult(List<Column> columns, List<List<Object>> rows, boolean truncated, long elapsedMillis) {

    public QueryResult {
        columns = List.copyOf(columns);
        List<List<Object>> copy = new ArrayList<>(rows.size());
        for (List<Object> r : rows) {
            copy.add(java.util.Collections.unmodifiableList(new ArrayList<>(r)));
        }
        rows = java.util.Collections.unmodifiableList(copy);
    }

    public record Column(String name, String type) {
        public Column {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(type, "type");
        }

        /** True for DuckDB's numeric types (right-aligned in tables, unquoted in JSON). */
        public boolean isNumeric() {
            String t = type.toUpperCase(java.util.Locale.ROOT);
            return t.startsWith("DECIMAL") || t.equals("DOUBLE") || t.equals("FLOAT") || t.equals("REAL")
                    || t.endsWith("INT") || t.equals("INTEGER") || t.equals("HUGEINT") || t.equals("UHUGEINT")
                    || t.equals("BIGINT") || t.equals("SMALLINT") || t.equals("TINYINT");
        }
    }
}
