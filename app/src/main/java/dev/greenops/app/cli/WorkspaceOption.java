package dev.greenops.app.cli;

import dev.greenops.model.common.InvalidInputException;
import dev.greenops.model.common.ProgressListener;
import dev.greenops.model.sample.SampleLoader;
import dev.greenops.model.store.Workspace;
import java.io.IOException;
import java.sql.SQLException;
import picocli.CommandLine.Option;

/** {@code --workspace FILE}: the DuckDB workspace; default the user's default workspace; {@code :memory:} throwaway. */
public final class WorkspaceOption {

    @Option(
            names = "--workspace",
            paramLabel = "FILE",
            description = "DuckDB workspace file (default: your default workspace, created with sample data on first use;"
                    + " :memory: for a throwaway one).")
    String workspace;

    public Workspace open(ProgressListener progress) throws IOException, SQLException, InvalidInputException {
        if (workspace == null || workspace.isBlank()) {
            return SampleLoader.openDefaultWorkspace(progress);
        }
        return Workspace.open(workspace);
    }

    /** Like {@link #open}, but a {@code --workspace} file that does not exist is an error rather than created. */
    public Workspace openExisting(ProgressListener progress) throws IOException, SQLException, InvalidInputException {
        if (workspace == null || workspace.isBlank()) {
            return SampleLoader.openDefaultWorkspace(progress);
        }
        return Workspace.openExisting(workspace);
    }
}
