package dev.greenops.model.query;

/** A query the read-only console will not run; the message says why, for the person who typed it. */
public final class QueryRefusedException extends Exception {
    public QueryRefusedException(String message) {
        super(message);
    }
}
