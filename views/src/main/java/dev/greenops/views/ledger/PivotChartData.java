package dev.greenops.views.ledger;

import dev.greenops.model.ledger.explore.Measure;
import dev.greenops.model.ledger.explore.Pivot;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The stacked-bar form of a pivot for one measure: the largest keys each get a series, the rest are summed into one
 * "Other" series so the chart stays readable (the table keeps every key).
 *
 * @param series series names, largest first, "Other (n)" last when keys were folded
 * @param values per period (in order), per series, the measure's value (absent = no rows)
 * @param otherKeys the keys folded into "Other"
 */
public record PivotChartData(List<String> series, Map<LocalDate, Map<String, BigDecimal>> values, Set<String> otherKeys) {

    public static final int MAX_SERIES = 8;

    public static PivotChartData of(Pivot pivot, Measure measure, int maxSeries) {
        List<String> ranked = new ArrayList<>();
        List<Pivot.KeyTotal> keys = new ArrayList<>(pivot.keys());
        keys.sort((a, b) -> compare(measure.of(b.totals()), measure.of(a.totals())));
        for (Pivot.KeyTotal k : keys) {
            ranked.add(k.key());
        }
        Set<String> shown = new LinkedHashSet<>(ranked.size() > maxSeries ? ranked.subList(0, maxSeries - 1) : ranked);
        Set<String> other = new LinkedHashSet<>(ranked);
        other.removeAll(shown);
        String otherName = other.isEmpty() ? null : "Other (" + other.size() + ")";
        Map<LocalDate, Map<String, BigDecimal>> values = new LinkedHashMap<>();
        for (LocalDate p : pivot.periods()) {
            values.put(p, new LinkedHashMap<>());
        }
        for (Pivot.Cell cell : pivot.cells()) {
            BigDecimal v = measure.of(cell.totals());
            if (v == null) {
                continue;
            }
            String series = shown.contains(cell.key()) ? cell.key() : otherName;
            if (series == null) {
                continue;
            }
            values.computeIfAbsent(cell.periodStart(), d -> new LinkedHashMap<>()).merge(series, v, BigDecimal::add);
        }
        List<String> series = new ArrayList<>(shown);
        if (otherName != null) {
            series.add(otherName);
        }
        return new PivotChartData(series, values, other);
    }

    private static int compare(BigDecimal a, BigDecimal b) {
        if (a == null || b == null) {
            return a == null ? (b == null ? 0 : -1) : 1;
        }
        return a.compareTo(b);
    }

    /** True when {@code series} is the folded "Other" series. */
    public boolean isOther(String series) {
        return !otherKeys.isEmpty() && series.equals(this.series.getLast());
    }
}
