package dev.greenops.model.schedule;

import dev.greenops.model.common.ProgressListener;
import dev.greenops.model.store.Workspace;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
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

    private static LocalDateTime utc(Instant t) {
        return LocalDateTime.ofInstant(t, ZoneOffset.UTC);
    }
}
