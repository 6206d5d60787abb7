package dev.greenops.views.common;

import dev.greenops.model.imports.ImportService;
import dev.greenops.model.ledger.explore.LedgerExplorer;
import dev.greenops.model.ledger.explore.LedgerFilter;
import dev.greenops.model.store.UserSettings;
import dev.greenops.model.store.Workspace;
import dev.greenops.views.theme.Theme;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicBoolean;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;

/**
 * What every screen shares: the open workspace, the task runner, the shared date range, the theme, the user's
 * settings, file prompts, and the ways to reach the rest of the window (open the ledger on some rows, show a notice,
 * say that data changed). Screens listen to {@link #workspaceProperty()} and {@link #dataVersionProperty()} and reload.
 */
public final class AppContext {

    private final ObjectProperty<Workspace> workspace = new SimpleObjectProperty<>();
    private final ObjectProperty<LocalDate> rangeFrom = new SimpleObjectProperty<>();
    private final ObjectProperty<LocalDate> rangeTo = new SimpleObjectProperty<>();
    private final ObjectProperty<Theme> theme = new SimpleObjectProperty<>(Theme.LIGHT);
    private final ObjectProperty<LedgerRequest> ledgerRequest = new SimpleObjectProperty<>();
    private final ObjectProperty<Notice> notice = new SimpleObjectProperty<>();
    private final IntegerProperty dataVersion = new SimpleIntegerProperty(0);
    private final ReadOnlyStringWrapper sampleLabel = new ReadOnlyStringWrapper("");
    private final IntegerProperty workspaceWrites = new SimpleIntegerProperty(0);
    private final AtomicBoolean writeSignalPending = new AtomicBoolean();
    private AutoCloseable commitSubscription;
    private final TaskRunner tasks;
    private final UserSettings settings;
    private FilePrompts files;
    private ImportService imports = ImportService.standard();
    private Runnable importAction = () -> {};

    public AppContext(Workspace workspace, TaskRunner tasks, UserSettings settings) {
        this.workspace.set(workspace);
        this.tasks = tasks;
        this.settings = settings;
        this.workspace.addListener((o, old, ws) -> {
            listenForWrites(ws);
            checkSampleData();
        });
        dataVersion.addListener((o, old, v) -> checkSampleData());
        workspaceWrites.addListener((o, old, v) -> checkSampleData());
        listenForWrites(workspace);
        checkSampleData();
    }

    /** The open workspace; null while the first one is still being opened. */
    public ObjectProperty<Workspace> workspaceProperty() {
        return workspace;
    }

    public Workspace workspace() {
        return workspace.get();
    }

    public TaskRunner tasks() {
        return tasks;
    }

    public UserSettings settings() {
        return settings;
    }

    /** The shared date range (inclusive), null = everything. */
    public ObjectProperty<LocalDate> rangeFromProperty() {
        return rangeFrom;
    }

    public ObjectProperty<LocalDate> rangeToProperty() {
        return rangeTo;
    }

    /** The shared range as a ledger filter, or null when it is open at both ends. */
    public LedgerFilter rangeFilter() {
        return rangeFrom.get() == null && rangeTo.get() == null
                ? null
                : new LedgerFilter.DateRange(rangeFrom.get(), rangeTo.get());
    }

    /** The window's theme; charts restyle when it changes. */
    public ObjectProperty<Theme> themeProperty() {
        return theme;
    }

    public FilePrompts files() {
        return Objects.requireNonNull(files, "no FilePrompts set on the AppContext");
    }

    public void setFiles(FilePrompts files) {
        this.files = files;
    }

    public ImportService imports() {
        return imports;
    }

    public void setImports(ImportService imports) {
        this.imports = Objects.requireNonNull(imports, "imports");
    }

    /** Asks the window to run File › Import (choose files, preview, import). */
    public void requestImport() {
        importAction.run();
    }

    public void setImportAction(Runnable action) {
        this.importAction = Objects.requireNonNull(action, "action");
    }

    /** Asks the window to show the Ledger screen on exactly these rows. */
    public void openLedger(List<LedgerFilter> filters, String origin) {
        ledgerRequest.set(new LedgerRequest(filters, origin));
    }

    public ObjectProperty<LedgerRequest> ledgerRequestProperty() {
        return ledgerRequest;
    }

    /** Shows {@code n} above the current screen (replacing the one shown). */
    public void notify(Notice n) {
        notice.set(n);
    }

    public ObjectProperty<Notice> noticeProperty() {
        return notice;
    }

    /** Says that the workspace's data changed (an import, a replay, a verification run): every screen reloads. */
    public void dataChanged() {
        dataVersion.set(dataVersion.get() + 1);
    }

    public ReadOnlyIntegerProperty dataVersionProperty() {
        return dataVersion;
    }

    /**
     * Counts what the open workspace stored since it was opened (an import, a scheduler replay, a trail verification:
     * every committed write, whichever screen or task made it), bumped on the FX thread once per burst of commits.
     * Screens that show figures derived from what other screens store (the Overview's replay and verification cards,
     * its totals) reload on it, so they are never stale. It is a separate signal from {@link #dataVersionProperty()}
     * on purpose: a screen whose own refresh writes (re-verifying a trail stores the run) must not listen to it, or
     * its refresh would trigger itself.
     */
    public ReadOnlyIntegerProperty workspaceWritesProperty() {
        return workspaceWrites;
    }

    private void listenForWrites(Workspace ws) {
        if (commitSubscription != null) {
            try {
                commitSubscription.close();
            } catch (Exception e) {
                throw new IllegalStateException("cannot stop listening to the previous workspace", e);
            }
            commitSubscription = null;
        }
        if (ws != null) {
            commitSubscription = ws.onCommit(() -> {
                // commits come on the task's thread, often several per task: one signal on the FX thread for a burst
                if (writeSignalPending.compareAndSet(false, true)) {
                    tasks.later(() -> {
                        writeSignalPending.set(false);
                        if (ws == workspace.get()) {
                            workspaceWrites.set(workspaceWrites.get() + 1);
                        }
                    });
                }
            });
        }
    }

    /**
     * What the open workspace's figures must be labelled: {@link #SAMPLE} when every import batch came from the bundled
     * sample data, {@link #INCLUDES_SAMPLE} when some did, empty when none did (or no workspace is open). Updated when
     * the workspace or its data changes.
     */
    public ReadOnlyStringProperty sampleLabelProperty() {
        return sampleLabel.getReadOnlyProperty();
    }

    public static final String SAMPLE = "SAMPLE DATA";
    public static final String INCLUDES_SAMPLE = "INCLUDES SAMPLE DATA";

    /** Why figures carry the SAMPLE label (tooltips, chart exports). */
    public static final String SAMPLE_NOTE = "The bundled sample data: invented teams and jobs computed from real"
            + " published inputs. Do not report it as anyone's emissions.";

    private void checkSampleData() {
        Workspace ws = workspace.get();
        if (ws == null) {
            sampleLabel.set("");
            return;
        }
        tasks.runQuietly(p -> {
            LedgerExplorer explorer = new LedgerExplorer(ws);
            long sample = explorer.sampleBatches();
            return sample == 0 ? "" : sample == explorer.importBatches() ? SAMPLE : INCLUDES_SAMPLE;
        }, label -> {
            if (ws == workspace.get()) {
                sampleLabel.set(label);
            }
        }, e -> {
            // a workspace that cannot say keeps the label it had: never drop SAMPLE because a count failed
        });
    }
}
