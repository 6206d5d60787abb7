package dev.greenops.model.ledger.explore;

import dev.greenops.model.common.Decimals;
import dev.greenops.model.common.ProgressListener;
import dev.greenops.model.store.Workspace;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * Reads the ledger for the explorer: counts, pages of rows, totals and pivots, all computed by DuckDB. Never loads
 * more rows into the JVM than a caller asks for, so a ledger of millions of rows stays cheap to browse.
 */
public final class LedgerExplorer {

    /** Every column of a {@link LedgerRow}, in its component order. */
    static final String ROW_COLUMNS = "date, resource_id, job_id, team, owner, model_family, model, framework,"
            + " provider, region, gpu_type, gpu_count, gpu_hours, energy_kwh, pue, grid_intensity_g_per_kwh,"
            + " emissions_kgco2e, market_based_kgco2e, embodied_kgco2e, cost_usd, methodology, intensity_source,"
            + " signed_at, batch_id, source_line";

    /**
     * {@link #ROW_COLUMNS} for exports: DECIMAL columns as text without the padding of their scale (71.49, not
     * 71.490000), so the file holds the digits the data has.
     */
    static final String EXPORT_COLUMNS = java.util.Arrays.stream(ROW_COLUMNS.split(",\\s*"))
            .map(c -> LedgerColumn.bySqlName(c).isDecimal() ? Decimals.sqlPlainText(c) + " as " + c : c)
            .collect(Collectors.joining(", "));

    private final Workspace workspace;

    public LedgerExplorer(Workspace workspace) {
        this.workspace = Objects.requireNonNull(workspace, "workspace");
    }

    /** The days a selection spans. */
    public record Extent(long rows, LocalDate first, LocalDate last) {
        public boolean isEmpty() {
            return rows == 0;
        }
    }

    public Extent extent(LedgerQuery query) throws SQLException {
        return workspace.read(c -> {
            try (PreparedStatement p = c.prepareStatement("select count(*), min(date), max(date) from ledger" + query.where())) {
                query.bind(p, 1);
                try (ResultSet rs = p.executeQuery()) {
                    rs.next();
                    return new Extent(rs.getLong(1), localDate(rs, 2), localDate(rs, 3));
                }
            }
        });
    }

    public long count(LedgerQuery query) throws SQLException {
        return extent(query).rows();
    }

    /** Rows {@code offset .. offset+limit-1} of the selection in the given order. */
    public List<LedgerRow> page(LedgerQuery query, List<Sort> sort, long offset, int limit) throws SQLException {
        if (offset < 0 || limit < 0) {
            throw new IllegalArgumentException("offset and limit must be >= 0");
        }
        String sql = "select " + ROW_COLUMNS + " from ledger" + query.where() + Sort.orderBy(sort) + " limit ? offset ?";
        return workspace.read(c -> {
            try (PreparedStatement p = c.prepareStatement(sql)) {
                int i = query.bind(p, 1);
                p.setLong(i, limit);
                p.setLong(i + 1, offset);
                List<LedgerRow> rows = new ArrayList<>(limit);
                try (ResultSet rs = p.executeQuery()) {
                    while (rs.next()) {
                        rows.add(row(rs));
                    }
                }
                return rows;
            }
        });
    }

    /**
     * Sorts the selection once and returns a cursor that reads any page of it quickly (the rows table of the explorer);
     * the caller closes it.
     */
    public RowCursor cursor(LedgerQuery query, List<Sort> sort, ProgressListener progress) throws SQLException {
        progress.progress(0, 1, "sorting the rows");
        RowCursor cursor = RowCursor.open(workspace, query, sort);
        progress.progress(1, 1, "sorted " + cursor.size() + " rows");
        return cursor;
    }

    public Totals totals(LedgerQuery query) throws SQLException {
        return workspace.read(c -> totals(c, query));
    }

    static Totals totals(Connection c, LedgerQuery query) throws SQLException {
        try (PreparedStatement p = c.prepareStatement("select " + Totals.SQL + " from ledger" + query.where())) {
            query.bind(p, 1);
            try (ResultSet rs = p.executeQuery()) {
                rs.next();
                return Totals.read(rs, 1);
            }
        }
    }

