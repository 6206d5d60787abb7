package dev.greenops.model.schedule;

import dev.greenops.model.common.ProgressListener;
import dev.greenops.model.store.Workspace;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.duckdb.DuckDBAppender;
import org.duckdb.DuckDBConnection;

/**
 * Keeps replays in the workspace's {@code job_metrics} table, one row per job run, under a replay id. A save replaces
 * an earlier replay of the same id and is one transaction: all rows or none.
 */
public final class JobMetricsStore {

    private static final DateTimeFormatter ID_TIME = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'")
            .withZone(ZoneOffset.UTC);

    /**
     * {@link JobRecord#delayed()} as a condition on {@code job_metrics} rows: dispatched later than submitted (forced and
     * migrated runs that waited included). Whatever counts "deferred" runs from the table uses it, so it counts what
     * {@link ReplaySummary#deferred()} counts and the Scheduler screen shows.
     */
    public static final String DEFERRED_CONDITION = "dispatch_ts > submitted_at";

    private JobMetricsStore() {}

    /** A readable id: {@code threshold 2026-08-01..2026-11-01 @20261104T101500Z}. */
    public static String replayId(Policy policy, Instant from, Instant to, Instant madeAt) {
        return policy.id() + " " + day(from) + ".." + day(to) + " @" + ID_TIME.format(madeAt);
    }

    private static String day(Instant t) {
        return LocalDateTime.ofInstant(t, ZoneOffset.UTC).toLocalDate().toString();
    }

    /** Writes {@code records} as replay {@code replayId} (replacing rows of that id), appending through DuckDB. */
    public static void save(Workspace workspace, String replayId, List<JobRecord> records, ProgressListener progress)
            throws SQLException {
        workspace.inTransaction(c -> {
            try (PreparedStatement delete = c.prepareStatement("delete from job_metrics where replay_id = ?")) {
                delete.setString(1, replayId);
                delete.execute();
            }
            int i = 0;
            try (DuckDBAppender a = c.unwrap(DuckDBConnection.class).createAppender("job_metrics")) {
                for (JobRecord r : records) {
                    if ((++i & 1023) == 0) {
                        ProgressListener.checkCancelled();
                        progress.progress(i, records.size(), "saving job records");
                    }
                    a.beginRow();
                    a.append(replayId);
                    a.append(r.jobId());
                    a.append(r.jobClass().id());
                    a.append(r.region());
                    a.append(utc(r.submittedAt()));
                    a.append(utc(r.dispatchTs()));
                    a.append(r.dispatchDelayH());
                    a.append(utc(r.windowExpiry()));
                    a.append(r.decision().id());
                    a.append(r.policy().id());
                    a.append(r.estKwh());
                    a.append(r.baselineIntensity());
                    a.append(r.actualIntensity());
                    a.append(r.baselineEmissionsKgCo2());
                    a.append(r.actualEmissionsKgCo2());
                    a.append(r.carbonSavedKgCo2());
                    if (r.savingPct() == null) {
                        a.appendNull();
                    } else {
                        a.append(r.savingPct().doubleValue());
                    }
                    a.append(r.csrdEligible());
                    a.append(r.intensitySource());
                    a.endRow();
                }
            }
            progress.progress(records.size(), records.size(), "saved " + records.size() + " job records");
            return null;
        });
    }

    /** How many rows replay {@code replayId} has. */
    public static long count(Workspace workspace, String replayId) throws SQLException {
        return workspace.read(c -> {
            try (PreparedStatement p = c.prepareStatement("select count(*) from job_metrics where replay_id = ?")) {
                p.setString(1, replayId);
                try (ResultSet rs = p.executeQuery()) {
                    rs.next();
                    return rs.getLong(1);
                }
            }
        });
    }

    /**
     * The replay whose rows were written last (the table has no timestamp of its own, so "last" is the highest rowid:
     * the Overview's "latest scheduler replay" reads it the same way), or empty when no replay was saved.
     */
    public static Optional<SavedReplay> latest(Workspace workspace) throws SQLException {
        return workspace.read(c -> {
            String id;
            try (Statement s = c.createStatement();
                    ResultSet rs = s.executeQuery("select replay_id from job_metrics order by rowid desc limit 1")) {
                if (!rs.next()) {
                    return Optional.<SavedReplay>empty();
                }
                id = rs.getString(1);
            }
            List<JobRecord> records = new ArrayList<>();
            Policy policy = null;
            try (PreparedStatement p = c.prepareStatement("select job_id, job_class, region, submitted_at, dispatch_ts,"
                    + " dispatch_delay_h, window_expiry, decision, policy, est_kwh, baseline_intensity, actual_intensity,"
                    + " baseline_emissions_kgco2, actual_emissions_kgco2, carbon_saved_kgco2, saving_pct, csrd_eligible,"
                    + " intensity_source from job_metrics where replay_id = ? order by submitted_at, job_id, rowid")) {
                p.setString(1, id);
                try (ResultSet rs = p.executeQuery()) {
                    while (rs.next()) {
                        JobRecord r = readBack(rs);
                        policy = policy == null ? r.policy() : policy;
                        records.add(r);
                    }
                }
            }
            return Optional.of(new SavedReplay(id, policy, records));
        });
    }

    private static JobRecord readBack(ResultSet rs) throws SQLException {
        String jobId = rs.getString(1);
        JobClass jobClass = byId(JobClass.values(), JobClass::id, rs.getString(2), "job_class", jobId);
        Decision decision = byId(Decision.values(), Decision::id, rs.getString(8), "decision", jobId);
        String policyId = rs.getString(9);
        Policy policy = Policy.fromId(policyId).orElseThrow(() -> new SQLException(
                "job_metrics row of " + jobId + " names an unknown policy '" + policyId + "'"));
        Instant submitted = instant(rs.getObject(4, LocalDateTime.class));
        Instant dispatched = instant(rs.getObject(5, LocalDateTime.class));
        LocalDateTime expiry = rs.getObject(7, LocalDateTime.class);
        double saving = rs.getDouble(16);
        Double savingPct = rs.wasNull() ? null : saving;
        String region = rs.getString(3);
        String source = rs.getString(18);
        var trace = new JobRecord.Trace(region, source, Double.NaN, Double.NaN, "not kept in job_metrics",
                JobRecord.Cause.READ_BACK, Double.NaN, Double.NaN, null, 0);
        return new JobRecord(jobId, jobClass, region, submitted, dispatched, rs.getDouble(6),
                expiry == null ? submitted : instant(expiry), decision, policy, rs.getDouble(10), rs.getDouble(11),
                rs.getDouble(12), rs.getDouble(13), rs.getDouble(14), rs.getDouble(15), savingPct, rs.getBoolean(17),
                source, trace);
    }

    private static <E> E byId(E[] values, java.util.function.Function<E, String> id, String text, String column,
            String jobId) throws SQLException {
        for (E v : values) {
            if (id.apply(v).equals(text)) {
                return v;
            }
        }
        throw new SQLException("job_metrics row of " + jobId + " has an unknown " + column + " '" + text + "'");
    }

    private static Instant instant(LocalDateTime t) {
        return t.toInstant(ZoneOffset.UTC);
    }

    private static LocalDateTime utc(Instant t) {
        return LocalDateTime.ofInstant(t, ZoneOffset.UTC);
    }
}
