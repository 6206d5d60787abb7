package dev.greenops.model.intensity;

import dev.greenops.model.common.InvalidInputException;
import dev.greenops.model.intensity.catalog.ZoneMap;
import dev.greenops.model.store.Workspace;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Reads intensity series out of a workspace. A cloud region is looked up under its own key first, then under its
 * grid zone (the {@code region} table, else the documented {@link ZoneMap}), then its annual average, which is returned
 * as a flat hourly series marked estimated: a floor, not a ceiling.
 */
public final class IntensityRepository {

    private IntensityRepository() {}

    /** The best series for {@code regionOrZone} over {@code [from, to)} (average, direct preferred). */
    public static IntensitySeries series(Workspace workspace, String regionOrZone, Instant from, Instant to)
            throws SQLException, InvalidInputException {
        return series(workspace, regionOrZone, from, to, SeriesPreference.DEFAULT);
    }

    /**
     * The best series for {@code regionOrZone} over {@code [from, to)}: it starts at or before {@code from} on the data's
     * own time grid and reaches {@code to}; points the workspace does not hold are NaN (callers decide whether a gap is
     * an error).
     *
     * @throws InvalidInputException when neither the key, its zone, nor an annual average is known
     */
    public static IntensitySeries series(Workspace workspace, String regionOrZone, Instant from, Instant to,
            SeriesPreference preference) throws SQLException, InvalidInputException {
        if (!to.isAfter(from)) {
            throw new IllegalArgumentException("to must be after from");
        }
        return workspace.read(c -> {
            for (String key : lookupKeys(c, regionOrZone)) {
                Optional<Candidate> best = best(c, key, from, to, preference);
                if (best.isPresent()) {
                    return load(c, best.get(), from, to);
                }
            }
            Optional<IntensitySeries> floor = annualFloor(c, regionOrZone, from, to);
            if (floor.isPresent()) {
                return floor.get();
            }
            return null;
        }) instanceof IntensitySeries s ? s : throwUnknown(workspace, regionOrZone, from, to);
    }

    private static IntensitySeries throwUnknown(Workspace workspace, String key, Instant from, Instant to)
            throws SQLException, InvalidInputException {
        List<String> known = workspace.read(c -> {
            List<String> out = new ArrayList<>();
            try (Statement s = c.createStatement();
                    ResultSet rs = s.executeQuery("select distinct region from intensity order by 1 limit 12")) {
                while (rs.next()) {
                    out.add(rs.getString(1));
                }
            }
            return out;
        });
        throw InvalidInputException.of("--region " + key, 0, 0,
                "no intensity for '" + key + "' between " + from + " and " + to
                        + " (not under that key, nor its grid zone, and no annual average is known)",
                known.isEmpty()
                        ? "a region with imported data: greenops import FILE --region ZONE"
                        : "one of the regions with data (" + String.join(", ", known) + "), or import a series for it");
    }

    /** The keys a lookup tries, in order: the key itself, then its grid zone. */
    public static List<String> lookupKeys(Workspace workspace, String regionOrZone) throws SQLException {
        return workspace.read(c -> lookupKeys(c, regionOrZone));
    }

    static List<String> lookupKeys(Connection c, String key) throws SQLException {
        Set<String> keys = new LinkedHashSet<>();
        keys.add(key);
        zoneOf(c, key).ifPresent(keys::add);
        return List.copyOf(keys);
    }

    private static Optional<String> zoneOf(Connection c, String region) throws SQLException {
        try (PreparedStatement p = c.prepareStatement("select zone from region where region = ? and zone is not null")) {
            p.setString(1, region);
            try (ResultSet rs = p.executeQuery()) {
                if (rs.next()) {
                    return Optional.of(rs.getString(1));
                }
            }
        }
        return ZoneMap.of(region).map(ZoneMap.Entry::zone);
    }

    private record Candidate(String region, Signal signal, Basis basis, String source, LocalDateTime issuedAt, Duration step,
            long points) {}

