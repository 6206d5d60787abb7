package dev.greenops.app;

import dev.greenops.app.cli.Cli;
import dev.greenops.model.store.UserSettings;
import dev.greenops.model.store.Workspace;
import dev.greenops.views.common.AppContext;
import dev.greenops.views.common.FxFilePrompts;
import dev.greenops.views.common.TaskRunner;
import dev.greenops.views.shell.MainWindow;
import dev.greenops.views.theme.Theme;
import java.io.IOException;
import javafx.application.Application;
import javafx.beans.binding.Bindings;
import javafx.scene.Scene;
import javafx.stage.Stage;

/**
 * The workbench window. The window appears at once; the workspace (the {@code --workspace} argument, else the last
 * one, else the default workspace, created with the sample data on first start) opens on the task runner with progress
 * in the status bar. Window size and position, theme and recent workspaces are kept in the user's settings.
 */
public final class GreenopsApp extends Application {

    /** The {@code --workspace} the window opens (null: the last one, else the default workspace). */
    static volatile String workspaceArgument;

    static void launchWith(String[] args) {
        workspaceArgument = Cli.workspaceArgument(args);
        Application.launch(GreenopsApp.class);
    }

    private AppContext context;
    private UserSettings settings;

    @Override
    public void start(Stage stage) {
        settings = UserSettings.load();
        context = new AppContext(null, TaskRunner.background(), settings);
        context.setFiles(new FxFilePrompts(() -> stage));
        context.themeProperty().set(settings.darkTheme ? Theme.DARK : Theme.LIGHT);
        MainWindow window = new MainWindow(context);
        Scene scene = new Scene(window, settings.windowWidth, settings.windowHeight);
        window.install(scene);
        context.themeProperty().addListener((o, a, theme) -> {
            settings.darkTheme = theme == Theme.DARK;
            save();
        });
        stage.titleProperty().bind(Bindings.createStringBinding(
                () -> "GreenOps Workbench" + (context.workspace() == null ? "" : " \u2014 " + context.workspace().displayName()),
                context.workspaceProperty()));
        stage.setScene(scene);
        stage.setMinWidth(1024);
        stage.setMinHeight(640);
        if (!Double.isNaN(settings.windowX) && !Double.isNaN(settings.windowY)) {
            stage.setX(settings.windowX);
            stage.setY(settings.windowY);
        }
        stage.setMaximized(settings.maximized);
        stage.setOnCloseRequest(e -> rememberGeometry(stage, scene));
        stage.show();
        window.workspaceActions().openInitial(workspaceArgument);
    }

    private void rememberGeometry(Stage stage, Scene scene) {
        settings.maximized = stage.isMaximized();
        if (!stage.isMaximized()) {
            settings.windowWidth = scene.getWidth();
            settings.windowHeight = scene.getHeight();
            settings.windowX = stage.getX();
            settings.windowY = stage.getY();
        }
        save();
    }

    private void save() {
        try {
            settings.save();
        } catch (IOException e) {
            System.getLogger(GreenopsApp.class.getName())
                    .log(System.Logger.Level.WARNING, "cannot save settings: " + e.getMessage());
        }
    }

    @Override
    public void stop() {
        if (settings != null) {
            save();
        }
        Workspace ws = context == null ? null : context.workspace();
        if (ws != null) {
            ws.close();
        }
    }
}
