package dev.greenops.model.ledger;

import java.util.HashMap;
import java.util.Map;

/** Helpers for formats that are mapped onto UFMS:003 in SQL rather than read as UFMS:003 columns. */
final class Mapped {

    private Mapped() {}

    /**
     * The select list of a mapped stage: {@code _line} and every UFMS:003 property from its SQL expression (text),
     * NULL for properties the mapping does not give.
     */
    static String select(Map<String, String> expressions, boolean json) {
        StringBuilder s = new StringBuilder(json ? "SELECT _line, _col0, _raw" : "SELECT _line");
        for (PropertyRule rule : UfmsSchema.standard().properties()) {
            String e = expressions.get(rule.name());
            s.append(", CAST(").append(e == null ? "NULL" : e).append(" AS VARCHAR) AS ").append(Sql.ident(rule.name()));
        }
        return s.toString();
    }

    /** Locations for every property: the given ones, and "property (set by the importer)" for the rest. */
    static Map<String, StagedLedger.Location> locations(Map<String, StagedLedger.Location> given) {
        Map<String, StagedLedger.Location> all = new HashMap<>(given);
        for (PropertyRule rule : UfmsSchema.standard().properties()) {
            all.putIfAbsent(rule.name(), new StagedLedger.Location(rule.name(), 0, null));
        }
        return all;
    }
}
