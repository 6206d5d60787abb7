package dev.greenops.model.ledger.explore;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * Ledger totals grouped by an attribution column and a time bucket.
 *
 * @param cells one per (period, key) that has rows, ordered by period then key
 * @param keys every key with its total over all periods, largest location-based emissions first
 * @param periods the bucket starts that have rows, in order
 * @param total the total of the whole selection
 * @param truncated true when there were more cells than asked for (the table says so)
 */
public record Pivot(
        Dimension dimension,
        TimeGrain grain,
        List<Cell> cells,
        List<KeyTotal> keys,
        List<LocalDate> periods,
        Totals total,
        boolean truncated) {

    public Pivot {
        Objects.requireNonNull(dimension, "dimension");
        Objects.requireNonNull(grain, "grain");
        cells = List.copyOf(cells);
        keys = List.copyOf(keys);
        periods = List.copyOf(periods);
        Objects.requireNonNull(total, "total");
    }

    /** One aggregate: the rows of {@code key} in the bucket starting {@code periodStart}. */
    public record Cell(LocalDate periodStart, String key, Totals totals) {}

    public record KeyTotal(String key, Totals totals) {}

    /** The filters that select the rows behind a cell (its drill-down). */
    public List<LedgerFilter> drillDown(Cell cell) {
        return drillDown(cell.key(), cell.periodStart());
    }

    /** The filters that select {@code key}'s rows in the bucket starting {@code periodStart} (null = every period). */
    public List<LedgerFilter> drillDown(String key, LocalDate periodStart) {
        LedgerFilter byKey = new LedgerFilter.Equals(dimension.column(), key);
        if (periodStart == null) {
            return List.of(byKey);
        }
        return List.of(byKey, new LedgerFilter.DateRange(periodStart, grain.end(periodStart)));
    }
}
