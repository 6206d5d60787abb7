package dev.greenops.model.intensity.io;

import dev.greenops.model.common.InvalidInputException;
import dev.greenops.model.common.Problem;
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
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The points of one intensity file on their way into the {@code intensity} table: a temp table that every format
 * fills with the file's raw text (time, value, unit, region, ...) and that is then parsed, checked and inserted in SQL.
 *
 * <p>Checks, each reported with file, line and column: times that are not times, values that are not numbers or are
 * negative, empty values (a gap), more than one unit in a file, duplicate times, local clock times with daylight-saving
 * shifts, steps outside 5 minutes to 1 hour, gaps and irregular steps. Nothing is filled in or dropped silently.
 */
final class Staging {

    static final Duration MIN_STEP = Duration.ofMinutes(5);
    static final Duration MAX_STEP = Duration.ofHours(1);
    private static final int MAX_PROBLEMS = 20;

    /** The raw columns a format fills (by name; unused ones stay null). */
    static final String COLUMNS = "line bigint, pointer varchar, time_col integer, value_col integer, region varchar,"
            + " ts_raw varchar, value_raw varchar, duration_raw varchar, estimated_raw varchar, issued_raw varchar,"
            + " unit varchar, signal varchar, basis varchar, source varchar, data_source varchar,"
            + " estimation_method varchar, cfe_raw varchar, renewable_raw varchar,"
            // parsed
            + " ts timestamp, bare_time boolean, value double, duration_s bigint, estimated boolean,"
            + " forecast_issued_at timestamp, g_per_kwh double, cfe_pct double, renewable_pct double";

    final Connection c;
    final String table;
    final String file;
    private final JsonLocator json;
    /** The file says its times are UTC (e.g. an Electricity Maps "Datetime (UTC)" column): no daylight-saving check. */
    boolean timesDeclaredUtc;

    Staging(Connection c, String table, String file, JsonLocator json) throws SQLException {
        this.c = c;
        this.table = table;
        this.file = file;
        this.json = json;
        exec("create temp table " + table + " (" + COLUMNS + ")");
    }

    /** Appends the rows of {@code select}, whose columns are named like {@link #COLUMNS}. */
    void add(String select) throws SQLException {
        exec("insert into " + table + " by name " + select);
    }

    long count() throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("select count(*) from " + table)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    /** The largest intensity accepted, in g/kWh: ten times the dirtiest grids. */
    static final int MAX_G_PER_KWH = 10_000;

    /** Parses and checks every row; returns the series found, or throws with every problem (at most 20 shown). */
    List<SeriesInfo> validate() throws SQLException, InvalidInputException {
        if (count() == 0) {
            throw InvalidInputException.of(file, 2, 1, "the file has no data rows", "at least two points of intensity");
        }
        String previousZone = setting("TimeZone");
        exec("set TimeZone = 'UTC'");
        try {
            exec("update " + table + " set"
                    + " ts = try_cast(trim(ts_raw) as timestamptz)::timestamp,"
                    + " bare_time = not regexp_matches(trim(ts_raw), '(Z|z|[+-]\\d\\d(:?\\d\\d)?|UTC|GMT)$'),"
                    + " value = try_cast(trim(value_raw) as double),"
                    + " duration_s = epoch(try_cast(trim(duration_raw) as interval))::bigint,"
                    + " forecast_issued_at = try_cast(trim(issued_raw) as timestamptz)::timestamp,"
                    + " cfe_pct = try_cast(trim(cfe_raw) as double),"
                    + " renewable_pct = try_cast(trim(renewable_raw) as double),"
                    + " estimated = case lower(trim(coalesce(estimated_raw, ''))) when 'true' then true when '1' then true"
                    + " when 'yes' then true else false end");
        } finally {
            exec("set TimeZone = " + CsvTable.literal(previousZone));
        }
        List<Problem> problems = new ArrayList<>();
        rows(problems, "ts is null", "time_col", "ts_raw",
                v -> "'" + v + "' is not a date-time", "an ISO-8601 time such as 2023-06-01T00:00:00Z (a bare time is UTC)");
        rows(problems, "value is null and nullif(trim(value_raw), '') is not null", "value_col", "value_raw",
                v -> "'" + v + "' is not a number", "the intensity as a decimal number, e.g. 123.45");
        rows(problems, "value is not null and (isnan(value) or isinf(value) or value < 0)", "value_col", "value_raw",
                v -> "'" + v + "' is not a usable intensity", "a finite number >= 0");
        rows(problems, "nullif(trim(region), '') is null", "0", "region",
                v -> "this point has no region: the file does not name one", "--region ZONE to name the zone this file describes");
        rows(problems, "duration_s is null and nullif(trim(duration_raw), '') is not null", "0", "duration_raw",
                v -> "'" + v + "' is not a duration", "a duration such as 01:00:00 or 00:05:00");
        rows(problems, "lower(trim(coalesce(estimated_raw, ''))) not in ('', 'true', 'false', '1', '0', 'yes', 'no')", "0",
                "estimated_raw", v -> "'" + v + "' is not true or false", "true or false");
        rows(problems, "issued_raw is not null and forecast_issued_at is null", "0", "issued_raw",
                v -> "'" + v + "' is not a date-time", "an ISO-8601 time for when the forecast was issued");
        rows(problems, "signal is not null and signal not in ('average', 'marginal')", "0", "signal",
                v -> "'" + v + "' is not a signal", "average or marginal");
        rows(problems, "basis is not null and basis not in ('direct', 'lifecycle')", "0", "basis",
                v -> "'" + v + "' is not a basis", "direct or lifecycle");
        fail(problems);
        applyUnits(problems);
        fail(problems);
        // no grid emits more than about 1,200 g/kWh (coal alone); a far larger value is another unit (g/MWh, kg/MWh
        // read as g/kWh) or a typo, and left in it would make every average and saving meaningless
        rows(problems, "g_per_kwh > " + MAX_G_PER_KWH, "value_col", "value_raw",
                v -> "'" + v + "' is far above any grid's intensity: is the file in another unit, such as g/MWh?",
                String.format(java.util.Locale.ROOT, "g/kWh up to %,d", MAX_G_PER_KWH));
        fail(problems);
        emptyValues(problems);
        fail(problems);
        duplicates(problems);
        fail(problems);
        List<SeriesInfo> series = steps(problems);
        fail(problems);
        return series;
    }

