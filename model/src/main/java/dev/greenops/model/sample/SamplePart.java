package dev.greenops.model.sample;

import dev.greenops.model.common.ProgressListener;
import java.io.IOException;
import java.nio.file.Path;

/**
 * One area's share of the bundled sample data (ledgers, intensity, scheduler config, signed trail, ...). Every part is
 * deterministic: the same program writes the same bytes.
 */
public interface SamplePart {

    /** A short name shown in progress messages. */
    String name();

    /** Writes this part under {@code outDir}; earlier parts' files are already there. */
    void write(Path outDir, ProgressListener progress) throws IOException;

    /**
     * Markdown table rows ({@code | file | source | licence | what |}) for {@code sample-data/ATTRIBUTION.md}, one per
     * third-party file this part ships or derives from.
     */
    default java.util.List<String> attributionRows() {
        return java.util.List.of();
    }

    /** A Markdown section for {@code sample-data/README.md}: what this part wrote, and that it is sample data. */
    default String readmeSection() {
        return "";
    }
}
