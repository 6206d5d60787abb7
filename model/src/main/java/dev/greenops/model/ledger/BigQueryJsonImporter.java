package dev.greenops.model.ledger;

import dev.greenops.model.common.InvalidInputException;
import dev.greenops.model.common.ProgressListener;
import dev.greenops.model.imports.FileHead;
import dev.greenops.model.imports.ImportOptions;
import java.io.IOException;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Clock;

/**
 * The ledger table as BigQuery exports it to JSON (NDJSON): STRUCT columns become nested objects, which are
 * flattened with dots and matched by their last name ({@code attribution.team} → team); INT64 and NUMERIC values
 * arrive as strings and count as numbers; TIMESTAMPs arrive as {@code 2026-10-03 00:05:00 UTC}.
 */
public final class BigQueryJsonImporter extends LedgerImporter {

    public static final String FORMAT = "bigquery-json";

    public BigQueryJsonImporter(Clock clock) {
        super(clock, FORMAT, "the ledger table as BigQuery exports it to JSON (nested STRUCTs, INT64/NUMERIC as strings)");
    }

    @Override
    public boolean accepts(FileHead head) {
        return HeadSniff.firstJsonRecord(head)
                .map(r -> HeadSniff.ufmsNames(HeadSniff.paths(r)) >= 3 && HeadSniff.looksLikeBigQueryExport(r))
                .orElse(false);
    }

    @Override
    StagedLedger stage(
            StageSession stage, Path file, String displayName, ImportOptions options, ProgressListener progress)
            throws IOException, SQLException, InvalidInputException {
        FlatSource flat = JsonFlatReader.read(stage, file, displayName, true);
        return UfmsShaper.shape(stage, flat, TypingMode.LENIENT, true, options, displayName);
    }
}
