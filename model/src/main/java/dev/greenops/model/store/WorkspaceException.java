package dev.greenops.model.store;

import dev.greenops.model.common.Problem;
import java.util.Optional;

/**
 * A workspace file could not be opened, migrated or written. The message is for the user; where the trouble is the
 * file itself (a folder, not a DuckDB file, missing), {@link #problem()} says so in the {@code FILE:0:0: reason
 * (expected ...)} form the CLI prints.
 */
public final class WorkspaceException extends RuntimeException {

    private final transient Problem problem;

    public WorkspaceException(String message, Throwable cause) {
        super(message, cause);
        this.problem = null;
    }

    public WorkspaceException(String message) {
        super(message);
        this.problem = null;
    }

    /** The file at fault: the message reads "Cannot open workspace FILE: reason (expected ...)". */
    public WorkspaceException(Problem problem, Throwable cause) {
        super("Cannot open workspace " + problem.file() + ": " + problem.message()
                + (problem.expected().isEmpty() ? "" : " (expected " + problem.expected() + ")"), cause);
        this.problem = problem;
    }

    public Optional<Problem> problem() {
        return Optional.ofNullable(problem);
    }
}
