package dev.greenops.model.store;

import dev.greenops.model.common.Problem;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

/**
 * Checks a workspace path before DuckDB opens it, so that the user reads what is wrong with the file (a folder, an
 * empty file, a file of another kind) instead of a database engine's message; and turns DuckDB's open errors that
 * remain into sentences.
 */
final class WorkspaceFiles {

    /** A DuckDB database file has "DUCK" at byte 8. */
    private static final byte[] MAGIC = "DUCK".getBytes(StandardCharsets.US_ASCII);

    static final String EXPECTED = "a workspace file made by greenops, or a new file name to create one";

    private WorkspaceFiles() {}

    /**
     * Throws when {@code file} cannot be a workspace: a folder, an empty file, a file that is not a DuckDB database,
     * or (when {@code mustExist}) no file at all.
     */
    static void check(Path file, boolean mustExist) {
        String name = file.toString();
        if (Files.isDirectory(file)) {
            throw fault(name, "it is a folder, not a workspace file", EXPECTED);
        }
        if (!Files.exists(file)) {
            if (mustExist) {
                throw fault(name, "no such workspace", "an existing workspace file, or :memory: for an empty one;"
                        + " greenops import --workspace FILE ... creates one");
            }
            Path folder = file.getParent();
            if (folder != null && !Files.isDirectory(folder)) {
                // a typo in a folder name would otherwise make a new, empty workspace somewhere unexpected
                throw fault(name, "the folder " + folder + (Files.exists(folder) ? " is not a folder"
                                : " does not exist"),
                        "a workspace in an existing folder: create the folder first, or correct the path");
            }
            return;
        }
        byte[] head = new byte[12];
        int n;
        try (InputStream in = Files.newInputStream(file)) {
            n = in.readNBytes(head, 0, head.length);
        } catch (IOException e) {
            throw fault(name, "cannot read it: " + e.getMessage(), EXPECTED);
        }
        if (n == 0) {
            throw fault(name, "the file is empty, not a workspace", "a workspace file made by greenops; to create a new"
                    + " one here, delete the empty file first");
        }
        if (n < head.length || !Arrays.equals(Arrays.copyOfRange(head, 8, 12), MAGIC)) {
            throw fault(name, "it is not a DuckDB workspace file", EXPECTED);
        }
    }

    /** DuckDB's open error as a sentence, where it is one of the known ones; null otherwise. */
    static WorkspaceException explain(Path file, String duckMessage, Throwable cause) {
        String m = duckMessage == null ? "" : duckMessage;
        if (m.contains("Could not set lock") || m.contains("Conflicting lock")) {
            return new WorkspaceException(Problem.error(file.toString(), 0, 0,
                    "the workspace is open in another program (GreenOps Workbench or DuckDB)",
                    "one program at a time: close it there, or open a copy"), cause);
        }
        if (m.contains("version number") || m.contains("newer version")) {
            return new WorkspaceException(Problem.error(file.toString(), 0, 0,
                    "the workspace was written by another DuckDB version than this one reads",
                    "a workspace written by this version of GreenOps Workbench"), cause);
        }
        return null;
    }

    private static WorkspaceException fault(String file, String reason, String expected) {
        return new WorkspaceException(Problem.error(file, 0, 0, reason, expected), null);
    }
}
