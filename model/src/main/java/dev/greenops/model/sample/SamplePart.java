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
}
