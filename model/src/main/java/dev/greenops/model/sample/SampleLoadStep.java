package dev.greenops.model.sample;

import dev.greenops.model.common.InvalidInputException;
import dev.greenops.model.common.ProgressListener;
import dev.greenops.model.store.Workspace;
import java.io.IOException;
import java.nio.file.Path;
import java.sql.SQLException;

/** One area's step in loading the bundled sample data into a new workspace (ledgers, intensity, catalogues, ...). */
public interface SampleLoadStep {

    String name();

    void load(Workspace workspace, Path sampleDir, ProgressListener progress)
            throws IOException, SQLException, InvalidInputException;
}
