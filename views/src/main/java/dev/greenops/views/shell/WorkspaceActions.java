package dev.greenops.views.shell;

import dev.greenops.model.common.ProgressListener;
import dev.greenops.model.sample.SampleLoader;
import dev.greenops.model.store.Workspace;
import dev.greenops.views.common.AppContext;
import dev.greenops.views.common.FilePrompts;
import dev.greenops.views.common.Notice;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * New, Open, Open Recent and Save As for workspaces. Opening runs off the FX thread; the new workspace replaces the old
 * one in the {@link AppContext} (every screen reloads), the old one is closed, and the choice is remembered in the
 * user's settings (last and recent workspaces).
 */
public final class WorkspaceActions {

    private final AppContext context;
    private final ObservableList<String> recent = FXCollections.observableArrayList();
    private final javafx.beans.property.BooleanProperty opening = new javafx.beans.property.SimpleBooleanProperty(false);

    public WorkspaceActions(AppContext context) {
        this.context = context;
        recent.setAll(context.settings().recentWorkspaces);
    }

    /** True while a workspace is being opened or created. */
    public javafx.beans.property.ReadOnlyBooleanProperty openingProperty() {
        return opening;
    }

    /** Runs an opening task, keeping {@link #openingProperty()} true while it runs. */
    private void opening(String title, dev.greenops.views.common.Work<Workspace> work,
            java.util.function.Consumer<Workspace> done, String failure) {
        opening.set(true);
        context.tasks().run(title, work, ws -> {
            opening.set(false);
            done.accept(ws);
        }, e -> {
            opening.set(false);
            context.notify(Notice.error(failure, e));
        });
    }

    /** Recent workspace files, most recent first. */
    public ObservableList<String> recent() {
        return recent;
    }

    /** Opens the workspace the user chooses. */
    public void open() {
        context.files().open("Open workspace", List.of(FilePrompts.WORKSPACE, FilePrompts.ANY)).ifPresent(this::open);
    }

    public void open(Path file) {
        if (!Files.isRegularFile(file)) {
            context.notify(new Notice(Notice.Level.ERROR, "Cannot open workspace",
                    List.of(file + ": no such file (it may have been moved or deleted)")));
            forget(file.toString());
            return;
        }
        opening("Opening " + file.getFileName(), p -> Workspace.open(file), this::switchTo,
                "Cannot open workspace " + file.getFileName());
    }

    /** Creates an empty workspace at a new file the user chooses and switches to it. */
    public void newWorkspace() {
        context.files().save("New workspace", "workspace.duckdb", List.of(FilePrompts.WORKSPACE)).ifPresent(file -> {
            if (Files.exists(file)) {
                context.notify(new Notice(Notice.Level.ERROR, "Will not overwrite an existing file",
                        List.of(file + " exists: choose a new name for the new workspace")));
                return;
            }
            opening("Creating " + file.getFileName(), p -> Workspace.open(file), ws -> {
                switchTo(ws);
                context.notify(Notice.info("New empty workspace " + ws.displayName(),
                        "Import ledgers with File \u203a Import (Ctrl+I) or drop files on the window."));
            }, "Cannot create the workspace");
        });
    }

    /** Copies the open workspace to a new file the user chooses and switches to the copy. */
    public void saveAs() {
        Workspace current = context.workspace();
        if (current == null) {
            return;
        }
        String suggested = current.displayName().replace(' ', '-') + "-copy.duckdb";
        context.files().save("Save workspace as", suggested, List.of(FilePrompts.WORKSPACE)).ifPresent(file ->
                context.tasks().run("Saving workspace as " + file.getFileName(), p -> current.saveAs(file), ws -> {
                    switchTo(ws);
                    context.notify(Notice.success("Saved as " + ws.displayName(), file.toString()));
                }, e -> context.notify(Notice.error("Cannot save the workspace", e))));
    }

    /** Opens the default workspace (creating it with the sample data on first use), with progress. */
    public void openDefault() {
        opening("Opening the default workspace", SampleLoader::openDefaultWorkspace, this::switchTo,
                "Cannot open the default workspace");
    }

    /** Makes {@code ws} the open workspace, closes the previous one and remembers the choice. */
    public void switchTo(Workspace ws) {
        Workspace old = context.workspace();
        context.workspaceProperty().set(ws);
        if (old != null && old != ws) {
            old.close();
        }
        ws.file().ifPresent(f -> {
            context.settings().rememberWorkspace(f.toString());
            recent.setAll(context.settings().recentWorkspaces);
            save();
        });
    }

    public void clearRecent() {
        context.settings().recentWorkspaces.clear();
        recent.clear();
        save();
    }

    private void forget(String file) {
        context.settings().recentWorkspaces.remove(file);
        recent.setAll(context.settings().recentWorkspaces);
        save();
    }

    private void save() {
        try {
            context.settings().save();
        } catch (IOException e) {
            System.getLogger(WorkspaceActions.class.getName())
                    .log(System.Logger.Level.WARNING, "cannot save settings: " + e.getMessage());
        }
    }

    /** For the first start: the work that opens the initial workspace, given what the command line asked for. */
    static Workspace initial(String argument, String last, ProgressListener progress) throws Exception {
        if (argument != null) {
            return Workspace.open(argument);
        }
        if (last != null && Files.isRegularFile(Path.of(last))) {
            return Workspace.open(last);
        }
        return SampleLoader.openDefaultWorkspace(progress);
    }

    /** Opens the workspace the app starts on (the argument, else the last one, else the default), with progress. */
    public void openInitial(String argument) {
        String last = context.settings().lastWorkspace;
        opening("Opening workspace", p -> initial(argument, last, p), this::switchTo, "Cannot open the workspace");
    }
}