    private static Optional<Candidate> best(Connection c, String key, Instant from, Instant to, SeriesPreference pref)
            throws SQLException {
        try (PreparedStatement p = c.prepareStatement("select signal, basis, source, forecast_issued_at, epoch(any_value(duration))::bigint,"
                + " count(distinct start), max(batch_id) from intensity where region = ? and start < ? and start + duration > ?"
                + " group by signal, basis, source, forecast_issued_at"
                + " order by (signal = ?) desc, (basis = ?) desc, (forecast_issued_at is null) desc, 6 desc,"
                + " forecast_issued_at desc nulls first, 7 desc limit 1")) {
            p.setString(1, key);
            p.setObject(2, utc(to));
            p.setObject(3, utc(from));
            p.setString(4, pref.signal().id());
            p.setString(5, pref.basis().id());
            try (ResultSet rs = p.executeQuery()) {
                if (!rs.next()) {
                    return Optional.empty();
                }
                return Optional.of(new Candidate(key, Signal.parse(rs.getString(1)).orElseThrow(),
                        Basis.parse(rs.getString(2)).orElseThrow(), rs.getString(3),
                        rs.getObject(4, LocalDateTime.class), Duration.ofSeconds(rs.getLong(5)), rs.getLong(6)));
            }
        }
    }

    private static IntensitySeries load(Connection c, Candidate k, Instant from, Instant to) throws SQLException {
        long stepMs = k.step().toMillis();
        Map<Long, double[]> byStart = new LinkedHashMap<>();
        try (PreparedStatement p = c.prepareStatement("select epoch_ms(start), arg_max(g_per_kwh, batch_id),"
                + " arg_max(estimated, batch_id) from intensity where region = ? and signal = ? and basis = ? and source = ?"
                + " and forecast_issued_at is not distinct from ? and start < ? and start + duration > ?"
                + " group by start order by start")) {
            p.setString(1, k.region());
            p.setString(2, k.signal().id());
            p.setString(3, k.basis().id());
            p.setString(4, k.source());
            if (k.issuedAt() == null) {
                p.setNull(5, java.sql.Types.TIMESTAMP);
            } else {
                p.setObject(5, k.issuedAt());
            }
            p.setObject(6, utc(to));
            p.setObject(7, utc(from));
            try (ResultSet rs = p.executeQuery()) {
                while (rs.next()) {
                    byStart.put(rs.getLong(1), new double[] {rs.getDouble(2), rs.getBoolean(3) ? 1 : 0});
                }
            }
        }
        long base = byStart.keySet().iterator().next();
        long fromMs = from.toEpochMilli();
        long start = base - Math.max(0, Math.ceilDiv(base - fromMs, stepMs)) * stepMs;
        int n = (int) Math.ceilDiv(to.toEpochMilli() - start, stepMs);
        double[] values = new double[n];
        Arrays.fill(values, Double.NaN);
        BitSet estimated = new BitSet();
        for (Map.Entry<Long, double[]> e : byStart.entrySet()) {
            long offset = e.getKey() - start;
            if (offset % stepMs != 0) {
                continue; // off this source's grid: cannot happen for one validated import
            }
            int i = (int) (offset / stepMs);
            if (i >= 0 && i < n) {
                values[i] = e.getValue()[0];
                if (e.getValue()[1] > 0) {
                    estimated.set(i);
                }
            }
        }
        return new IntensitySeries(k.region(), Instant.ofEpochMilli(start), k.step(), values, k.signal(), k.basis(),
                k.source(), false, k.issuedAt() == null ? null : k.issuedAt().toInstant(ZoneOffset.UTC), estimated);
    }

    /** Exactly the series {@code coverage} describes, over its whole extent (missing points NaN). */
    public static IntensitySeries series(Workspace workspace, Coverage coverage) throws SQLException {
        return workspace.read(c -> load(c, new Candidate(coverage.region(), coverage.signal(), coverage.basis(),
                        coverage.source(), coverage.forecastIssuedAt() == null ? null : utc(coverage.forecastIssuedAt()),
                        coverage.step(), coverage.points()),
                coverage.first(), coverage.end()));
    }

