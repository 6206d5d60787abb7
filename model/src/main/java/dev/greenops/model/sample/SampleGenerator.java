package dev.greenops.model.sample;

import dev.greenops.model.common.ProgressListener;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** Writes the whole bundled sample-data folder ({@code greenops sample --out DIR}), part by part, in order. */
public final class SampleGenerator {

    private final List<SamplePart> parts;

    public SampleGenerator(List<SamplePart> parts) {
        this.parts = List.copyOf(parts);
    }

    /** The parts of the shipped sample data, in dependency order (later parts may read earlier parts' files). */
    public static SampleGenerator standard() {
        return new SampleGenerator(List.of(
                // each area adds its part here
                ));
    }

    public List<SamplePart> parts() {
        return parts;
    }

    public void generate(Path outDir, ProgressListener progress) throws IOException {
        Files.createDirectories(outDir);
        int i = 0;
        for (SamplePart part : parts) {
            ProgressListener.checkCancelled();
            progress.progress(i, parts.size(), "writing sample " + part.name());
            part.write(outDir, progress);
            i++;
        }
        progress.progress(parts.size(), parts.size(), "sample data written to " + outDir);
    }
}
