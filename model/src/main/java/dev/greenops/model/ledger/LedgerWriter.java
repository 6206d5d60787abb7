package dev.greenops.model.ledger;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The one statement an import runs inside its transaction: {@code insert into ledger ... select} from the checked
 * stage, converting each text value to the ledger column's type and tagging every row with its batch and line.
 */
final class LedgerWriter {

    private LedgerWriter() {}

    static long insert(Connection tx, StagedLedger staged, long batchId) throws SQLException {
        Map<String, String> types = new HashMap<>();
        for (String[] r : Sql.queryRows(
                tx,
                "SELECT column_name, data_type FROM information_schema.columns WHERE table_catalog = current_database()"
                        + " AND table_schema = 'main' AND table_name = 'ledger'")) {
            types.put(r[0].toLowerCase(Locale.ROOT), r[1]);
        }
        List<PropertyRule> rules = UfmsSchema.standard().properties();
        StringBuilder columns = new StringBuilder();
        StringBuilder values = new StringBuilder();
        for (PropertyRule rule : rules) {
            String type = types.get(rule.name());
            if (type == null) {
                throw new SQLException("the workspace's ledger table has no column " + rule.name());
            }
            columns.append(Sql.ident(rule.name())).append(", ");
            values.append(RuleSql.convert(rule, Sql.ident(rule.name()), type)).append(", ");
        }
        columns.append("batch_id, source_line");
        values.append(batchId).append(", _line");
        long before = Sql.queryLong(tx, "SELECT count(*) FROM ledger");
        Sql.exec(
                tx,
                // stage tables are written in file order and DuckDB keeps insertion order: no sort needed
                "INSERT INTO ledger (" + columns + ") SELECT " + values + " FROM " + staged.table());
        return Sql.queryLong(tx, "SELECT count(*) FROM ledger") - before;
    }
}