    /**
     * Totals of the selection by {@code dimension} and {@code grain}; at most {@code maxCells} cells (the rest is
     * reported as truncated, never silently dropped).
     */
    public Pivot pivot(LedgerQuery query, Dimension dimension, TimeGrain grain, int maxCells, ProgressListener progress)
            throws SQLException {
        String key = dimension.column().sql();
        return workspace.read(c -> {
            progress.progress(0, 3, "grouping by " + dimension.title().toLowerCase(java.util.Locale.ROOT));
            List<Pivot.Cell> cells = new ArrayList<>();
            boolean truncated = false;
            try (PreparedStatement p = c.prepareStatement("select " + grain.sqlStart() + " as period, " + key + " as k, "
                    + Totals.SQL + " from ledger" + query.where() + " group by 1, 2 order by 1, 2 limit ?")) {
                int i = query.bind(p, 1);
                p.setLong(i, maxCells + 1L);
                try (ResultSet rs = p.executeQuery()) {
                    while (rs.next()) {
                        if (cells.size() == maxCells) {
                            truncated = true;
                            break;
                        }
                        cells.add(new Pivot.Cell(localDate(rs, 1), rs.getString(2), Totals.read(rs, 3)));
                    }
                }
            }
            ProgressListener.checkCancelled();
            progress.progress(1, 3, "totalling");
            List<Pivot.KeyTotal> keys = new ArrayList<>();
            try (PreparedStatement p = c.prepareStatement("select " + key + ", " + Totals.SQL + " from ledger"
                    + query.where() + " group by 1 order by 3 desc, 1 limit ?")) {
                int i = query.bind(p, 1);
                p.setLong(i, maxCells);
                try (ResultSet rs = p.executeQuery()) {
                    while (rs.next()) {
                        keys.add(new Pivot.KeyTotal(rs.getString(1), Totals.read(rs, 2)));
                    }
                }
            }
            List<LocalDate> periods = cells.stream().map(Pivot.Cell::periodStart).distinct().toList();
            Totals total = totals(c, query);
            progress.progress(3, 3, "grouped " + cells.size() + " cells");
            return new Pivot(dimension, grain, cells, keys, periods, total, truncated);
        });
    }

    /** Distinct values of a text column that contain {@code text}, most rows first (for filter suggestions). */
    public List<String> values(LedgerColumn column, String text, int limit) throws SQLException {
        String col = "cast(" + column.sql() + " as varchar)";
        return workspace.read(c -> {
            try (PreparedStatement p = c.prepareStatement("select " + col + " from ledger where " + col
                    + " is not null and contains(lower(" + col + "), lower(?)) group by 1 order by count(*) desc, 1 limit ?")) {
                p.setString(1, text == null ? "" : text);
                p.setInt(2, limit);
                List<String> out = new ArrayList<>();
                try (ResultSet rs = p.executeQuery()) {
                    while (rs.next()) {
                        out.add(rs.getString(1));
                    }
                }
                return out;
            }
        });
    }

    /** Where the selection came from: import batches, methodologies, intensity sources, PUEs, recompute counts. */
    public Provenance provenance(LedgerQuery query, int maxValues) throws SQLException {
        String sel = "with sel as (select * from ledger" + query.where() + ") ";
        return workspace.read(c -> {
            long rows;
            long recomputing;
            try (PreparedStatement p = c.prepareStatement(sel + "select count(*), count(*) filter (where not ("
                    + QualityCheck.EMISSIONS_DO_NOT_RECOMPUTE.predicate() + ")) from sel")) {
                query.bind(p, 1);
                try (ResultSet rs = p.executeQuery()) {
                    rs.next();
                    rows = rs.getLong(1);
                    recomputing = rs.getLong(2);
                }
            }
            List<Provenance.BatchUse> batches = new ArrayList<>();
            try (PreparedStatement p = c.prepareStatement(sel + "select b.batch_id, b.file_name, b.file_path, b.sha256,"
                    + " b.imported_at, b.format, b.row_count, count(*) from sel join import_batch b"
                    + " on b.batch_id = sel.batch_id group by all order by count(*) desc, b.batch_id limit ?")) {
                int i = query.bind(p, 1);
                p.setInt(i, maxValues);
                try (ResultSet rs = p.executeQuery()) {
                    while (rs.next()) {
                        Timestamp at = rs.getTimestamp(5);
                        batches.add(new Provenance.BatchUse(
                                rs.getLong(1),
                                rs.getString(2),
                                rs.getString(3),
                                rs.getString(4),
                                at == null ? null : at.toLocalDateTime(),
                                rs.getString(6),
                                rs.getLong(7),
                                rs.getLong(8)));
                    }
                }
            }
            return new Provenance(
                    rows,
                    recomputing,
                    batches,
                    valueCounts(c, sel, query, "methodology", maxValues),
                    valueCounts(c, sel, query, "intensity_source", maxValues),
                    valueCounts(c, sel, query, "cast(pue as varchar)", maxValues));
        });
    }

    private static List<Provenance.ValueCount> valueCounts(
            Connection c, String sel, LedgerQuery query, String expression, int limit) throws SQLException {
        try (PreparedStatement p = c.prepareStatement(
                sel + "select " + expression + ", count(*) from sel group by 1 order by 2 desc, 1 limit ?")) {
            int i = query.bind(p, 1);
            p.setInt(i, limit);
            List<Provenance.ValueCount> out = new ArrayList<>();
            try (ResultSet rs = p.executeQuery()) {
                while (rs.next()) {
                    out.add(new Provenance.ValueCount(rs.getString(1), rs.getLong(2)));
                }
            }
            return out;
        }
    }