    /** The annual average of a region (or of a region mapped to the same zone) as a flat hourly series, estimated. */
    private static Optional<IntensitySeries> annualFloor(Connection c, String key, Instant from, Instant to)
            throws SQLException {
        try (PreparedStatement p = c.prepareStatement("select annual_g_per_kwh, source from region"
                + " where region = ? and annual_g_per_kwh is not null")) {
            p.setString(1, key);
            try (ResultSet rs = p.executeQuery()) {
                if (!rs.next()) {
                    return Optional.empty();
                }
                double g = rs.getDouble(1);
                String source = rs.getString(2);
                long hour = Duration.ofHours(1).toMillis();
                long start = Math.floorDiv(from.toEpochMilli(), hour) * hour;
                int n = (int) Math.ceilDiv(to.toEpochMilli() - start, hour);
                double[] values = new double[n];
                Arrays.fill(values, g);
                return Optional.of(new IntensitySeries(key, Instant.ofEpochMilli(start), Duration.ofHours(1), values,
                        Signal.AVERAGE, Basis.DIRECT, source, true, null));
            }
        }
    }

    /** Whether {@code series} is an annual-average floor rather than measured hourly data. */
    public static boolean isAnnualFloor(IntensitySeries series) {
        return series.estimated() && series.source().contains("annual");
    }

    /** Every series the workspace holds, with its completeness, for the Sources tab. */
    public static List<Coverage> coverage(Workspace workspace) throws SQLException {
        return workspace.read(c -> {
            List<Coverage> out = new ArrayList<>();
            try (Statement s = c.createStatement();
                    ResultSet rs = s.executeQuery("select i.region, i.signal, i.basis, i.source, i.forecast_issued_at,"
                            + " epoch(any_value(i.duration))::bigint, min(i.start), max(i.start + i.duration),"
                            + " count(distinct i.start), count(distinct i.start) filter (where i.estimated),"
                            + " string_agg(distinct b.file_name, ', ' order by b.file_name)"
                            + " from intensity i left join import_batch b using (batch_id)"
                            + " group by i.region, i.signal, i.basis, i.source, i.forecast_issued_at order by 1, 2, 3, 4")) {
                while (rs.next()) {
                    Duration step = Duration.ofSeconds(rs.getLong(6));
                    Instant first = rs.getObject(7, LocalDateTime.class).toInstant(ZoneOffset.UTC);
                    Instant end = rs.getObject(8, LocalDateTime.class).toInstant(ZoneOffset.UTC);
                    long points = rs.getLong(9);
                    long expected = Duration.between(first, end).toMillis() / Math.max(1, step.toMillis());
                    String files = rs.getString(11);
                    LocalDateTime issued = rs.getObject(5, LocalDateTime.class);
                    out.add(new Coverage(rs.getString(1), Signal.parse(rs.getString(2)).orElse(Signal.AVERAGE),
                            Basis.parse(rs.getString(3)).orElse(Basis.DIRECT), rs.getString(4),
                            issued == null ? null : issued.toInstant(ZoneOffset.UTC), step, first, end, points,
                            Math.max(0, expected - points), rs.getLong(10),
                            files == null ? List.of() : List.of(files.split(", "))));
                }
            }
            return out;
        });
    }

