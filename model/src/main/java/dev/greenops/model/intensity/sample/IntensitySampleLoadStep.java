package dev.greenops.model.intensity.sample;

import dev.greenops.model.common.InvalidInputException;
import dev.greenops.model.common.ProgressListener;
import dev.greenops.model.imports.ImportOptions;
import dev.greenops.model.imports.ImportService;
import dev.greenops.model.intensity.catalog.RegionCatalogue;
import dev.greenops.model.intensity.io.IntensityFormats;
import dev.greenops.model.sample.SampleLoadStep;
import dev.greenops.model.store.Workspace;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.List;

/**
 * Loads the intensity sample into a new workspace: the region catalogue (GCP and codecarbon averages, zones, PUE
 * defaults) and the GPU table from the bundled reference data, then both intensity files of {@code sample-data/intensity}
 * (written on the fly, identically, when that folder has not been generated yet).
 */
public final class IntensitySampleLoadStep implements SampleLoadStep {

    @Override
    public String name() {
        return "intensity";
    }

    @Override
    public void load(Workspace workspace, Path sampleDir, ProgressListener progress)
            throws IOException, SQLException, InvalidInputException {
        RegionCatalogue.load(workspace, progress);
        Path dir = sampleDir.resolve(IntensitySamplePart.DIR);
        Path written = null;
        if (!Files.isRegularFile(dir.resolve(IntensitySamplePart.DE_FILE))
                || !Files.isRegularFile(dir.resolve(IntensitySamplePart.SAMPLE_FILE))) {
            // sample-data not regenerated yet: the part is deterministic, so write it aside and load that
            written = Files.createTempDirectory("greenops-sample-intensity");
            new IntensitySamplePart().write(written, progress);
            dir = written.resolve(IntensitySamplePart.DIR);
        }
        try {
            new ImportService(IntensityFormats.importers()).importFiles(
                    workspace,
                    List.of(dir.resolve(IntensitySamplePart.DE_FILE), dir.resolve(IntensitySamplePart.SAMPLE_FILE)),
                    ImportService.AUTO,
                    ImportOptions.DEFAULT,
                    progress);
        } finally {
            if (written != null) {
                try (var files = Files.walk(written)) {
                    for (Path p : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
                        Files.deleteIfExists(p);
                    }
                }
            }
        }
    }
}
