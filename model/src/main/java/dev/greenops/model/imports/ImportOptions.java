package dev.greenops.model.imports;

import java.util.Optional;

/**
 * Choices the user made for an import.
 *
 * @param region the region / grid zone to file the data under when the file does not name one ({@code --region})
 */
public record ImportOptions(Optional<String> region) {

    public static final ImportOptions DEFAULT = new ImportOptions(Optional.empty());

    public ImportOptions {
        region = region == null ? Optional.empty() : region.filter(r -> !r.isBlank());
    }
}
