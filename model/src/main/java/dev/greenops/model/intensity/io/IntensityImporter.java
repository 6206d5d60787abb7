package dev.greenops.model.intensity.io;

import dev.greenops.model.common.InvalidInputException;
import dev.greenops.model.common.Problem;
import dev.greenops.model.common.ProgressListener;
import dev.greenops.model.imports.ImportOptions;
import dev.greenops.model.imports.Importer;
import java.io.IOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The shared flow of every intensity format: DuckDB reads the file into a staging table (format-specific), the
 * staging table is checked (the same checks for every format) and inserted into {@code intensity} under the batch.
 */
public abstract class IntensityImporter implements Importer {

    private static final AtomicLong TABLES = new AtomicLong();

    /** What a format's staging step learned, for the batch note and the user. */
    protected static final class Context {
        final Connection c;
        final Path file;
        final String displayName;
        final ImportOptions options;
        final Staging staging;
        final String prefix;
        final List<Problem> warnings = new ArrayList<>();

        Context(Connection c, Path file, String displayName, ImportOptions options, Staging staging, String prefix) {
            this.c = c;
            this.file = file;
            this.displayName = displayName;
            this.options = options;
            this.staging = staging;
            this.prefix = prefix;
        }

        void warn(String message) {
            warnings.add(Problem.warning(displayName, 0, 0, message, ""));
        }
    }

    @Override
    public final String target() {
        return "intensity";
    }

    /** Whether the format is JSON (problems are located through the JSON structure, not CSV lines). */
    protected abstract boolean json();

    /** Fills the staging table from the file. */
    protected abstract void stage(Context context) throws SQLException, IOException, InvalidInputException;

    @Override
    public final Result importInto(Connection tx, Path file, String displayName, long batchId, ImportOptions options,
            ProgressListener progress) throws InvalidInputException, IOException, SQLException {
        String prefix = "stg_intensity_" + batchId + "_" + TABLES.incrementAndGet();
        if (json()) {
            JsonLocator.SyntaxError error = JsonLocator.syntaxError(file);
            if (error != null) {
                throw InvalidInputException.of(displayName, error.line(), error.column(),
                        "not valid JSON: " + error.reason(), "a well-formed JSON document (" + format() + ")");
            }
        }
        Staging staging = new Staging(tx, prefix, displayName, json() ? new JsonLocator(file) : null);
        try {
            Context context = new Context(tx, file, displayName, options, staging, prefix);
            progress.progress(0, 3, "reading " + file.getFileName());
            stage(context);
            ProgressListener.checkCancelled();
            progress.progress(1, 3, "checking " + file.getFileName());
            List<SeriesInfo> series = staging.validate();
            ProgressListener.checkCancelled();
            progress.progress(2, 3, "storing " + file.getFileName());
            long rows = staging.insert(series, batchId);
            overlaps(tx, batchId, context);
            return new Result(rows, context.warnings, note(series));
        } finally {
            staging.drop();
        }
    }

    /** Warns when the new points repeat times an earlier import already holds for the same region and source. */
    private static void overlaps(Connection c, long batchId, Context context) throws SQLException {
        try (PreparedStatement p = c.prepareStatement("select count(*), min(o.batch_id) from intensity n join intensity o"
                + " on o.region = n.region and o.start = n.start and o.signal = n.signal and o.basis = n.basis"
                + " and o.source = n.source and o.forecast_issued_at is not distinct from n.forecast_issued_at"
                + " and o.batch_id <> n.batch_id where n.batch_id = ?")) {
            p.setLong(1, batchId);
            try (ResultSet rs = p.executeQuery()) {
                rs.next();
                long n = rs.getLong(1);
                if (n > 0) {
                    context.warn(NumberFormat.getIntegerInstance(Locale.ROOT).format(n)
                            + " points repeat times already imported from the same source (batch " + rs.getLong(2)
                            + "); lookups use the newest import (greenops batches --remove " + rs.getLong(2)
                            + " removes the older one)");
                }
            }
        }
    }

    private static String note(List<SeriesInfo> series) {
        NumberFormat n = NumberFormat.getIntegerInstance(Locale.ROOT);
        StringBuilder out = new StringBuilder();
        for (SeriesInfo s : series) {
            if (!out.isEmpty()) {
                out.append("; ");
            }
            out.append(s.region()).append(' ').append(s.signal()).append('/').append(s.basis()).append(": ")
                    .append(n.format(s.points())).append(" points every ")
                    .append(dev.greenops.model.intensity.Durations.format(s.step())).append(", ")
                    .append(s.first()).append(" to ").append(s.last()).append(" (").append(s.finalSource()).append(')');
        }
        return out.toString();
    }

    /** The {@code --region} value as a SQL literal, or {@code null}. */
    static String regionLiteral(ImportOptions options) {
        return options.region().map(CsvTable::literal).orElse("null");
    }
}
