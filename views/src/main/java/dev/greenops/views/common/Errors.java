package dev.greenops.views.common;

import dev.greenops.model.common.CancelledException;
import dev.greenops.model.common.InvalidInputException;
import dev.greenops.model.common.Problem;
import dev.greenops.model.query.QueryFailedException;
import dev.greenops.model.query.QueryRefusedException;
import dev.greenops.model.store.WorkspaceException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.NoSuchFileException;
import java.util.ArrayList;
import java.util.List;

/**
 * Turns a failure into lines a person can act on: {@code file:line:column: reason} for bad input, the reason for a
 * refused or failing query or workspace, and for anything else a one-line "this is a bug" note. Never a stack trace:
 * that goes to the log.
 */
public final class Errors {

    private static final System.Logger LOG = System.getLogger(Errors.class.getName());

    private Errors() {}

    public static List<String> describe(Throwable error) {
        Throwable e = unwrap(error);
        List<String> lines = new ArrayList<>();
        switch (e) {
            case InvalidInputException invalid -> invalid.problems().stream().map(Problem::format).forEach(lines::add);
            case QueryRefusedException refused -> lines.add(refused.getMessage());
            case QueryFailedException failed -> lines.add(failed.getMessage());
            case WorkspaceException ws -> lines.add(ws.getMessage());
            case CancelledException c -> lines.add("Cancelled; nothing was written.");
            case NoSuchFileException nf -> lines.add(nf.getFile() + ": no such file");
            case AccessDeniedException ad -> lines.add(ad.getFile() + ": permission denied");
            case FileAlreadyExistsException fe -> lines.add(fe.getFile() + ": already exists");
            case IOException io -> lines.add("Cannot read or write a file: " + firstLine(io.getMessage()));
            default -> {
                if (e.getClass().getName().startsWith("java.sql.")) {
                    lines.add("The workspace database reported: " + firstLine(e.getMessage()));
                } else {
                    lines.add("Internal error: " + e.getClass().getSimpleName() + ": " + firstLine(e.getMessage())
                            + ". This is a bug in GreenOps Workbench; the log has the details.");
                }
                LOG.log(System.Logger.Level.ERROR, "unexpected failure", e);
            }
        }
        return lines;
    }

    /** The first line of {@link #describe}. */
    public static String summary(Throwable error) {
        List<String> lines = describe(error);
        return lines.size() == 1 ? lines.getFirst() : lines.getFirst() + " (and " + (lines.size() - 1) + " more)";
    }

    private static Throwable unwrap(Throwable t) {
        Throwable e = t;
        while ((e instanceof UncheckedIOException || e instanceof java.util.concurrent.ExecutionException
                        || e.getClass() == RuntimeException.class)
                && e.getCause() != null) {
            e = e.getCause();
        }
        return e;
    }

    private static String firstLine(String s) {
        if (s == null) {
            return "no details";
        }
        int nl = s.indexOf('\n');
        return nl < 0 ? s : s.substring(0, nl);
    }
}
