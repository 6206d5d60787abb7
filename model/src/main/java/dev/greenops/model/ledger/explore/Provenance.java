package dev.greenops.model.ledger.explore;

import java.time.LocalDateTime;
import java.util.List;

/**
 * Where a selection of ledger rows came from and how its emissions were computed (ARCHITECTURE.md: every figure can be
 * traced).
 *
 * @param rows rows in the selection
 * @param recomputing rows whose emissions recompute from energy × intensity within 0.5%
 * @param batches the import batches the rows came from, most rows first
 */
public record Provenance(
        long rows,
        long recomputing,
        List<BatchUse> batches,
        List<ValueCount> methodologies,
        List<ValueCount> intensitySources,
        List<ValueCount> pues) {

    public Provenance {
        batches = List.copyOf(batches);
        methodologies = List.copyOf(methodologies);
        intensitySources = List.copyOf(intensitySources);
        pues = List.copyOf(pues);
    }

    public long notRecomputing() {
        return rows - recomputing;
    }

    /** One import batch and how many of the selected rows it holds. */
    public record BatchUse(
            long batchId,
            String fileName,
            String filePath,
            String sha256,
            LocalDateTime importedAtUtc,
            String format,
            long batchRows,
            long selectedRows) {}

    /** A distinct value (methodology, source, PUE) and its number of rows. */
    public record ValueCount(String value, long rows) {}
}