    /** Inserts the validated rows under {@code batchId}; the source's {granularity}/{years} are filled per series. */
    long insert(List<SeriesInfo> series, long batchId) throws SQLException {
        long rows = 0;
        for (SeriesInfo s : series) {
            String source = s.finalSource();
            try (PreparedStatement p = c.prepareStatement(
                    "insert into intensity (region, start, duration, g_per_kwh, signal, basis, source, estimated,"
                            + " forecast_issued_at, batch_id)"
                            + " select region, ts, to_seconds(?), g_per_kwh, signal, basis, ?, estimated, forecast_issued_at, ?"
                            + " from " + table + " where " + s.where())) {
                p.setLong(1, s.step().toSeconds());
                p.setString(2, source);
                p.setLong(3, batchId);
                s.bind(p, 4);
                rows += p.executeUpdate();
            }
            try (PreparedStatement p = c.prepareStatement(
                    "insert into intensity_detail (batch_id, region, start, basis, source_line, data_source,"
                            + " estimation_method, cfe_pct, renewable_pct)"
                            + " select ?, region, ts, basis, line, nullif(trim(data_source), ''),"
                            + " nullif(trim(estimation_method), ''), cfe_pct, renewable_pct from " + table + " where "
                            + s.where())) {
                p.setLong(1, batchId);
                s.bind(p, 2);
                p.executeUpdate();
            }
        }
        return rows;
    }

    void drop() {
        CsvTable.drop(c, table);
    }

    // ---- checks ---------------------------------------------------------------------------------------------------

    interface Message {
        String of(String value);
    }

    private void rows(List<Problem> problems, String condition, String columnExpr, String valueExpr, Message message,
            String expected) throws SQLException {
        if (problems.size() >= MAX_PROBLEMS) {
            return;
        }
        try (Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("select line, pointer, " + columnExpr + ", " + valueExpr + " from " + table
                        + " where " + condition + " order by line, pointer limit " + MAX_PROBLEMS)) {
            while (rs.next() && problems.size() < MAX_PROBLEMS) {
                String v = rs.getString(4);
                String text = v == null || v.isBlank() ? "a value is missing here: " + message.of("").replace("''", "(empty)") : message.of(v);
                problems.add(problem(rs.getLong(1), rs.getString(2), rs.getLong(3), text, expected));
            }
        }
    }

