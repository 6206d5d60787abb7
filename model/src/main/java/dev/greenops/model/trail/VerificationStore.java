package dev.greenops.model.trail;

import dev.greenops.model.store.Workspace;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Optional;

/**
 * Keeps trail verification runs in the workspace's {@code verification} table (one row per expected day, DATA-MODEL),
 * and answers "what did the latest run say" for the Overview.
 */
public final class VerificationStore {

    private VerificationStore() {}

    /** The latest run: which trail, against which root, how many of the expected days verified. */
    public record RunSummary(String runId, String trailDir, String trustedRoot, Instant verifiedAt, long expected, long verified) {
        public boolean allVerified() {
            return expected > 0 && expected == verified;
        }
    }

    /** Stores every day of {@code report} in one transaction (all or nothing). */
    public static void save(Workspace workspace, TrailReport report) throws SQLException {
        String root = report.trustRoot().displayLabel() + " (sha256:" + report.trustRoot().sha256() + ")";
        workspace.inTransaction(c -> {
            try (PreparedStatement p = c.prepareStatement("insert into verification (run_id, trail_dir, date, status,"
                    + " reason, signer, issuer, log_index, integrated_time, trusted_root, verified_at)"
                    + " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
                for (DayResult d : report.days()) {
                    p.setString(1, report.runId());
                    p.setString(2, report.trailDir().toString());
                    p.setObject(3, d.date());
                    p.setString(4, d.status().name());
                    p.setString(5, d.reason());
                    p.setString(6, d.signer());
                    p.setString(7, d.issuer());
                    if (d.logIndex() == null) {
                        p.setNull(8, Types.BIGINT);
                    } else {
                        p.setLong(8, d.logIndex());
                    }
                    p.setObject(9, d.integratedTime() == null ? null : utc(d.integratedTime()));
                    p.setString(10, root);
                    p.setObject(11, utc(report.verifiedAt()));
                    p.addBatch();
                }
                p.executeBatch();
            }
            return null;
        });
    }

    /** The most recent run in the workspace, if any. */
    public static Optional<RunSummary> latest(Workspace workspace) throws SQLException {
        return workspace.read(c -> {
            try (PreparedStatement p = c.prepareStatement("""
                    with last as (select run_id from verification order by verified_at desc, run_id limit 1)
                    select v.run_id, any_value(v.trail_dir), any_value(v.trusted_root), max(v.verified_at), count(*),
                           count(*) filter (where v.status = 'VERIFIED')
                    from verification v join last using (run_id)
                    group by v.run_id
                    """);
                    ResultSet rs = p.executeQuery()) {
                if (!rs.next()) {
                    return Optional.empty();
                }
                Timestamp at = rs.getTimestamp(4);
                return Optional.of(new RunSummary(rs.getString(1), rs.getString(2), rs.getString(3),
                        at.toLocalDateTime().toInstant(ZoneOffset.UTC), rs.getLong(5), rs.getLong(6)));
            }
        });
    }

    private static LocalDateTime utc(Instant t) {
        return LocalDateTime.ofInstant(t, ZoneOffset.UTC);
    }
}
