package dev.greenops.model.store;

import java.sql.Connection;
import java.sql.SQLException;

/** A unit of work on a workspace connection. */
@FunctionalInterface
public interface SqlWork<T> {
    T run(Connection connection) throws SQLException;
}
