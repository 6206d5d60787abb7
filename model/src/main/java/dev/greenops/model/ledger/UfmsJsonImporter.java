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
 * UFMS:003 ledger as JSON: an array of row objects, or one object per line (NDJSON), with the schema's property names
 * and JSON types (numbers as numbers).
 */
public final class UfmsJsonImporter extends LedgerImporter {

    public static final String FORMAT = "ufms-json";

    public UfmsJsonImporter(Clock clock) {
        super(clock, FORMAT, "UFMS:003 ledger as a JSON array of objects or as NDJSON (one object per line)");
    }

    @Override
    public boolean accepts(FileHead head) {
        return HeadSniff.firstJsonRecord(head)
                .map(r -> HeadSniff.ufmsNames(HeadSniff.paths(r)) >= 3)
                .orElse(false);
    }

    @Override
    StagedLedger stage(
            StageSession stage, Path file, String displayName, ImportOptions options, ProgressListener progress)
            throws IOException, SQLException, InvalidInputException {
        FlatSource flat = JsonFlatReader.read(stage, file, displayName, false);
        return UfmsShaper.shape(stage, flat, TypingMode.STRICT, false, options, displayName);
    }
}
