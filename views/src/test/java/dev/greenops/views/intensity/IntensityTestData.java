package dev.greenops.views.intensity;

import dev.greenops.model.common.ProgressListener;
import dev.greenops.model.imports.ImportOptions;
import dev.greenops.model.imports.ImportService;
import dev.greenops.model.intensity.catalog.RegionCatalogue;
import dev.greenops.model.intensity.sample.IntensitySamplePart;
import dev.greenops.model.store.Workspace;
import java.nio.file.Path;
import java.util.List;

/** A workspace with the intensity sample: the region catalogue, the real DE 2023 file and the europe-west3 quarter. */
final class IntensityTestData {

    private IntensityTestData() {}

    static Workspace workspace(Path dir) throws Exception {
        new IntensitySamplePart().write(dir, ProgressListener.NONE);
        Workspace ws = Workspace.inMemory();
        RegionCatalogue.load(ws, ProgressListener.NONE);
        ImportService.standard().importFiles(ws, List.of(dir.resolve("intensity/" + IntensitySamplePart.DE_FILE),
                dir.resolve("intensity/" + IntensitySamplePart.SAMPLE_FILE)), ImportService.AUTO, ImportOptions.DEFAULT,
                ProgressListener.NONE);
        return ws;
    }
}
