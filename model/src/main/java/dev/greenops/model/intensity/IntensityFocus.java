package dev.greenops.model.intensity;

import dev.greenops.model.store.Workspace;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Where the Intensity screen opens: the region whose series matters most in this workspace and the days worth
 * looking at.
 *
 * @param region the region key to show (it has an hourly series of its own or through its grid zone)
 * @param from the first day of the period of interest: where the series and the ledger's use of the region overlap,
 *     else the series' first whole day
 * @param to the last day of that period (inclusive)
 * @param ledgerKwh the ledger's energy in this region, kWh (0 when the ledger does not use it)
 */
public record IntensityFocus(String region, LocalDate from, LocalDate to, double ledgerKwh) {

    public IntensityFocus {
        Objects.requireNonNull(region, "region");
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        if (to.isBefore(from)) {
            throw new IllegalArgumentException("to " + to + " is before from " + from);
        }
    }

    /**
     * The region the Intensity screen should open on: among the regions the ledger uses that have an hourly series
     * (their own, else their grid zone's), the one with the most energy; without such a region, the series that ends
     * last. The period is where that series and the ledger's days in the region overlap (else the whole series).
     * Empty when the workspace holds no hourly series at all.
     */
    public static Optional<IntensityFocus> of(Workspace workspace) throws SQLException {
        return workspace.read(c -> {
            Map<String, LocalDate[]> spans = new LinkedHashMap<>();
            try (Statement s = c.createStatement();
                    ResultSet rs = s.executeQuery("select region, min(start), max(start + duration) from intensity"
                            + " group by region order by max(start + duration) desc, region")) {
                while (rs.next()) {
                    LocalDateTime first = rs.getObject(2, LocalDateTime.class);
                    LocalDateTime end = rs.getObject(3, LocalDateTime.class);
                    // whole days only: a series that starts at 23:00 or ends at 01:00 does not cover those days
                    LocalDate from = first.toLocalTime().equals(LocalTime.MIDNIGHT)
                            ? first.toLocalDate() : first.toLocalDate().plusDays(1);
                    LocalDate to = end.toLocalDate().minusDays(1);
                    spans.put(rs.getString(1), new LocalDate[] {to.isBefore(from) ? first.toLocalDate() : from,
                        to.isBefore(from) ? first.toLocalDate() : to});
                }
            }
            if (spans.isEmpty()) {
                return Optional.<IntensityFocus>empty();
            }
            String bestRegion = null;
            LocalDate[] bestSpan = null;
            double bestKwh = 0;
            try (Statement s = c.createStatement();
                    ResultSet rs = s.executeQuery("select region, sum(energy_kwh)::double, min(date), max(date) from ledger"
                            + " group by region order by 2 desc, region")) {
                while (rs.next()) {
                    String region = rs.getString(1);
                    double kwh = rs.getDouble(2);
                    LocalDate[] series = null;
                    for (String key : IntensityRepository.lookupKeys(c, region)) {
                        series = spans.get(key);
                        if (series != null) {
                            break;
                        }
                    }
                    if (series == null || kwh <= bestKwh) {
                        continue;
                    }
                    LocalDate from = max(series[0], rs.getObject(3, LocalDate.class));
                    LocalDate to = min(series[1], rs.getObject(4, LocalDate.class));
                    bestRegion = region;
                    bestKwh = kwh;
                    bestSpan = to.isBefore(from) ? series : new LocalDate[] {from, to};
                }
            }
            if (bestRegion == null) {
                Map.Entry<String, LocalDate[]> newest = spans.entrySet().iterator().next();
                return Optional.of(new IntensityFocus(newest.getKey(), newest.getValue()[0], newest.getValue()[1], 0));
            }
            return Optional.of(new IntensityFocus(bestRegion, bestSpan[0], bestSpan[1], bestKwh));
        });
    }

    private static LocalDate max(LocalDate a, LocalDate b) {
        return a.isAfter(b) ? a : b;
    }

    private static LocalDate min(LocalDate a, LocalDate b) {
        return a.isBefore(b) ? a : b;
    }

}
