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
                new dev.greenops.model.ledger.sample.LedgerSamplePart(),
                new dev.greenops.model.intensity.sample.IntensitySamplePart(),
                new dev.greenops.model.schedule.SchedulerSamplePart(),
                new dev.greenops.model.trail.TrailSamplePart() // after the ledgers: it signs their October rows
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
        writeIndex(outDir);
        progress.progress(parts.size(), parts.size(), "sample data written to " + outDir);
    }

    /** sample-data/README.md (labelling everything as sample data) and ATTRIBUTION.md, from every part. */
    private void writeIndex(Path outDir) throws IOException {
        StringBuilder readme = new StringBuilder()
                .append("# SAMPLE DATA\n\n")
                .append("Everything in this folder is **sample data** made by `greenops sample --out sample-data`: it is\n")
                .append("deterministic (the same program writes the same bytes) and computed from real published inputs\n")
                .append("(see ATTRIBUTION.md), but the teams, jobs and resources are invented. Do not report it as anyone's\n")
                .append("emissions.\n");
        for (SamplePart part : parts) {
            if (!part.readmeSection().isBlank()) {
                readme.append('\n').append(part.readmeSection().strip()).append('\n');
            }
        }
        Files.writeString(outDir.resolve("README.md"), readme);
        StringBuilder attribution = new StringBuilder()
                .append("# Attribution of third-party data in sample-data\n\n")
                .append("Third-party files are shipped unmodified and keep their licence; derived files say how they were derived.\n\n")
                .append("| file | source (repository @ commit, path) | licence | what it is |\n")
                .append("|---|---|---|---|\n");
        for (SamplePart part : parts) {
            for (String row : part.attributionRows()) {
                attribution.append(row.strip()).append('\n');
            }
        }
        Files.writeString(outDir.resolve("ATTRIBUTION.md"), attribution);
    }
}