    /** The gaps of one series (as {@code [from, to)} pairs), at most {@code limit}. */
    public static List<Instant[]> gaps(Workspace workspace, Coverage series, int limit) throws SQLException {
        return workspace.read(c -> {
            List<Instant[]> out = new ArrayList<>();
            try (PreparedStatement p = c.prepareStatement("select gap_from, gap_to from (select start + duration as gap_from,"
                    + " lead(start) over (order by start) as gap_to from (select distinct start, duration from intensity"
                    + " where region = ? and signal = ? and basis = ? and source = ? and forecast_issued_at is not distinct from ?))"
                    + " where gap_to > gap_from order by gap_from limit ?")) {
                p.setString(1, series.region());
                p.setString(2, series.signal().id());
                p.setString(3, series.basis().id());
                p.setString(4, series.source());
                if (series.forecastIssuedAt() == null) {
                    p.setNull(5, java.sql.Types.TIMESTAMP);
                } else {
                    p.setObject(5, utc(series.forecastIssuedAt()));
                }
                p.setInt(6, limit);
                try (ResultSet rs = p.executeQuery()) {
                    while (rs.next()) {
                        out.add(new Instant[] {
                            rs.getObject(1, LocalDateTime.class).toInstant(ZoneOffset.UTC),
                            rs.getObject(2, LocalDateTime.class).toInstant(ZoneOffset.UTC)
                        });
                    }
                }
            }
            return out;
        });
    }

    /**
     * The regions the Intensity screen offers: every key with a series, then every catalogued region (with its zone and
     * annual average), series first.
     */
    public static List<RegionChoice> regions(Workspace workspace) throws SQLException {
        return workspace.read(c -> {
            Map<String, RegionChoice> out = new LinkedHashMap<>();
            Set<String> withData = new LinkedHashSet<>();
            Set<String> sample = new LinkedHashSet<>();
            // sample series say so in their source (COMMON.md: sample data is labelled SAMPLE)
            try (Statement s = c.createStatement();
                    ResultSet rs = s.executeQuery("select region, bool_or(source like '%(SAMPLE)%') from intensity"
                            + " group by region order by 1")) {
                while (rs.next()) {
                    withData.add(rs.getString(1));
                    if (rs.getBoolean(2)) {
                        sample.add(rs.getString(1));
                    }
                }
            }
            try (Statement s = c.createStatement();
                    ResultSet rs = s.executeQuery("select region, zone, annual_g_per_kwh, source from region order by region")) {
                while (rs.next()) {
                    String key = rs.getString(1);
                    String zone = rs.getString(2);
                    double annual = rs.getObject(3) == null ? Double.NaN : rs.getDouble(3);
                    boolean series = withData.contains(key) || (zone != null && withData.contains(zone));
                    out.put(key, new RegionChoice(key, zone, series, withData.contains(key), annual, rs.getString(4),
                            sample.contains(key)));
                }
            }
            for (String key : withData) {
                out.putIfAbsent(key, new RegionChoice(key, ZoneMap.of(key).map(ZoneMap.Entry::zone).orElse(null), true, true,
                        Double.NaN, null, sample.contains(key)));
            }
            List<RegionChoice> sorted = new ArrayList<>(out.values());
            sorted.sort((a, b) -> a.ownSeries() != b.ownSeries() ? (a.ownSeries() ? -1 : 1)
                    : a.hasSeries() != b.hasSeries() ? (a.hasSeries() ? -1 : 1) : a.key().compareTo(b.key()));
            return sorted;
        });
    }

    /** The time span the workspace holds for {@code regionOrZone} (or its zone), or empty. */
    public static Optional<Instant[]> span(Workspace workspace, String regionOrZone) throws SQLException {
        return workspace.read(c -> {
            for (String key : lookupKeys(c, regionOrZone)) {
                try (PreparedStatement p = c.prepareStatement("select min(start), max(start + duration) from intensity where region = ?")) {
                    p.setString(1, key);
                    try (ResultSet rs = p.executeQuery()) {
                        if (rs.next() && rs.getObject(1) != null) {
                            return Optional.of(new Instant[] {
                                rs.getObject(1, LocalDateTime.class).toInstant(ZoneOffset.UTC),
                                rs.getObject(2, LocalDateTime.class).toInstant(ZoneOffset.UTC)
                            });
                        }
                    }
                }
            }
            return Optional.empty();
        });
    }

    private static LocalDateTime utc(Instant t) {
        return LocalDateTime.ofInstant(t, ZoneOffset.UTC);
    }

}
