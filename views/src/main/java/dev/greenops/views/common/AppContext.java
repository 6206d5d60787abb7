package dev.greenops.views.common;

import dev.greenops.model.imports.ImportService;
import dev.greenops.model.ledger.explore.LedgerFilter;
import dev.greenops.model.store.UserSettings;
import dev.greenops.model.store.Workspace;
import dev.greenops.views.theme.Theme;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyIntegerProperty;
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
    private final TaskRunner tasks;
    private final UserSettings settings;
    private FilePrompts files;
    private ImportService imports = ImportService.standard();
    private Runnable importAction = () -> {};

    public AppContext(Workspace workspace, TaskRunner tasks, UserSettings settings) {
        this.workspace.set(workspace);
        this.tasks = tasks;
        this.settings = settings;
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
}
