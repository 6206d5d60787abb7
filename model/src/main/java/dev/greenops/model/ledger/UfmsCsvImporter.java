package dev.greenops.model.ledger;

import dev.greenops.model.common.InvalidInputException;
import dev.greenops.model.common.ProgressListener;
import dev.greenops.model.imports.FileHead;
import dev.greenops.model.imports.ImportOptions;
import java.io.IOException;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Clock;
import java.util.List;

/**
 * UFMS:003 ledger as CSV: a header with the column names (any order; optional columns may be left out), one row per
 * resource and day. Also reads BigQuery's CSV export of the ledger table (its {@code ... UTC} timestamps included).
 */
public final class UfmsCsvImporter extends LedgerImporter {

    public static final String FORMAT = "ufms-csv";

    public UfmsCsvImporter(Clock clock) {
        super(clock, FORMAT,
                "UFMS:003 ledger as CSV (header = column names; also BigQuery CSV exports of the ledger table)");
    }

    @Override
    public boolean accepts(FileHead head) {
        return HeadSniff.ufmsNames(HeadSniff.csvHeader(head)) >= 3;
    }

    @Override
    StagedLedger stage(
            StageSession stage, Path file, String displayName, ImportOptions options, ProgressListener progress)
            throws IOException, SQLException, InvalidInputException {
        FlatSource flat = CsvFlatReader.readChecked(stage, file, displayName,
                String.join(",", UfmsSchema.standard().columnNames()), header -> List.of());
        return UfmsShaper.shape(stage, flat, TypingMode.TEXT, true, options, displayName);
    }
}
