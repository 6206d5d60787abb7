package dev.greenops.model.store;

/** A workspace file could not be opened, migrated or written. The message is for the user. */
public final class WorkspaceException extends RuntimeException {
    public WorkspaceException(String message, Throwable cause) {
        super(message, cause);
    }

    public WorkspaceException(String message) {
        super(message);
    }
}
