package dev.greenops.model.ledger.explore;

import dev.greenops.model.common.ProgressListener;
import dev.greenops.model.schedule.JobMetricsStore;
import dev.greenops.model.store.Workspace;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/** Computes the {@link Overview}: this period's totals and trend, from the workspace alone. */
public final class OverviewService {

    private final Workspace workspace;

    public OverviewService(Workspace workspace) {
        this.workspace = Objects.requireNonNull(workspace, "workspace");
    }

    /**
     * The period to show: the shared range when one is set (open ends take the data's first or last day), else the
     * three calendar months ending with the last month that has data (the sample quarter, on sample data), else the
     * current month when the ledger is empty.
     */
    public static Overview.Period period(LocalDate from, LocalDate to, LedgerExplorer.Extent extent, LocalDate today) {
        if (from != null || to != null) {
            LocalDate f = from != null ? from : (extent.first() != null ? extent.first() : to);
            LocalDate t = to != null ? to : (extent.last() != null ? extent.last() : from);
            if (f.isAfter(t)) {
                f = t;
            }
            return new Overview.Period(f, t);
        }
        LocalDate last = extent.last() != null ? extent.last() : today;
        LocalDate end = last.withDayOfMonth(last.lengthOfMonth());
        return new Overview.Period(end.withDayOfMonth(1).minusMonths(2), end);
    }

    /** The period of the same length just before {@code p}: the same number of months when {@code p} is whole months. */
    public static Overview.Period previous(Overview.Period p) {
        if (p.wholeMonths()) {
            long months = ChronoUnit.MONTHS.between(p.from(), p.to().plusDays(1));
            LocalDate from = p.from().minusMonths(months);
            return new Overview.Period(from, p.from().minusDays(1));
        }
        long days = ChronoUnit.DAYS.between(p.from(), p.to()) + 1;
        return new Overview.Period(p.from().minusDays(days), p.from().minusDays(1));
    }

    public Overview load(LocalDate from, LocalDate to, ProgressListener progress) throws SQLException {
        progress.progress(0, 4, "reading the ledger's extent");
        LedgerExplorer.Extent extent = new LedgerExplorer(workspace).extent(LedgerQuery.ALL);
        Overview.Period period = period(from, to, extent, LocalDate.now(java.time.ZoneOffset.UTC));
        Overview.Period previous = previous(period);
        return workspace.read(c -> {
            progress.progress(1, 4, "totalling " + period.from() + " to " + period.to());
            LedgerQuery now = LedgerQuery.of(period.filter());
            LedgerQuery before = LedgerQuery.of(previous.filter());
            Totals current = LedgerExplorer.totals(c, now);
            Totals prior = LedgerExplorer.totals(c, before);
            long attributed = attributed(c, now);
            long priorAttributed = attributed(c, before);
            ProgressListener.checkCancelled();
            progress.progress(2, 4, "months and teams");
            List<Overview.Month> months = months(c, period);
            List<Overview.TeamMonth> byTeam = byTeam(c, period);
            ProgressListener.checkCancelled();
            progress.progress(3, 4, "verification and scheduler");
            Overview o = new Overview(extent.rows(), period, previous, current, attributed, prior, priorAttributed, months, byTeam,
                    verification(c), replay(c));
            progress.progress(4, 4, "overview ready");
            return o;
        });
    }

