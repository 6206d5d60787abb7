package dev.greenops.model.ledger;

import dev.greenops.model.common.Problem;
import java.util.List;
import java.util.Map;

/**
 * A file shaped into UFMS:003 rows in the stage, ready to check: table {@code table} has {@code _line}, one text
 * column per UFMS:003 property (NULL when absent) and, unless the typing mode is TEXT, {@code <property>__t} with the
 * value's JSON type. JSON sources also have {@code _col0} and {@code _raw}.
 *
 * @param locations for each property, how to point a person at its value
 * @param warnings problems found while shaping that do not stop the import (e.g. dropped running totals)
 * @param note a short line for the import batch record, or empty
 */
record StagedLedger(
        String table,
        TypingMode mode,
        FlatSource.Kind kind,
        Map<String, Location> locations,
        long rows,
        List<Problem> warnings,
        String note) {

    StagedLedger {
        locations = Map.copyOf(locations);
        warnings = List.copyOf(warnings);
        note = note == null ? "" : note;
    }

    /**
     * Where a property's values are in the file.
     *
     * @param label how messages name the value: the property, or for mapped formats the source field
     *     ({@code energy_consumed → energy_kwh})
     * @param column 1-based column in the file; 0 when it is found per record (JSON) or not in the file
     * @param jsonKey for JSON, the key to look for in the record's text; null otherwise
     */
    record Location(String label, int column, String jsonKey) {}

    Location location(String property) {
        Location l = locations.get(property);
        return l == null ? new Location(property, 0, null) : l;
    }
}
