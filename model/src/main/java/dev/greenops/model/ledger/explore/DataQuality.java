package dev.greenops.model.ledger.explore;

import dev.greenops.model.common.ProgressListener;
import dev.greenops.model.store.Workspace;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/** Runs every {@link QualityCheck} over a selection of the ledger, and lists the rows whose emissions do not recompute. */
public final class DataQuality {

    private final Workspace workspace;

    public DataQuality(Workspace workspace) {
        this.workspace = Objects.requireNonNull(workspace, "workspace");
    }

    /** A check and how many rows of the selection fail it. */
    public record CheckResult(QualityCheck check, long failing, long rows) {
        public boolean passes() {
            return failing == 0;
        }
    }

    /** Every check's failing count over {@code scope}, in {@link QualityCheck} order. One pass over the rows. */
    public List<CheckResult> run(LedgerQuery scope, ProgressListener progress) throws SQLException {
        QualityCheck[] checks = QualityCheck.values();
        String counts = java.util.Arrays.stream(checks)
                .map(ch -> "count(*) filter (where " + ch.predicate() + ")")
                .collect(Collectors.joining(", "));
        progress.progress(0, 1, "running " + checks.length + " data-quality checks");
        List<CheckResult> out = workspace.read(c -> {
            try (PreparedStatement p = c.prepareStatement("select count(*), " + counts + " from ledger" + scope.where())) {
                scope.bind(p, 1);
                try (ResultSet rs = p.executeQuery()) {
                    rs.next();
                    long rows = rs.getLong(1);
                    List<CheckResult> results = new ArrayList<>();
                    for (int i = 0; i < checks.length; i++) {
                        results.add(new CheckResult(checks[i], rs.getLong(i + 2), rows));
                    }
                    return results;
                }
            }
        });
        progress.progress(1, 1, "data-quality checks done");
        return out;
    }

    /**
     * Rows of {@code scope} whose emissions do not recompute within 0.5%, the largest relative deviation first (rows
     * whose recomputed value is zero first of all).
     */
    public List<LedgerRow> mismatches(LedgerQuery scope, int limit) throws SQLException {
        LedgerQuery q = scope.and(new LedgerFilter.FailsCheck(QualityCheck.EMISSIONS_DO_NOT_RECOMPUTE));
        String r = QualityCheck.RECOMPUTED;
        String sql = "select " + LedgerExplorer.ROW_COLUMNS + " from ledger" + q.where()
                + " order by abs(emissions_kgco2e - " + r + ") / nullif(abs(" + r + "), 0) desc nulls first,"
                + " date, resource_id, job_id limit ?";
        return workspace.read(c -> {
            try (PreparedStatement p = c.prepareStatement(sql)) {
                int i = q.bind(p, 1);
                p.setInt(i, limit);
                List<LedgerRow> rows = new ArrayList<>();
                try (ResultSet rs = p.executeQuery()) {
                    while (rs.next()) {
                        rows.add(LedgerExplorer.row(rs));
                    }
                }
                return rows;
            }
        });
    }
}
