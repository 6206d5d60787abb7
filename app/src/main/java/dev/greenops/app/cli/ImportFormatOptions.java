package dev.greenops.app.cli;

import dev.greenops.model.imports.ImportOptions;
import java.util.Optional;
import picocli.CommandLine.Option;

/** {@code --format} and {@code --region}: how {@code import} and {@code check} read a file, the same for both. */
public final class ImportFormatOptions {

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "auto", description = "auto (default) or a format id.")
    String format;

    @Option(
            names = "--region",
            paramLabel = "REGION",
            description = "Region / grid zone for rows whose file does not name one.")
    String region;

    String format() {
        return format;
    }

    ImportOptions importOptions() {
        return new ImportOptions(Optional.ofNullable(region));
    }
}
