package dev.greenops.model.intensity.io;

import dev.greenops.model.imports.Importer;
import java.util.List;

/** The intensity importers in detection order (most specific first); {@code ImportService.standard()} lists them. */
public final class IntensityFormats {

    private IntensityFormats() {}

    public static List<Importer> importers() {
        return List.of(
                new ElectricityMapsImporter(),
                new CarbonAwareSdkImporter(),
                new WattTimeImporter(),
                new LongCsvImporter(),
                new WideCsvImporter());
    }
}