    /**
     * How many import batches came from the bundled sample data (their file lies in a {@code sample-data} folder or
     * their note says SAMPLE), so screens can label the figures as sample data.
     */
    public long sampleBatches() throws SQLException {
        return workspace.read(c -> {
            try (PreparedStatement p = c.prepareStatement("select count(*) from import_batch where"
                    + " replace(coalesce(file_path, ''), '\\', '/') like '%/sample-data/%'"
                    + " or coalesce(note, '') ilike '%sample%'")) {
                try (ResultSet rs = p.executeQuery()) {
                    rs.next();
                    return rs.getLong(1);
                }
            }
        });
    }

    /** How many import batches the workspace holds (ledgers and intensity series alike). */
    public long importBatches() throws SQLException {
        return workspace.read(c -> {
            try (PreparedStatement p = c.prepareStatement("select count(*) from import_batch");
                    ResultSet rs = p.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        });
    }

    /** Import batches by id, in id order (for the inspector of selected rows). */
    public List<Provenance.BatchUse> batches(java.util.Collection<Long> ids) throws SQLException {
        if (ids.isEmpty()) {
            return List.of();
        }
        String in = ids.stream().distinct().map(String::valueOf).collect(Collectors.joining(", "));
        return workspace.read(c -> {
            Map<Long, Provenance.BatchUse> out = new LinkedHashMap<>();
            try (PreparedStatement p = c.prepareStatement("select batch_id, file_name, file_path, sha256, imported_at,"
                    + " format, row_count from import_batch where batch_id in (" + in + ") order by batch_id")) {
                try (ResultSet rs = p.executeQuery()) {
                    while (rs.next()) {
                        Timestamp at = rs.getTimestamp(5);
                        long id = rs.getLong(1);
                        long selected = ids.stream().filter(x -> x == id).count();
                        out.put(id, new Provenance.BatchUse(id, rs.getString(2), rs.getString(3), rs.getString(4),
                                at == null ? null : at.toLocalDateTime(), rs.getString(6), rs.getLong(7), selected));
                    }
                }
            }
            return List.copyOf(out.values());
        });
    }

    /**
     * Writes the selection, in the given order, to a CSV file with the ledger's own column names (DuckDB writes it;
     * the rows never pass through the JVM). Decimals are written as the data has them (71.49, not the column's padded
     * 71.490000). Replaces {@code file}; on failure no partial file is left.
     */
    public long exportCsv(LedgerQuery query, List<Sort> sort, Path file, ProgressListener progress)
            throws SQLException, IOException {
        Path target = file.toAbsolutePath().normalize();
        Path tmp = target.resolveSibling(target.getFileName() + ".part");
        progress.progress(0, 1, "exporting " + target.getFileName());
        long rows = workspace.read(c -> {
            try (PreparedStatement p = c.prepareStatement("copy (select " + EXPORT_COLUMNS + " from ledger" + query.where()
                    + Sort.orderBy(sort) + ") to '" + tmp.toString().replace("'", "''") + "' (header, delimiter ',')")) {
                query.bind(p, 1);
                p.execute();
                return (long) p.getUpdateCount();
            }
        });
        ProgressListener.checkCancelled();
        Files.move(tmp, target, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        progress.progress(1, 1, "exported " + rows + " rows to " + target.getFileName());
        return rows;
    }

    static LedgerRow row(ResultSet rs) throws SQLException {
        Timestamp signed = rs.getTimestamp(23);
        long line = rs.getLong(25);
        Long sourceLine = rs.wasNull() ? null : line;
        int gpus = rs.getInt(12);
        Integer gpuCount = rs.wasNull() ? null : gpus;
        return new LedgerRow(
                localDate(rs, 1),
                rs.getString(2),
                rs.getString(3),
                rs.getString(4),
                rs.getString(5),
                rs.getString(6),
                rs.getString(7),
                rs.getString(8),
                rs.getString(9),
                rs.getString(10),
                rs.getString(11),
                gpuCount,
                rs.getBigDecimal(13),
                rs.getBigDecimal(14),
                rs.getBigDecimal(15),
                rs.getBigDecimal(16),
                rs.getBigDecimal(17),
                rs.getBigDecimal(18),
                rs.getBigDecimal(19),
                rs.getBigDecimal(20),
                rs.getString(21),
                rs.getString(22),
                signed == null ? null : signed.toLocalDateTime(),
                rs.getLong(24),
                sourceLine);
    }

    /** A DATE column as LocalDate without passing through java.sql.Date (and so through the JVM's time zone). */
    static LocalDate localDate(ResultSet rs, int column) throws SQLException {
        String s = rs.getString(column);
        return s == null ? null : LocalDate.parse(s.length() > 10 ? s.substring(0, 10) : s);
    }
}
