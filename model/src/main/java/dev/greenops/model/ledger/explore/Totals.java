package dev.greenops.model.ledger.explore;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * Sums over a set of ledger rows. Optional columns ({@code market_based_kgco2e}, {@code cost_usd}) are null when no row
 * of the set has a value, and their counts say how many rows contributed, so a partial sum is never passed off as a
 * whole one.
 *
 * @param rows rows summed
 * @param emissionsKgCo2e location-based operational emissions
 * @param marketBasedKgCo2e market-based emissions of the rows that have one, or null
 * @param marketBasedRows rows with a market-based figure
 * @param costUsd cost of the rows that have one, or null
 * @param costRows rows with a cost
 */
public record Totals(
        long rows,
        BigDecimal emissionsKgCo2e,
        BigDecimal marketBasedKgCo2e,
        long marketBasedRows,
        BigDecimal energyKwh,
        BigDecimal gpuHours,
        BigDecimal costUsd,
        long costRows) {

    public static final Totals EMPTY =
            new Totals(0, BigDecimal.ZERO, null, 0, BigDecimal.ZERO, BigDecimal.ZERO, null, 0);

    public Totals {
        if (rows < 0 || marketBasedRows < 0 || costRows < 0) {
            throw new IllegalArgumentException("row counts cannot be negative");
        }
        Objects.requireNonNull(emissionsKgCo2e, "emissionsKgCo2e");
        Objects.requireNonNull(energyKwh, "energyKwh");
        Objects.requireNonNull(gpuHours, "gpuHours");
    }

    /** The SQL select list that {@link #read} reads, in order (8 columns after any leading ones). */
    static final String SQL = "count(*), coalesce(sum(emissions_kgco2e), 0), sum(market_based_kgco2e),"
            + " count(market_based_kgco2e), coalesce(sum(energy_kwh), 0), coalesce(sum(gpu_hours), 0), sum(cost_usd),"
            + " count(cost_usd)";

    static Totals read(java.sql.ResultSet rs, int first) throws java.sql.SQLException {
        return new Totals(
                rs.getLong(first),
                rs.getBigDecimal(first + 1),
                rs.getBigDecimal(first + 2),
                rs.getLong(first + 3),
                rs.getBigDecimal(first + 4),
                rs.getBigDecimal(first + 5),
                rs.getBigDecimal(first + 6),
                rs.getLong(first + 7));
    }
}
