package dev.greenops.model.intensity.sample;

import dev.greenops.model.common.InvalidInputException;
import dev.greenops.model.common.ProgressListener;
import dev.greenops.model.imports.ImportOptions;
import dev.greenops.model.imports.ImportService;
import dev.greenops.model.intensity.catalog.RegionCatalogue;
import dev.greenops.model.intensity.io.IntensityFormats;
import dev.greenops.model.sample.SampleFiles;
import dev.greenops.model.sample.SampleLoadStep;
import dev.greenops.model.store.Workspace;
import java.io.IOException;
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
        List<String> series = List.of(IntensitySamplePart.DIR + "/" + IntensitySamplePart.DE_FILE,
                IntensitySamplePart.DIR + "/" + IntensitySamplePart.SAMPLE_FILE);
        // a sample folder not regenerated yet: the part is deterministic, so it is written aside and loaded from there
        try (SampleFiles files = SampleFiles.shippedOrWritten(sampleDir, series, new IntensitySamplePart(), progress)) {
            new ImportService(IntensityFormats.importers()).importFiles(workspace,
                    series.stream().map(files::resolve).toList(), ImportService.AUTO, ImportOptions.DEFAULT, progress);
        }
    }
}
