package dev.greenops.views.testing;

import dev.greenops.model.common.ProgressListener;
import dev.greenops.model.imports.ImportService;
import dev.greenops.model.sample.SampleLoader;
import dev.greenops.model.store.AppPaths;
import dev.greenops.model.store.Workspace;
import dev.greenops.views.common.AppContext;
import dev.greenops.views.shell.MainWindow;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import javafx.scene.Scene;
import javafx.stage.Stage;

/**
 * The whole main window on a test workspace, for UI tests and screenshots: the bundled sample quarter when this build
 * has it (sample-data/ledgers and a sample loader that loads them), else the {@link FixtureLedger}. Tasks run on the
 * FX thread (a direct runner), so every screen is loaded when an action returns.
 */
public final class Workbench {

    public static final double WIDTH = 1440;
    public static final double HEIGHT = 900;

    public final Workspace workspace;
    public final AppContext context;
    public final RecordingPrompts prompts = new RecordingPrompts();
    public final MainWindow window;
    public final Scene scene;
    public final boolean sampleData;

    private Workbench(Workspace workspace, boolean sampleData, Stage stage) {
        this.workspace = workspace;
        this.sampleData = sampleData;
        this.context = TestContext.of(workspace, prompts);
        if (ImportService.standard().importers().isEmpty()) {
            context.setImports(new ImportService(List.of(new TestLedgerImporter())));
        }
        window = new MainWindow(context);
        scene = new Scene(window, WIDTH, HEIGHT);
        window.install(scene);
        stage.setScene(scene);
        stage.setTitle("GreenOps Workbench (test)");
        stage.show();
    }

    /** Builds the window on {@code stage}; call on the FX thread. */
    public static Workbench start(Stage stage) throws Exception {
        Optional<Workspace> sample = sampleWorkspace();
        if (sample.isPresent()) {
            return new Workbench(sample.get(), true, stage);
        }
        return new Workbench(TestContext.fixtureWorkspace(), false, stage);
    }

    /** An in-memory workspace with the bundled sample data, if this build has sample ledgers and loads them. */
    static Optional<Workspace> sampleWorkspace() throws Exception {
        Optional<Path> dir = AppPaths.sampleDataDir();
        if (dir.isEmpty() || !Files.isRegularFile(dir.get().resolve("ledgers/ufms-003-2026-08.csv"))) {
            return Optional.empty();
        }
        Workspace ws = Workspace.inMemory();
        SampleLoader.standard().load(ws, dir.get(), ProgressListener.NONE);
        if (ws.count("ledger") == 0) {
            ws.close();
            return Optional.empty();
        }
        return Optional.of(ws);
    }
}
