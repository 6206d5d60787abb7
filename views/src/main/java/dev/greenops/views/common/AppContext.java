package dev.greenops.views.common;

import dev.greenops.model.store.UserSettings;
import dev.greenops.model.store.Workspace;
import java.time.LocalDate;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;

/**
 * What every screen shares: the open workspace, the task runner, the shared date range, the user's settings.
 * Screens listen to {@link #workspaceProperty()} and reload when it changes.
 */
public final class AppContext {

    private final ObjectProperty<Workspace> workspace = new SimpleObjectProperty<>();
    private final ObjectProperty<LocalDate> rangeFrom = new SimpleObjectProperty<>();
    private final ObjectProperty<LocalDate> rangeTo = new SimpleObjectProperty<>();
    private final TaskRunner tasks;
    private final UserSettings settings;

    public AppContext(Workspace workspace, TaskRunner tasks, UserSettings settings) {
        this.workspace.set(workspace);
        this.tasks = tasks;
        this.settings = settings;
    }

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
}
