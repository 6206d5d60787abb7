package dev.greenops.model.ledger.sample;

import dev.greenops.model.common.InvalidInputException;
import dev.greenops.model.common.ProgressListener;
import dev.greenops.model.imports.ImportOptions;
import dev.greenops.model.imports.ImportService;
import dev.greenops.model.ledger.UfmsCsvImporter;
import dev.greenops.model.sample.SampleLoadStep;
import dev.greenops.model.store.Workspace;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/** Imports the sample ledgers ({@code sample-data/ledgers/ufms-003-*.csv}) into a new workspace, in one transaction. */
public final class LedgerSampleLoadStep implements SampleLoadStep {

    @Override
    public String name() {
        return "ledgers";
    }

    @Override
    public void load(Workspace workspace, Path sampleDir, ProgressListener progress)
            throws IOException, SQLException, InvalidInputException {
        List<Path> files = new ArrayList<>();
        for (String month : LedgerSamplePart.MONTHS) {
            Path file = sampleDir.resolve(LedgerSamplePart.ledgerFile(month));
            if (!Files.isRegularFile(file)) {
                throw new IOException("the sample ledger " + file + " is missing; run greenops sample --out "
                        + sampleDir + " to write it");
            }
            files.add(file);
        }
        ImportService.standard().importFiles(workspace, files, UfmsCsvImporter.FORMAT, ImportOptions.DEFAULT, progress);
    }
}
