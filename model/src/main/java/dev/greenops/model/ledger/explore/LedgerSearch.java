package dev.greenops.model.ledger.explore;

import dev.greenops.model.store.Workspace;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/** The global search (Ctrl+K): jobs, teams, regions and days of the ledger that match what was typed. */
public final class LedgerSearch {

    /** What a hit is. */
    public enum Kind {
        JOB("Job", LedgerColumn.JOB_ID),
        TEAM("Team", LedgerColumn.TEAM),
        REGION("Region", LedgerColumn.REGION),
        DAY("Day", LedgerColumn.DATE);

        private final String title;
        private final LedgerColumn column;

        Kind(String title, LedgerColumn column) {
            this.title = title;
            this.column = column;
        }

        public String title() {
            return title;
        }
    }

    /** One match and the number of ledger rows behind it. */
    public record Hit(Kind kind, String value, long rows) {
        public Hit {
            Objects.requireNonNull(kind, "kind");
            Objects.requireNonNull(value, "value");
        }

        /** The filter that opens this hit's rows in the ledger. */
        public LedgerFilter filter() {
            if (kind == Kind.DAY) {
                LocalDate day = LocalDate.parse(value);
                return new LedgerFilter.DateRange(day, day);
            }
            return new LedgerFilter.Equals(kind.column, value);
        }
    }

    private final Workspace workspace;

    public LedgerSearch(Workspace workspace) {
        this.workspace = Objects.requireNonNull(workspace, "workspace");
    }

    /**
     * Hits for {@code text} (case-insensitive substring; for days, a prefix of yyyy-mm-dd), at most {@code perKind}
     * of each kind, exact matches first, then the most rows.
     */
    public List<Hit> search(String text, int perKind) throws SQLException {
        String t = text == null ? "" : text.strip();
        if (t.isEmpty()) {
            return List.of();
        }
        return workspace.read(c -> {
            List<Hit> hits = new ArrayList<>();
            for (Kind kind : Kind.values()) {
                String col = kind == Kind.DAY ? "strftime(date, '%Y-%m-%d')" : kind.column.sql();
                String match = kind == Kind.DAY ? "starts_with(" + col + ", ?)" : "contains(lower(" + col + "), lower(?))";
                try (PreparedStatement p = c.prepareStatement("select " + col + ", count(*) from ledger where " + match
                        + " group by 1 order by lower(" + col + ") = lower(?) desc, 2 desc, 1 limit ?")) {
                    p.setString(1, t);
                    p.setString(2, t);
                    p.setInt(3, perKind);
                    try (ResultSet rs = p.executeQuery()) {
                        while (rs.next()) {
                            hits.add(new Hit(kind, rs.getString(1), rs.getLong(2)));
                        }
                    }
                }
            }
            return hits;
        });
    }
}
