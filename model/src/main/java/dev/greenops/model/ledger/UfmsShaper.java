package dev.greenops.model.ledger;

import dev.greenops.model.common.InvalidInputException;
import dev.greenops.model.common.NearestName;
import dev.greenops.model.common.Problem;
import dev.greenops.model.imports.ImportOptions;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Maps the fields of a file that is meant to be UFMS:003 (CSV, JSON, Parquet, BigQuery exports of the ledger table)
 * onto the schema's properties, and reports fields that are unknown, repeated or missing.
 */
final class UfmsShaper {

    /**
     * A BigQuery TIMESTAMP as BigQuery's CSV and JSON exports write it ({@code 2026-10-03 00:05:00 UTC}); read as the
     * same instant in RFC 3339 form.
     */
    static final String BIGQUERY_TIMESTAMP =
            "^([0-9]{4}-[0-9]{2}-[0-9]{2})[ T]([0-9]{2}:[0-9]{2}:[0-9]{2}(\\.[0-9]+)?)( UTC|Z|\\+00(:?00)?)$";

    private UfmsShaper() {}

    /**
     * @param matchLeaves also match a nested field by its last name segment ({@code attribution.team} → team), as for
     *     BigQuery exports with STRUCT columns
     */
    static StagedLedger shape(
            StageSession stage,
            FlatSource flat,
            TypingMode mode,
            boolean matchLeaves,
            ImportOptions options,
            String displayName)
            throws SQLException, InvalidInputException {
        UfmsSchema schema = UfmsSchema.standard();
        List<Problem> problems = new ArrayList<>();
        Map<String, FlatSource.Column> byProperty = new LinkedHashMap<>();
        List<FlatSource.Column> unknown = new ArrayList<>();
        for (FlatSource.Column column : flat.columns()) {
            Optional<PropertyRule> rule = schema.property(column.path().toLowerCase(Locale.ROOT));
            if (rule.isEmpty() && matchLeaves) {
                rule = schema.property(column.leaf().toLowerCase(Locale.ROOT));
            }
            if (rule.isEmpty()) {
                unknown.add(column);
                continue;
            }
            FlatSource.Column earlier = byProperty.putIfAbsent(rule.get().name(), column);
            if (earlier != null) {
                problems.add(Problem.error(
                        displayName,
                        header(flat),
                        column.index(),
                        "fields " + earlier.path() + " and " + column.path() + " both give " + rule.get().name(),
                        "one field per UFMS:003 property"));
            }
        }
        for (FlatSource.Column column : unknown) {
            problems.add(unknownField(stage, flat, column, displayName, schema));
        }
        if (flat.kind() != FlatSource.Kind.JSON) {
            for (PropertyRule rule : schema.properties()) {
                boolean filled = rule.name().equals("region") && options.region().isPresent();
                if (rule.required() && !byProperty.containsKey(rule.name()) && !filled) {
                    problems.add(Problem.error(
                            displayName,
                            header(flat),
                            flat.kind() == FlatSource.Kind.CSV ? 1 : 0,
                            "required column " + rule.name() + " is missing",
                            flat.kind() == FlatSource.Kind.CSV
                                    ? "a header with every required UFMS:003 column (see schema/"
                                            + "ufms-003-greenops-schema.json)"
                                    : "a column for every required UFMS:003 property"));
                }
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        StringBuilder select = new StringBuilder("SELECT _line");
        if (flat.kind() == FlatSource.Kind.JSON) {
            select.append(", _col0, _raw");
        }
        Map<String, StagedLedger.Location> locations = new HashMap<>();
        for (PropertyRule rule : schema.properties()) {
            FlatSource.Column column = byProperty.get(rule.name());
            String value;
            String tag;
            if (column == null) {
                value = "NULL::VARCHAR";
                tag = "NULL::VARCHAR";
            } else {
                value = flat.kind() == FlatSource.Kind.CSV ? "nullif(" + column.sqlName() + ", '')" : column.sqlName();
                tag = column.tagName() == null ? "NULL::VARCHAR" : column.tagName();
            }
            if (rule.name().equals("region") && options.region().isPresent()) {
                String region = Sql.literal(options.region().get());
                value = "coalesce(" + value + ", " + region + ")";
                tag = "CASE WHEN " + tag + " IS NULL OR " + tag + " = 'NULL' THEN 'VARCHAR' ELSE " + tag + " END";
            }
            if (rule.name().equals("signed_at") && mode != TypingMode.STRICT) {
                value = "regexp_replace(" + value + ", " + Sql.literal(BIGQUERY_TIMESTAMP) + ", '\\1T\\2Z')";
            }
            select.append(", ").append(value).append(" AS ").append(Sql.ident(rule.name()));
            if (mode != TypingMode.TEXT) {
                select.append(", ").append(tag).append(" AS ").append(Sql.ident(rule.name() + "__t"));
            }
            String key = column == null ? rule.name() : column.leaf();
            locations.put(
                    rule.name(),
                    new StagedLedger.Location(
                            rule.name(),
                            column == null ? 0 : column.index(),
                            flat.kind() == FlatSource.Kind.JSON ? key : null));
        }
        String rows = stage.table("rows");
        Sql.exec(stage.connection(), "CREATE VIEW " + rows + " AS " + select + " FROM " + flat.table());
        String note = options.region().isPresent() && !byProperty.containsKey("region")
                ? "region " + options.region().get() + " from --region"
                : "";
        return new StagedLedger(rows, mode, flat.kind(), locations, flat.rows(), List.of(), note);
    }

    /** Line of the header for problems about columns: 1 for CSV, 0 (not applicable) for Parquet. */
    private static long header(FlatSource flat) {
        return flat.kind() == FlatSource.Kind.CSV ? 1 : 0;
    }

    private static Problem unknownField(
            StageSession stage, FlatSource flat, FlatSource.Column column, String displayName, UfmsSchema schema)
            throws SQLException {
        String expected = NearestName.in(schema.columnNames(), column.leaf())
                .map(suggestion -> "a UFMS:003 column; did you mean " + suggestion + "?")
                .orElse("only UFMS:003 columns (see schema/ufms-003-greenops-schema.json)");
        if (flat.kind() != FlatSource.Kind.JSON) {
            return Problem.error(
                    displayName,
                    header(flat),
                    column.index(),
                    "unknown column " + ProblemText.quoted(column.path()),
                    expected);
        }
        String present = " WHERE " + column.tagName() + " IS NOT NULL";
        long records = Sql.queryLong(stage.connection(), "SELECT count(*) FROM " + flat.table() + present);
        String[] where = Sql.queryRows(
                        stage.connection(),
                        "SELECT " + LedgerValidator.jsonKeyLine(column.leaf()) + ", "
                                + LedgerValidator.jsonKeyColumn(column.leaf()) + " FROM " + flat.table() + present
                                + " ORDER BY _line LIMIT 1")
                .getFirst();
        return Problem.error(
                displayName,
                Long.parseLong(where[0]),
                Long.parseLong(where[1]),
                String.format(
                        Locale.ROOT,
                        "unknown field %s (in %,d record%s from this line on)",
                        ProblemText.quoted(column.path()),
                        records,
                        records == 1 ? "" : "s"),
                expected);
    }
}