    private static long attributed(Connection c, LedgerQuery q) throws SQLException {
        try (PreparedStatement p = c.prepareStatement("select count(*) from ledger" + q.where() + " and ("
                + QualityCheck.FULLY_ATTRIBUTED + ")")) {
            q.bind(p, 1);
            try (ResultSet rs = p.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    private static List<Overview.Month> months(Connection c, Overview.Period period) throws SQLException {
        LedgerQuery q = LedgerQuery.of(period.filter());
        Map<LocalDate, Overview.Month> byStart = new LinkedHashMap<>();
        for (LocalDate m = period.from().withDayOfMonth(1); !m.isAfter(period.to()); m = m.plusMonths(1)) {
            byStart.put(m, new Overview.Month(m, Totals.EMPTY, 0));
        }
        try (PreparedStatement p = c.prepareStatement("select cast(date_trunc('month', date) as date), " + Totals.SQL
                + ", count(*) filter (where " + QualityCheck.FULLY_ATTRIBUTED + ") from ledger" + q.where()
                + " group by 1 order by 1")) {
            q.bind(p, 1);
            try (ResultSet rs = p.executeQuery()) {
                while (rs.next()) {
                    LocalDate m = LedgerExplorer.localDate(rs, 1);
                    byStart.put(m, new Overview.Month(m, Totals.read(rs, 2), rs.getLong(10)));
                }
            }
        }
        return new ArrayList<>(byStart.values());
    }

    private static List<Overview.TeamMonth> byTeam(Connection c, Overview.Period period) throws SQLException {
        LedgerQuery q = LedgerQuery.of(period.filter());
        List<Overview.TeamMonth> out = new ArrayList<>();
        try (PreparedStatement p = c.prepareStatement("select cast(date_trunc('month', date) as date), team,"
                + " sum(emissions_kgco2e) from ledger" + q.where() + " group by 1, 2 order by 1, 2")) {
            q.bind(p, 1);
            try (ResultSet rs = p.executeQuery()) {
                while (rs.next()) {
                    out.add(new Overview.TeamMonth(LedgerExplorer.localDate(rs, 1), rs.getString(2), rs.getBigDecimal(3)));
                }
            }
        }
        return out;
    }

    /** The run with the latest {@code verified_at}; empty when no trail was ever verified in this workspace. */
    static Optional<Overview.Verification> verification(Connection c) throws SQLException {
        String latest = "(select run_id from verification order by verified_at desc, run_id desc limit 1)";
        try (Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("select run_id, any_value(trail_dir), max(verified_at), min(date),"
                        + " max(date), count(*), count(*) filter (where status = 'VERIFIED'), any_value(trusted_root)"
                        + " from verification where run_id = " + latest + " group by run_id")) {
            if (!rs.next()) {
                return Optional.empty();
            }
            String run = rs.getString(1);
            String dir = rs.getString(2);
            Timestamp at = rs.getTimestamp(3);
            LocalDate first = LedgerExplorer.localDate(rs, 4);
            LocalDate last = LedgerExplorer.localDate(rs, 5);
            long expected = rs.getLong(6);
            long verified = rs.getLong(7);
            String root = rs.getString(8);
            Map<String, Long> failures = new LinkedHashMap<>();
            try (PreparedStatement p = c.prepareStatement("select status, count(*) from verification where run_id = ?"
                    + " and status <> 'VERIFIED' group by 1 order by 2 desc, 1")) {
                p.setString(1, run);
                try (ResultSet f = p.executeQuery()) {
                    while (f.next()) {
                        failures.put(f.getString(1), f.getLong(2));
                    }
                }
            }
            return Optional.of(new Overview.Verification(
                    run, dir, root, at == null ? null : at.toLocalDateTime(), first, last, expected, verified, failures));
        }
    }

    /**
     * The replay whose records were written last ({@code job_metrics} has no timestamp of its own, so "last" is the
     * insertion order DuckDB keeps in {@code rowid}); empty when no replay was ever stored.
     */
    static Optional<Overview.Replay> replay(Connection c) throws SQLException {
        try (Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("select replay_id, string_agg(distinct policy, ', ' order by policy),"
                        + " count(*), count(*) filter (where "
                        + JobMetricsStore.DEFERRED_CONDITION + "), sum(baseline_emissions_kgco2),"
                        + " sum(actual_emissions_kgco2), sum(carbon_saved_kgco2) from job_metrics where replay_id ="
                        + " (select replay_id from job_metrics order by rowid desc limit 1) group by replay_id")) {
            if (!rs.next()) {
                return Optional.empty();
            }
            double baseline = rs.getDouble(5);
            double saved = rs.getDouble(7);
            return Optional.of(new Overview.Replay(rs.getString(1), rs.getString(2), rs.getLong(3), rs.getLong(4),
                    baseline, rs.getDouble(6), saved, baseline == 0 ? null : 100.0 * saved / baseline));
        }
    }

    /** Percent change from {@code before} to {@code now}, or null when there is nothing to compare with. */
    public static Double change(BigDecimal now, BigDecimal before) {
        if (now == null || before == null || before.signum() == 0) {
            return null;
        }
        return now.subtract(before).doubleValue() / before.doubleValue() * 100.0;
    }
}
