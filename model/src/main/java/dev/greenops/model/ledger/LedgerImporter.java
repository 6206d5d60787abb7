package dev.greenops.model.ledger;

import dev.greenops.model.common.InvalidInputException;
import dev.greenops.model.common.Problem;
import dev.greenops.model.common.ProgressListener;
import dev.greenops.model.imports.ImportOptions;
import dev.greenops.model.imports.Importer;
import java.io.IOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The shared path of every ledger format: read the file into a stage beside the import transaction, shape it into
 * UFMS:003 rows, check them (schema rules, duplicates, future dates, recompute), and only then insert them, in one
 * statement, inside the transaction. {@code greenops check} runs the same path without the insert.
 */
public abstract class LedgerImporter implements Importer {

    public static final String TARGET = "ledger";

    private final Clock clock;
    private final String format;
    private final String description;

    /**
     * @param format the id {@code greenops import --format} takes
     * @param description a sentence for people: what this format is
     */
    protected LedgerImporter(Clock clock, String format, String description) {
        this.clock = clock;
        this.format = format;
        this.description = description;
    }

    @Override
    public final String format() {
        return format;
    }

    @Override
    public final String description() {
        return description;
    }

    @Override
    public final String target() {
        return TARGET;
    }

    /** Reads {@code file} into the stage and shapes it into UFMS:003 rows. */
    abstract StagedLedger stage(
            StageSession stage, Path file, String displayName, ImportOptions options, ProgressListener progress)
            throws IOException, SQLException, InvalidInputException;

    /**
     * What checking a file found.
     *
     * @param rows records read
     */
    public record Checked(long rows, LedgerValidator.Outcome outcome, String note) {}

    @Override
    public final Result importInto(
            Connection tx, Path file, String displayName, long batchId, ImportOptions options, ProgressListener progress)
            throws InvalidInputException, IOException, SQLException {
        try (StageSession stage = StageSession.open(tx)) {
            Stage staged = run(stage, file, displayName, options, progress);
            if (staged.checked().outcome().hasErrors()) {
                throw new InvalidInputException(staged.checked().outcome().errors());
            }
            ProgressListener.checkCancelled();
            List<Problem> warnings = new ArrayList<>(staged.checked().outcome().warnings());
            String note = staged.checked().note();
            Problem repeated = repeated(tx, staged.ledger(), displayName);
            if (repeated != null) {
                warnings.add(repeated);
                note = note.isEmpty() ? "repeats rows of earlier batches" : note + "; repeats rows of earlier batches";
            }
            progress.progress(3, 4, "writing " + staged.checked().rows() + " rows of " + displayName);
            long rows = LedgerWriter.insert(tx, staged.ledger(), batchId);
            progress.progress(4, 4, "imported " + displayName);
            return new Result(rows, warnings, note);
        }
    }

    /**
     * Reads and checks {@code file} without writing anything ({@code greenops check}).
     *
     * @param connection any connection to a workspace (the check uses a scratch database beside it)
     * @throws UnreadableFileException when the file cannot be read as this format at all
     * @throws InvalidInputException when the file's structure is wrong (header, columns) so no row could be checked
     */
    public final Checked check(
            Connection connection, Path file, String displayName, ImportOptions options, ProgressListener progress)
            throws InvalidInputException, IOException, SQLException {
        try (StageSession stage = StageSession.open(connection)) {
            return run(stage, file, displayName, options, progress).checked();
        }
    }

    private record Stage(StagedLedger ledger, Checked checked) {}

    private Stage run(
            StageSession stage, Path file, String displayName, ImportOptions options, ProgressListener progress)
            throws InvalidInputException, IOException, SQLException {
        progress.progress(0, 4, "reading " + displayName);
        StagedLedger ledger = stage(stage, file, displayName, options, progress);
        if (ledger.rows() == 0) {
            throw new InvalidInputException(empty(ledger.kind(), displayName));
        }
        ProgressListener.checkCancelled();
        progress.progress(1, 4, String.format(Locale.ROOT, "checking %,d rows of %s", ledger.rows(), displayName));
        LedgerValidator.Outcome outcome = new LedgerValidator(clock).validate(stage.connection(), ledger, displayName);
        ProgressListener.checkCancelled();
        progress.progress(2, 4, "checked " + displayName);
        List<String> notes = new ArrayList<>();
        if (!ledger.note().isEmpty()) {
            notes.add(ledger.note());
        }
        long recompute = outcome.recomputeCount();
        if (recompute > 0) {
            notes.add(String.format(Locale.ROOT, "%,d rows do not recompute (> 0.5%%)", recompute));
        }
        return new Stage(ledger, new Checked(ledger.rows(), outcome, String.join("; ", notes)));
    }

