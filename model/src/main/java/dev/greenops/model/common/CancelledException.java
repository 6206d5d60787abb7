package dev.greenops.model.common;

/** The user cancelled a running task (its thread was interrupted). Nothing it was writing was committed. */
public final class CancelledException extends RuntimeException {
    public CancelledException() {
        super("cancelled");
    }
}
