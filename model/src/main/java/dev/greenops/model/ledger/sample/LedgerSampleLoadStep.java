package dev.greenops.model.ledger.sample;

import dev.greenops.model.common.InvalidInputException;
import dev.greenops.model.common.ProgressListener;
import dev.greenops.model.imports.ImportOptions;
import dev.greenops.model.imports.ImportService;
import dev.greenops.model.ledger.UfmsCsvImporter;
import dev.greenops.model.sample.SampleFiles;
import dev.greenops.model.sample.SampleLoadStep;
import dev.greenops.model.store.Workspace;
import java.io.IOException;
import java.nio.file.Path;
import java.sql.SQLException;
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
        List<String> ledgers = LedgerSamplePart.MONTHS.stream().map(LedgerSamplePart::ledgerFile).toList();
        try (SampleFiles files = SampleFiles.shipped(sampleDir, ledgers)) {
            ImportService.standard().importFiles(workspace, ledgers.stream().map(files::resolve).toList(),
                    UfmsCsvImporter.FORMAT, ImportOptions.DEFAULT, progress);
        }
    }
}