    /**
     * A warning when rows of this file are already in the workspace (same date, resource and job from an earlier
     * batch): importing a file twice, or a corrected file on top of the old one, counts those rows twice.
     */
    private static Problem repeated(Connection tx, StagedLedger staged, String displayName) throws SQLException {
        String join = " FROM " + staged.table() + " s JOIN ledger l ON l.date = try_cast(s.\"date\" AS DATE)"
                + " AND l.resource_id = s.resource_id AND l.job_id = s.job_id";
        long n = Sql.queryLong(tx, "SELECT count(DISTINCT s._line)" + join);
        if (n == 0) {
            return null;
        }
        String[] first = Sql.queryRows(tx, "SELECT s._line, s.\"date\", s.resource_id, s.job_id, b.file_name,"
                        + " b.batch_id" + join + " JOIN import_batch b ON b.batch_id = l.batch_id ORDER BY s._line,"
                        + " b.batch_id LIMIT 1")
                .getFirst();
        StagedLedger.Location at = staged.location("resource_id");
        return Problem.warning(
                displayName,
                Long.parseLong(first[0]),
                at.column(),
                String.format(Locale.ROOT, "%,d rows are already in the workspace (the first: %s %s %s, from %s, batch"
                        + " %s); importing them again counts them twice", n, first[1], first[2], first[3], first[4],
                        first[5]),
                "rows not imported before; to replace batch " + first[5] + ", remove it first with greenops batches"
                        + " --remove " + first[5]);
    }

    /**
     * Rows given twice in one import: the same (date, resource_id, job_id) in two of its files (an overlapping shell
     * glob, a copy under another name). DATA-MODEL.md keeps that key unique per import, so each such row is an error
     * naming both files and lines; the caller rolls the import back.
     */
    @Override
    public List<Problem> acrossFiles(Connection tx, Map<Long, String> files) throws SQLException {
        String ids = files.keySet().stream().map(String::valueOf).collect(Collectors.joining(", "));
        String pairs = "WITH mine AS (SELECT batch_id, source_line, \"date\", resource_id, job_id FROM ledger"
                + " WHERE batch_id IN (" + ids + ")) SELECT b.batch_id, b.source_line, a.batch_id AS first_batch,"
                + " a.source_line AS first_line, b.\"date\", b.resource_id, b.job_id FROM mine b JOIN mine a"
                + " ON a.\"date\" = b.\"date\" AND a.resource_id = b.resource_id AND a.job_id = b.job_id"
                + " AND a.batch_id < b.batch_id"
                + " QUALIFY row_number() OVER (PARTITION BY b.batch_id, b.source_line ORDER BY a.batch_id,"
                + " a.source_line) = 1";
        long count = Sql.queryLong(tx, "SELECT count(*) FROM (" + pairs + ")");
        if (count == 0) {
            return List.of();
        }
        List<Problem> problems = new ArrayList<>();
        for (String[] r : Sql.queryRows(tx, pairs + " ORDER BY b.batch_id, b.source_line LIMIT "
                + LedgerValidator.MAX_PROBLEMS)) {
            String file = files.get(Long.parseLong(r[0]));
            String first = files.get(Long.parseLong(r[2]));
            problems.add(Problem.error(
                    file,
                    r[1] == null ? 0 : Long.parseLong(r[1]),
                    1,
                    "the row for date " + r[4] + ", resource_id " + ProblemText.quoted(r[5]) + ", job_id "
                            + ProblemText.quoted(r[6]) + " is also in " + first
                            + (r[3] == null ? "" : " line " + r[3]) + ", given in the same import",
                    "each (date, resource_id, job_id) once per import: drop the row from one file, or import the"
                            + " files separately if both are meant to count"));
        }
        if (count > problems.size()) {
            problems.add(Problem.error(files.values().iterator().next(), 0, 0, String.format(Locale.ROOT,
                    "and %,d more rows given twice in this import (the first %d are listed)", count - problems.size(),
                    problems.size()), ""));
        }
        return problems;
    }

    private static Problem empty(FlatSource.Kind kind, String displayName) {
        return switch (kind) {
            case CSV -> Problem.error(displayName, 2, 1, "the file has a header but no rows", "at least one ledger row");
            case JSON -> Problem.error(displayName, 0, 0, "the file holds no records", "at least one ledger record");
            case PARQUET -> Problem.error(displayName, 0, 0, "the file has no rows", "at least one ledger row");
        };
    }

    /** The clock that decides which dates are in the future. */
    protected final Clock clock() {
        return clock;
    }
}
