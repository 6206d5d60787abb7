package dev.greenops.model.query;

/** A read-only query that DuckDB could not run (unknown column, type error, ...); the message is DuckDB's first line. */
public final class QueryFailedException extends Exception {
    public QueryFailedException(String message, Throwable cause) {
        super(message, cause);
    }
}
