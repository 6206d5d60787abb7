package dev.greenops.model.sample;

import dev.greenops.model.common.InvalidInputException;
import dev.greenops.model.common.ProgressListener;
import dev.greenops.model.store.AppPaths;
import dev.greenops.model.store.Workspace;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.List;

/**
 * Loads sample-data into a workspace: what a first start (and {@code --workspace} pointing at a new file from the
 * default location) sees.
 */
public final class SampleLoader {

    private final List<SampleLoadStep> steps;

    public SampleLoader(List<SampleLoadStep> steps) {
        this.steps = List.copyOf(steps);
    }

    public static SampleLoader standard() {
        return new SampleLoader(List.of(
                // each area adds its step here, in dependency order
                new dev.greenops.model.ledger.sample.LedgerSampleLoadStep(),
                new dev.greenops.model.intensity.sample.IntensitySampleLoadStep(),
                new dev.greenops.model.schedule.SchedulerSampleLoadStep(),
                new dev.greenops.model.trail.TrailSampleLoadStep()));
    }

    public void load(Workspace workspace, Path sampleDir, ProgressListener progress)
            throws IOException, SQLException, InvalidInputException {
        int i = 0;
        for (SampleLoadStep step : steps) {
            ProgressListener.checkCancelled();
            progress.progress(i++, steps.size(), "loading sample " + step.name());
            step.load(workspace, sampleDir, progress);
        }
        progress.progress(steps.size(), steps.size(), "sample data loaded");
    }

    /**
     * Opens the user's default workspace, creating it and loading the bundled sample data on first use. If loading
     * fails the half-made file is removed, so the next start tries again.
     */
    public static Workspace openDefaultWorkspace(ProgressListener progress)
            throws IOException, SQLException, InvalidInputException {
        Path file = AppPaths.defaultWorkspace();
        boolean fresh = Files.notExists(file);
        if (file.getParent() != null) {
            Files.createDirectories(file.getParent()); // the app's own data folder, made on first use
        }
        Workspace ws = Workspace.open(file);
        if (fresh) {
            try {
                Path sample = AppPaths.sampleDataDir()
                        .orElseThrow(() -> new IOException("the bundled sample-data folder was not found"));
                standard().load(ws, sample, progress);
            } catch (IOException | SQLException | InvalidInputException | RuntimeException e) {
                ws.close();
                Files.deleteIfExists(file);
                Files.deleteIfExists(Path.of(file + ".wal"));
                throw e;
            }
        }
        return ws;
    }
}
