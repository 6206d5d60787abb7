package dev.greenops.model.imports;

import dev.greenops.model.common.Problem;
import java.util.List;

/** One file's import, as recorded in {@code import_batch}. */
public record ImportResult(
        long batchId, String fileName, String sha256, String format, String target, long rows, List<Problem> warnings) {

    public ImportResult {
        warnings = List.copyOf(warnings);
    }
}
