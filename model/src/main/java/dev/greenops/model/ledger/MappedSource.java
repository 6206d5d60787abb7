package dev.greenops.model.ledger;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The fields a mapped format (CodeCarbon, GCP Carbon Footprint) reads from a flat source, under fixed SQL names, so
 * its mapping SQL can be written once for CSV, JSON and Parquet. Fields the file lacks read as NULL.
 */
final class MappedSource {

    private final FlatSource flat;
    private final Map<String, String> sqlNames = new HashMap<>();
    private final Map<String, FlatSource.Column> columns = new HashMap<>();

    /**
     * @param fields source paths (e.g. {@code project.id}) to expose; each gets the SQL name {@code f_<n>}
     */
    MappedSource(FlatSource flat, List<String> fields) {
        this.flat = flat;
        for (int i = 0; i < fields.size(); i++) {
            String field = fields.get(i);
            sqlNames.put(field, "f_" + i);
            flat.column(field).ifPresent(c -> columns.put(field, c));
        }
    }

    /** SQL selecting {@code _line} and every field under its SQL name; CSV empty cells read as NULL. */
    String select() {
        StringBuilder s = new StringBuilder("SELECT _line");
        if (flat.kind() == FlatSource.Kind.JSON) {
            s.append(", _col0, _raw");
        }
        for (Map.Entry<String, String> e : sqlNames.entrySet()) {
            FlatSource.Column c = columns.get(e.getKey());
            String value = c == null ? "NULL::VARCHAR" : flat.kind() == FlatSource.Kind.CSV ? "nullif(trim(" + c.sqlName()
                    + "), '')" : c.sqlName();
            s.append(", ").append(value).append(" AS ").append(e.getValue());
        }
        return s.append(" FROM ").append(flat.table()).toString();
    }

    /** The SQL name of a field. */
    String f(String field) {
        String name = sqlNames.get(field);
        if (name == null) {
            throw new IllegalArgumentException("field " + field + " was not declared");
        }
        return name;
    }

    boolean has(String field) {
        return columns.containsKey(field);
    }

    Optional<FlatSource.Column> column(String field) {
        return Optional.ofNullable(columns.get(field));
    }

    /**
     * The line and column of a field's value in the record at {@code line} (for JSON, where the key is in the record;
     * otherwise the field's column).
     */
    long[] locate(java.sql.Connection c, long line, String field) throws java.sql.SQLException {
        FlatSource.Column col = columns.get(field);
        if (col == null) {
            return new long[] {line, 0};
        }
        if (flat.kind() != FlatSource.Kind.JSON) {
            return new long[] {line, col.index()};
        }
        String[] r = Sql.queryRows(c, "SELECT " + LedgerValidator.jsonKeyLine(col.leaf()) + ", "
                        + LedgerValidator.jsonKeyColumn(col.leaf()) + " FROM " + flat.table() + " WHERE _line = " + line
                        + " LIMIT 1")
                .getFirst();
        return new long[] {Long.parseLong(r[0]), Long.parseLong(r[1])};
    }

    /** Where a property's value comes from: the source field's column, labelled "field (property)". */
    StagedLedger.Location from(String field, String property) {
        FlatSource.Column c = columns.get(field);
        String name = c == null ? field : c.path();
        String label = name.toLowerCase(Locale.ROOT).equals(property) ? property : name + " (" + property + ")";
        if (c == null) {
            return new StagedLedger.Location(label, 0, null);
        }
        return new StagedLedger.Location(label, c.index(), flat.kind() == FlatSource.Kind.JSON ? c.leaf() : null);
    }
}
