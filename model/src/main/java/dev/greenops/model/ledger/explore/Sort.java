package dev.greenops.model.ledger.explore;

import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/** One key of a row ordering. */
public record Sort(LedgerColumn column, boolean ascending) {

    /** The explorer's default order: by day, then resource and job, as the ledger files list them. */
    public static final List<Sort> DEFAULT =
            List.of(new Sort(LedgerColumn.DATE, true), new Sort(LedgerColumn.RESOURCE_ID, true), new Sort(LedgerColumn.JOB_ID, true));

    public Sort {
        Objects.requireNonNull(column, "column");
    }

    /**
     * {@code order by ...} for {@code sorts}, ending with batch and line so that the order is total and pages never
     * overlap or skip a row.
     */
    static String orderBy(List<Sort> sorts) {
        String keys = sorts.stream()
                .map(s -> s.column().sql() + (s.ascending() ? " asc nulls last" : " desc nulls last"))
                .collect(Collectors.joining(", "));
        return " order by " + (keys.isEmpty() ? "" : keys + ", ") + "batch_id, source_line, resource_id, job_id, date";
    }
}
