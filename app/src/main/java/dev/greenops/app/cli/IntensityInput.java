package dev.greenops.app.cli;

import dev.greenops.model.common.InvalidInputException;
import dev.greenops.model.common.Problem;
import dev.greenops.model.common.ProgressListener;
import dev.greenops.model.imports.ImportOptions;
import dev.greenops.model.intensity.IntensityFiles;
import dev.greenops.model.intensity.IntensityRepository;
import dev.greenops.model.intensity.IntensitySeries;
import dev.greenops.model.store.Workspace;
import java.io.IOException;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Optional;
import picocli.CommandLine.Option;

/**
 * Where {@code window} and {@code profile} get intensity from: a workspace ({@code --workspace}, default the user's)
 * or a file read without one ({@code --intensity FILE}, any format {@code greenops import} reads).
 */
final class IntensityInput {

    @Option(names = "--workspace", paramLabel = "FILE",
            description = "DuckDB workspace to read intensity from (default: your default workspace; :memory: for an empty one).")
    String workspace;

    @Option(names = "--intensity", paramLabel = "FILE",
            description = "Read intensity from this file instead of a workspace (Electricity Maps CSV, Carbon Aware SDK"
                    + " or WattTime JSON, long or wide CSV).")
    Path intensity;

    /** The series for {@code region} over {@code [from, to)}; the region resolves through its grid zone. */
    IntensitySeries series(String region, Instant from, Instant to, ProgressListener progress)
            throws IOException, SQLException, InvalidInputException {
        if (workspace != null && intensity != null) {
            throw InvalidInputException.of("--intensity", 0, 0, "both --workspace and --intensity were given",
                    "one of them: a workspace to read, or a file");
        }
        if (intensity != null) {
            try {
                return IntensityFiles.read(intensity, ImportOptions.DEFAULT, region);
            } catch (InvalidInputException e) {
                // a file that does not name its zone takes it from --region
                if (e.problems().stream().map(Problem::expected).anyMatch(x -> x.contains("--region"))) {
                    return IntensityFiles.read(intensity, new ImportOptions(Optional.of(region)), region);
                }
                throw e;
            }
        }
        // read only: a --workspace that does not exist is an error, not a new empty file
        try (Workspace ws = workspace == null ? new WorkspaceOption().open(progress) : Workspace.openExisting(workspace)) {
            return IntensityRepository.series(ws, region, from, to);
        }
    }

    String describe() {
        return intensity != null ? intensity.toString() : workspace != null ? workspace : "the default workspace";
    }
}
