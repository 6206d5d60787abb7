package dev.greenops.model.ledger.explore;

import java.math.BigDecimal;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/** A selection of ledger rows: all of its filters hold (an empty query selects every row). */
public record LedgerQuery(List<LedgerFilter> filters) {

    public static final LedgerQuery ALL = new LedgerQuery(List.of());

    public LedgerQuery {
        filters = List.copyOf(filters);
    }

    public static LedgerQuery of(LedgerFilter... filters) {
        return new LedgerQuery(List.of(filters));
    }

    /** This query and {@code filter} (a filter already present is not added twice). */
    public LedgerQuery and(LedgerFilter filter) {
        if (filters.contains(filter)) {
            return this;
        }
        List<LedgerFilter> more = new ArrayList<>(filters);
        more.add(filter);
        return new LedgerQuery(more);
    }

    public LedgerQuery andAll(List<LedgerFilter> more) {
        LedgerQuery q = this;
        for (LedgerFilter f : more) {
            q = q.and(f);
        }
        return q;
    }

    public LedgerQuery without(LedgerFilter filter) {
        List<LedgerFilter> fewer = new ArrayList<>(filters);
        fewer.remove(filter);
        return new LedgerQuery(fewer);
    }

    public boolean isEmpty() {
        return filters.isEmpty();
    }

    /** {@code " where a and b"}, or an empty string. */
    String where() {
        if (filters.isEmpty()) {
            return "";
        }
        return " where " + filters.stream().map(f -> "(" + f.sql() + ")").collect(Collectors.joining(" and "));
    }

    /** Binds every filter's parameters from index {@code first}; returns the next free index. */
    int bind(PreparedStatement p, int first) throws SQLException {
        int i = first;
        for (LedgerFilter f : filters) {
            for (Object v : f.params()) {
                switch (v) {
                    case String s -> p.setString(i, s);
                    case BigDecimal d -> p.setBigDecimal(i, d);
                    case LocalDate d -> p.setString(i, d.toString());
                    default -> throw new IllegalStateException("unsupported parameter " + v.getClass());
                }
                i++;
            }
        }
        return i;
    }

    public String label() {
        return filters.isEmpty()
                ? "all rows"
                : filters.stream().map(LedgerFilter::label).collect(Collectors.joining(" \u00b7 "));
    }
}
