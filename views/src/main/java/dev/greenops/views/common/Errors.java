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
            case InvalidInputException invalid -> lines.addAll(lines(invalid));
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

    /** Each problem as {@code file:line:column: reason (expected ...)}, worded for the screen ({@link #forScreen}). */
    public static List<String> lines(InvalidInputException invalid) {
        return invalid.problems().stream().map(p -> forScreen(p.format())).toList();
    }

    /** {@link #lines} on one line each, for a message label. */
    public static String text(InvalidInputException invalid) {
        return String.join("\n", lines(invalid));
    }

    /**
     * Model messages are shared with the CLI, so some say what to do in its words ("name it with --format", "--region
     * ZONE"). On a screen the same thing is a control: this rewrites the CLI options the model's messages name into the
     * window's wording (the import sheet's format chooser and Zone field, the Scheduler's what-if region, the window
     * finder's fields, the Signatures days). An option not listed still never reaches the user as a flag.
     */
    public static String forScreen(String text) {
        String out = text;
        for (String[] r : SCREEN_WORDS) {
            out = out.replaceAll(r[0], r[1]);
        }
        return out;
    }

    private static final String ZONE_FIELD = "the import sheet's Zone field";

    /** Regular expression and replacement, most specific first. */
    private static final String[][] SCREEN_WORDS = {
        {"; or name it with --format", "; or choose the format in the import sheet"},
        {"--format (\\S+) \\(or another ledger format\\) for ledgers",
                "the $1 format (or another ledger format) for ledgers, chosen in the import sheet"},
        {"--format (\\S+?)\\)", "the $1 format)"},
        {"--format (\\S+)", "the $1 format"},
        {"--region ZONE, e\\.g\\. --region (\\S+)", "a zone in " + ZONE_FIELD + ", e.g. $1"},
        {"--region ZONE to name the zone this file describes", "the zone this file describes, in " + ZONE_FIELD},
        {"--region ZONE to name the zone", "a zone in " + ZONE_FIELD},
        {"\\(--intensity FILE, or import one\\s+into the workspace\\)", "(import one into the workspace)"},
        {"or --region ZONE to replay on another", "or a what-if region to replay on another"},
        {"greenops import FILE --region ZONE", "import its series (File \u203a Import)"},
        {"name one with --region", "name one in " + ZONE_FIELD},
        {"no --region \\(the file names its zone\\)", "an empty Zone field (the file names its zone)"},
        {"but --region says", "but the Zone field says"},
        {"from --region", "from the Zone field"},
        {"--region ZONE", "a zone in " + ZONE_FIELD},
        {"(?m)^--region (\\S+):0:0: ", "region $1: "},
        {"narrow --from/--to", "narrow the earliest start and latest end"},
        {"a --from/--to range inside the data that is at least as long as --duration",
                "an earliest start and latest end inside the data, at least the job duration apart"},
        {"--to \\(([^)]*)\\) must be after --from \\(([^)]*)\\)",
                "the latest end ($1) must be after the earliest start ($2)"},
        {"or --from and --to", "or the first and last day"},
        {"--from on or before --to", "a first day on or before the last day"},
        {"--([a-z][a-z-]*)", "the \u201c$1\u201d setting"},
    };

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