    private void applyUnits(List<Problem> problems) throws SQLException {
        List<String[]> units = new ArrayList<>();
        try (Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("select coalesce(unit, 'g/kWh') u, min(line), arg_min(pointer, line),"
                        + " arg_min(value_col, line) from " + table + " group by u order by 2")) {
            while (rs.next()) {
                units.add(new String[] {rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4)});
            }
        }
        for (String[] u : units) {
            if (Units.factor(u[0]).isEmpty()) {
                problems.add(problem(Long.parseLong(u[1]), u[2], u[3] == null ? 0 : Long.parseLong(u[3]),
                        "'" + u[0] + "' is not a unit of carbon intensity", Units.EXPECTED));
            }
        }
        if (units.size() > 1) {
            String[] a = units.get(0);
            String[] b = units.get(1);
            problems.add(problem(Long.parseLong(b[1]), b[2], b[3] == null ? 0 : Long.parseLong(b[3]),
                    "mixed units in one file: this value is in " + b[0] + " but line " + a[1] + " is in " + a[0],
                    "one unit for the whole file (split it, or convert before importing)"));
        }
        if (!problems.isEmpty()) {
            return;
        }
        double factor = Units.factor(units.getFirst()[0]).orElseThrow();
        exec("update " + table + " set g_per_kwh = value * " + factor);
    }

    private void emptyValues(List<Problem> problems) throws SQLException {
        try (Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("select line, pointer, value_col, ts from " + table
                        + " where value is null order by line, pointer limit " + MAX_PROBLEMS)) {
            while (rs.next()) {
                problems.add(problem(rs.getLong(1), rs.getString(2), rs.getLong(3),
                        "no value at " + instant(rs.getObject(4, LocalDateTime.class)) + ": a gap in the series",
                        "a value for every time step; gaps are reported, never filled in"));
            }
        }
    }

    private static final String KEY = "region, signal, basis, coalesce(source, ''), forecast_issued_at";

    private void duplicates(List<Problem> problems) throws SQLException {
        List<Instant> duplicated = new ArrayList<>();
        List<Problem> found = new ArrayList<>();
        try (Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("select ts, list(line order by line), list(pointer order by line),"
                        + " min(time_col), count(*), bool_and(bare_time), any_value(region || ' (' || signal || ', ' || basis || ')')"
                + " from " + table + " group by " + KEY
                        + ", ts having count(*) > 1 order by min(line) limit " + MAX_PROBLEMS)) {
            while (rs.next()) {
                Instant ts = instant(rs.getObject(1, LocalDateTime.class));
                List<Long> lines = longs(rs.getArray(2).getArray());
                Object[] pointers = (Object[]) rs.getArray(3).getArray();
                String where = lines.stream().map(String::valueOf).reduce((x, y) -> x + ", " + y).orElse("");
                found.add(problem(lines.get(1), pointers.length > 1 ? (String) pointers[1] : null, rs.getLong(4),
                        "duplicate time " + ts + " in " + rs.getString(7) + " (lines " + where + ")",
                        "each time once per region and basis"));
                if (rs.getBoolean(6)) {
                    duplicated.add(ts);
                }
            }
        }
        if (found.isEmpty()) {
            return;
        }
        if (!timesDeclaredUtc && !duplicated.isEmpty()) {
            Optional<String> dst = DstCheck.explainRepeats(duplicated);
            if (dst.isPresent()) {
                Problem first = found.getFirst();
                problems.add(Problem.error(file, first.line(), first.column(), dst.get(),
                        "times in UTC or with an offset (e.g. 2023-10-29T01:00:00Z or 2023-10-29T02:00:00+02:00)"));
                return;
            }
        }
        problems.addAll(found);
    }

    private List<SeriesInfo> steps(List<Problem> problems) throws SQLException {
        List<SeriesInfo> series = new ArrayList<>();
        String diffs = "select *, epoch(ts - lag(ts) over w)::bigint as diff_s, lag(line) over w as prev_line,"
                + " lag(ts) over w as prev_ts from " + table + " window w as (partition by " + KEY + " order by ts)";
        try (Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("select region, signal, basis, source, forecast_issued_at,"
                        + " mode(duration_s), count(distinct duration_s), mode(diff_s), min(ts), max(ts), count(*),"
                        + " min(line), bool_and(bare_time) from (" + diffs + ") group by all order by min(line), region, basis")) {
            while (rs.next()) {
                Long declared = (Long) rs.getObject(6);
                Long observed = (Long) rs.getObject(8);
                SeriesInfo info = new SeriesInfo(
                        rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getObject(5, LocalDateTime.class),
                        Duration.ofSeconds(declared != null ? declared : observed != null ? observed : 0),
                        instant(rs.getObject(9, LocalDateTime.class)), instant(rs.getObject(10, LocalDateTime.class)),
                        rs.getLong(11), rs.getBoolean(13));
                long firstLine = rs.getLong(12);
                if (rs.getLong(7) > 1) {
                    problems.add(problem(firstLine, null, 0, "the points of " + info.label() + " declare different durations",
                            "one duration (step) per series"));
                } else if (declared == null && observed == null) {
                    problems.add(problem(firstLine, null, 0, "cannot tell the time step of " + info.label() + " from a single point",
                            "at least two points, or a duration per point"));
                } else if (info.step().compareTo(MIN_STEP) < 0 || info.step().compareTo(MAX_STEP) > 0) {
                    problems.add(problem(firstLine, null, 0, "the time step of " + info.label() + " is "
                            + dev.greenops.model.intensity.Durations.format(info.step()), "a step from 5 min to 1 h"));
                } else {
                    series.add(info);
                }
            }
        }
        if (!problems.isEmpty()) {
            return series;
        }
        List<Instant> gapStarts = new ArrayList<>();
        List<Problem> gaps = new ArrayList<>();
        for (SeriesInfo info : series) {
            try (PreparedStatement p = c.prepareStatement("select prev_line, line, pointer, time_col, prev_ts, ts, diff_s,"
                    + " bare_time from (" + diffs + ") where " + info.where() + " and diff_s is not null and diff_s <> ?"
                    + " order by ts limit " + MAX_PROBLEMS)) {
                info.bind(p, 1);
                p.setLong(6, info.step().toSeconds());
                try (ResultSet rs = p.executeQuery()) {
                    while (rs.next()) {
                        long diff = rs.getLong(7);
                        long step = info.step().toSeconds();
                        Instant prev = instant(rs.getObject(5, LocalDateTime.class));
                        Instant now = instant(rs.getObject(6, LocalDateTime.class));
                        if (diff % step == 0 && diff > step) {
                            long missing = diff / step - 1;
                            gaps.add(problem(rs.getLong(2), rs.getString(3), rs.getLong(4),
                                    "gap in " + info.label() + ": nothing from " + prev.plusSeconds(step) + " to " + now + " ("
                                            + missing + " missing point" + (missing == 1 ? "" : "s") + " after line "
                                            + rs.getLong(1) + ")",
                                    "a point every " + dev.greenops.model.intensity.Durations.format(info.step())
                                            + "; gaps are reported, never filled in"));
                            if (rs.getBoolean(8)) {
                                gapStarts.add(prev.plusSeconds(step));
                            }
                        } else {
                            gaps.add(problem(rs.getLong(2), rs.getString(3), rs.getLong(4),
                                    "irregular step in " + info.label() + ": " + now + " is " + dev.greenops.model.intensity.Durations.format(Duration.ofSeconds(diff))
                                            + " after the point on line " + rs.getLong(1),
                                    "a point every " + dev.greenops.model.intensity.Durations.format(info.step())));
                        }
                    }
                }
            }
        }
        if (!gaps.isEmpty() && !timesDeclaredUtc && !gapStarts.isEmpty()) {
            Optional<String> dst = DstCheck.explainSkips(gapStarts);
            if (dst.isPresent()) {
                Problem first = gaps.getFirst();
                problems.add(Problem.error(file, first.line(), first.column(), dst.get(),
                        "times in UTC or with an offset (e.g. 2023-03-26T01:00:00Z)"));
                return series;
            }
        }
        problems.addAll(gaps.subList(0, Math.min(gaps.size(), MAX_PROBLEMS)));
        return series;
    }

    // ---- helpers --------------------------------------------------------------------------------------------------

    private Problem problem(long line, String pointer, long column, String message, String expected) {
        if (pointer != null && json != null) {
            long[] at = json.locate(pointer);
            return Problem.error(file, at[0], at[1], message, expected);
        }
        return Problem.error(file, Math.max(0, line), Math.max(0, column), message, expected);
    }

    private void fail(List<Problem> problems) throws InvalidInputException {
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems.subList(0, Math.min(problems.size(), MAX_PROBLEMS)));
        }
    }

    private void exec(String sql) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }

    private String setting(String name) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("select current_setting('" + name + "')")) {
            rs.next();
            return rs.getString(1);
        }
    }

    static Instant instant(LocalDateTime t) {
        return t == null ? null : t.toInstant(ZoneOffset.UTC);
    }

    private static List<Long> longs(Object array) {
        List<Long> out = new ArrayList<>();
        for (Object o : (Object[]) array) {
            out.add(((Number) o).longValue());
        }
        return out;
    }

    static String lower(String s) {
        return s == null ? null : s.toLowerCase(Locale.ROOT);
    }
}
