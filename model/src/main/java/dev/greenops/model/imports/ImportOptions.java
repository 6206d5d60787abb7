package dev.greenops.model.imports;

import java.util.Optional;

/**
 * Choices the user made for an import.
 *
 * @param region the region / grid zone to file the data under when the file does not name one ({@code --region})
 * @param allowReimport import a file even though a batch of the workspace already holds the very same bytes (same
 *     SHA-256), counting its rows a second time; off by default, since that is almost always a mistake
 */
public record ImportOptions(Optional<String> region, boolean allowReimport) {

    public static final ImportOptions DEFAULT = new ImportOptions(Optional.empty(), false);

    public ImportOptions {
        region = region == null ? Optional.empty() : region.filter(r -> !r.isBlank());
    }

    /** Options with a region and the default refusal of files imported before. */
    public ImportOptions(Optional<String> region) {
        this(region, false);
    }

    public ImportOptions withAllowReimport(boolean allow) {
        return new ImportOptions(region, allow);
    }
}
