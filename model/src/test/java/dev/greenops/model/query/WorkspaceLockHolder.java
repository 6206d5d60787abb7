package dev.greenops.model.query;

import java.sql.Connection;
import java.sql.DriverManager;

/**
 * A second process that holds a workspace open for writing (as an import in another terminal would) until its stdin
 * closes; DuckDB's file lock is per process, so a lock conflict can only be shown from outside the test's JVM.
 */
public final class WorkspaceLockHolder {

    private WorkspaceLockHolder() {}

    public static void main(String[] args) throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:" + args[0])) {
            System.out.println("locked");
            System.out.flush();
            while (System.in.read() >= 0) {
                // hold the lock until the test closes our stdin
            }
        }
    }
}
