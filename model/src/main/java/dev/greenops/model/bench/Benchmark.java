package dev.greenops.model.bench;

import dev.greenops.model.common.ProgressListener;
import java.nio.file.Path;

/**
 * One case of {@code greenops bench}: builds its own input in {@code scratch} (untimed), then times the operation a
 * user waits for. Results are measurements of this machine, never constants.
 */
public interface Benchmark {

    /** A short id, e.g. {@code ledger-import-csv}. */
    String name();

    /** What is measured, for the report. */
    String description();

    /**
     * Runs the case once at {@code scale} (the {@code --rows N} of the command, or the case's own default when 0).
     */
    BenchResult run(long scale, Path scratch, ProgressListener progress) throws Exception;
}
