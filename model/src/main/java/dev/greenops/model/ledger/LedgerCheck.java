package dev.greenops.model.ledger;

import dev.greenops.model.common.InvalidInputException;
import dev.greenops.model.common.Problem;
import dev.greenops.model.common.ProgressListener;
import dev.greenops.model.common.ReadFailures;
import dev.greenops.model.imports.ImportOptions;
import dev.greenops.model.imports.ImportService;
import dev.greenops.model.imports.Importer;
import dev.greenops.model.store.Workspace;
import java.io.IOException;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * Validates ledger files against UFMS:003 without importing them ({@code greenops check}): each file is read and
 * checked exactly as an import would, in a throwaway in-memory workspace, and nothing is written anywhere.
 */
public final class LedgerCheck {

    /** The outcome of one file, from best to worst. */
    public enum Verdict {
        /** Every row is valid and recomputes. */
        CLEAN,
        /** Valid, with warnings (rows whose emissions do not recompute, and the like). */
        WARNINGS,
        /** The file was read; some rows or columns are invalid. */
        INVALID,
        /** The file cannot be read at all, or its format is unknown or not a ledger. */
        UNREADABLE
    }

    /**
     * One file's result.
     *
     * @param format the format it was read as, or empty when unknown
     * @param errors the listed errors (capped, with a last line counting the rest)
     * @param warnings the listed warnings (capped likewise)
     */
    public record FileReport(
            String file,
            String format,
            long rows,
            Verdict verdict,
            List<Problem> errors,
            long errorCount,
            List<Problem> warnings,
            long warningCount) {
        public FileReport {
            Objects.requireNonNull(verdict, "verdict");
            errors = List.copyOf(errors);
            warnings = List.copyOf(warnings);
        }
    }

    private final ImportService service;

    public LedgerCheck(ImportService service) {
        this.service = service;
    }

    public static LedgerCheck standard() {
        return new LedgerCheck(ImportService.standard());
    }

    /** Checks each file; never throws for bad input (that is what the reports say). */
    public List<FileReport> check(List<Path> files, String format, ImportOptions options, ProgressListener progress)
            throws SQLException {
        List<FileReport> reports = new ArrayList<>();
        try (Workspace scratch = Workspace.inMemory()) {
            for (int i = 0; i < files.size(); i++) {
                ProgressListener.checkCancelled();
                Path file = files.get(i);
                progress.progress(i, files.size(), "checking " + file.getFileName());
                reports.add(checkOne(scratch, file, format, options, progress));
            }
        }
        progress.progress(files.size(), files.size(), "checked " + files.size() + " file(s)");
        return reports;
    }

    private FileReport checkOne(Workspace scratch, Path file, String format, ImportOptions options, ProgressListener p)
            throws SQLException {
        String name = file.toString();
        Importer importer;
        try {
            importer = choose(file, name, format);
        } catch (InvalidInputException e) {
            return unreadable(name, "", e.problems());
        } catch (IOException e) {
            return unreadable(name, "", List.of(ReadFailures.of(name, e, "a readable ledger file")));
        }
        if (!(importer instanceof LedgerImporter ledger)) {
            return unreadable(
                    name,
                    importer.format(),
                    List.of(Problem.error(
                            name,
                            1,
                            1,
                            "this file holds " + importer.target() + " data (format " + importer.format()
                                    + "), not a ledger",
                            "a UFMS:003 ledger file")));
        }
        try {
            LedgerImporter.Checked checked = scratch.read(c -> {
                try {
                    return ledger.check(c, file, name, options, p);
                } catch (InvalidInputException | IOException e) {
                    throw new Failure(e);
                }
            });
            LedgerValidator.Outcome o = checked.outcome();
            Verdict verdict = o.hasErrors() ? Verdict.INVALID : o.warningCount() > 0 ? Verdict.WARNINGS : Verdict.CLEAN;
            return new FileReport(
                    name, ledger.format(), checked.rows(), verdict, o.errors(), o.errorCount(), o.warnings(),
                    o.warningCount());
        } catch (Failure f) {
            if (f.getCause() instanceof UnreadableFileException u) {
                return unreadable(name, ledger.format(), u.problems());
            }
            if (f.getCause() instanceof InvalidInputException invalid) {
                return new FileReport(name, ledger.format(), 0, Verdict.INVALID, invalid.problems(),
                        invalid.problems().size(), List.of(), 0);
            }
            return unreadable(name, ledger.format(), List.of(f.getCause() instanceof IOException io
                    ? ReadFailures.of(name, io, "a readable " + ledger.format() + " file")
                    : Problem.error(name, 0, 0, "cannot read: " + f.getCause().getMessage(), "")));
        }
    }

    private Importer choose(Path file, String name, String format) throws InvalidInputException, IOException {
        if (format == null || format.equals(ImportService.AUTO)) {
            return service.detect(file, name);
        }
        ImportService.readHead(file, name); // the file must exist, be readable and hold text or Parquet
        return service.byFormat(format)
                .orElseThrow(() -> InvalidInputException.of(
                        name,
                        0,
                        0,
                        "unknown format '" + format + "'",
                        "one of auto, " + service.importers().stream().map(Importer::format)
                                .collect(Collectors.joining(", "))));
    }

    private static FileReport unreadable(String name, String format, List<Problem> problems) {
        return new FileReport(name, format, 0, Verdict.UNREADABLE, problems, problems.size(), List.of(), 0);
    }

    /** Carries a checked exception out of a {@code Workspace.read} lambda. */
    private static final class Failure extends RuntimeException {
        Failure(Exception cause) {
            super(cause);
        }
    }
}
