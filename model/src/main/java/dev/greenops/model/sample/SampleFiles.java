package dev.greenops.model.sample;

import dev.greenops.model.common.ProgressListener;
import dev.greenops.model.common.ScratchDir;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Where a load step finds its part's files: in the sample-data folder when they are all there, or else (for parts that
 * can) the part written aside into a scratch folder, which closing removes. A part is deterministic, so the files
 * written aside are the bytes {@code greenops sample} would have shipped.
 */
public final class SampleFiles implements AutoCloseable {

    private final Path dir;
    private final ScratchDir scratch;

    private SampleFiles(Path dir, ScratchDir scratch) {
        this.dir = dir;
        this.scratch = scratch;
    }

    /** Whether every one of {@code files} (relative to {@code sampleDir}) is a regular file there. */
    public static boolean allThere(Path sampleDir, List<String> files) {
        return files.stream().allMatch(f -> Files.isRegularFile(sampleDir.resolve(f)));
    }

    /**
     * The shipped files.
     *
     * @throws IOException naming the first missing file and the command that writes it
     */
    public static SampleFiles shipped(Path sampleDir, List<String> files) throws IOException {
        for (String f : files) {
            if (!Files.isRegularFile(sampleDir.resolve(f))) {
                throw new IOException("the sample file " + sampleDir.resolve(f) + " is missing; run greenops sample --out "
                        + sampleDir + " to write it");
            }
        }
        return new SampleFiles(sampleDir, null);
    }

    /** The shipped files when all of {@code files} are there, else {@code part} written into a scratch folder. */
    public static SampleFiles shippedOrWritten(
            Path sampleDir, List<String> files, SamplePart part, ProgressListener progress) throws IOException {
        if (allThere(sampleDir, files)) {
            return new SampleFiles(sampleDir, null);
        }
        ScratchDir scratch = ScratchDir.create("greenops-sample-" + part.name().replace(' ', '-'));
        try {
            part.write(scratch.path(), progress);
        } catch (IOException | RuntimeException e) {
            scratch.close();
            throw e;
        }
        return new SampleFiles(scratch.path(), scratch);
    }

    /** A file of the part, by its path relative to the sample-data folder. */
    public Path resolve(String relative) {
        return dir.resolve(relative);
    }

    /** Whether these are the shipped files (not written aside). */
    public boolean shipped() {
        return scratch == null;
    }

    @Override
    public void close() throws IOException {
        if (scratch != null) {
            scratch.close();
        }
    }
}
