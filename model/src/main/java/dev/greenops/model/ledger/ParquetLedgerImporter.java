package dev.greenops.model.ledger;

import dev.greenops.model.common.InvalidInputException;
import dev.greenops.model.common.ProgressListener;
import dev.greenops.model.imports.FileHead;
import dev.greenops.model.imports.ImportOptions;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Clock;

/**
 * UFMS:003 ledger as Parquet, including BigQuery's Parquet export of the ledger table (STRUCT columns flattened with
 * dots, NUMERIC as DECIMAL, TIMESTAMP in UTC). Problems name the row number as the line.
 */
public final class ParquetLedgerImporter extends LedgerImporter {

    public static final String FORMAT = "parquet";

    public ParquetLedgerImporter(Clock clock) {
        super(clock, FORMAT, "UFMS:003 ledger as Parquet (also BigQuery Parquet exports of the ledger table)");
    }

    @Override
    public boolean accepts(FileHead head) {
        return head.isParquet();
    }

    @Override
    StagedLedger stage(
            StageSession stage, Path file, String displayName, ImportOptions options, ProgressListener progress)
            throws SQLException, InvalidInputException {
        FlatSource flat = ParquetFlatReader.read(stage, file, displayName);
        return UfmsShaper.shape(stage, flat, TypingMode.STRICT, true, options, displayName);
    }
}
