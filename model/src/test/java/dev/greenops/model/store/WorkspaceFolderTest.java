package dev.greenops.model.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.greenops.model.common.Problem;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A workspace path whose folder does not exist is an error, not a new folder tree and an empty workspace. */
class WorkspaceFolderTest {

    @TempDir
    Path dir;

    @Test
    void a_workspace_in_a_missing_folder_is_refused_naming_the_folder_and_nothing_is_created() {
        Path missing = dir.resolve("tyop");
        WorkspaceException e = catchThrowableOfType(WorkspaceException.class,
                () -> Workspace.open(missing.resolve("w.duckdb")));
        assertThat(e.problem()).map(Problem::format).contains(missing.resolve("w.duckdb") + ":0:0: the folder "
                + missing + " does not exist (expected a workspace in an existing folder: create the folder first, or"
                + " correct the path)");
        assertThat(missing).doesNotExist();
    }

    @Test
    void a_workspace_in_an_existing_folder_is_created() throws Exception {
        Files.createDirectories(dir.resolve("there"));
        try (Workspace ws = Workspace.open(dir.resolve("there/w.duckdb"))) {
            assertThat(ws.file()).isPresent();
        }
        assertThat(dir.resolve("there/w.duckdb")).exists();
    }
}
