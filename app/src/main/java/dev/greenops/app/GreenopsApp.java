package dev.greenops.app;

import dev.greenops.app.cli.Cli;
import dev.greenops.model.common.ProgressListener;
import dev.greenops.model.sample.SampleLoader;
import dev.greenops.model.store.UserSettings;
import dev.greenops.model.store.Workspace;
import dev.greenops.views.common.AppContext;
import dev.greenops.views.common.TaskRunner;
import dev.greenops.views.shell.MainWindow;
import dev.greenops.views.theme.Theme;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javafx.application.Application;
import javafx.scene.Scene;
import javafx.stage.Stage;

/** The workbench window: opens the last (or default) workspace and shows the main window. */
public final class GreenopsApp extends Application {

    private static volatile String workspaceArgument;

    static void launchWith(String[] args) {
        workspaceArgument = Cli.workspaceArgument(args);
        Application.launch(GreenopsApp.class);
    }

    private Workspace workspace;
    private UserSettings settings;

    @Override
    public void start(Stage stage) throws Exception {
        settings = UserSettings.load();
        workspace = openInitialWorkspace(settings);
        settings.rememberWorkspace(workspace.toString());
        AppContext context = new AppContext(workspace, TaskRunner.background(), settings);
        MainWindow window = new MainWindow(context);
        Scene scene = new Scene(window, settings.windowWidth, settings.windowHeight);
        window.themeProperty().set(settings.darkTheme ? Theme.DARK : Theme.LIGHT);
        window.install(scene);
        stage.setTitle("GreenOps Workbench — " + workspace.displayName());
        stage.setScene(scene);
        if (!Double.isNaN(settings.windowX) && !Double.isNaN(settings.windowY)) {
            stage.setX(settings.windowX);
            stage.setY(settings.windowY);
        }
        stage.setMaximized(settings.maximized);
        stage.setOnCloseRequest(e -> {
            settings.maximized = stage.isMaximized();
            if (!stage.isMaximized()) {
                settings.windowWidth = scene.getWidth();
                settings.windowHeight = scene.getHeight();
                settings.windowX = stage.getX();
                settings.windowY = stage.getY();
            }
            settings.darkTheme = window.themeProperty().get() == Theme.DARK;
        });
        stage.show();
    }

    private static Workspace openInitialWorkspace(UserSettings settings) throws Exception {
        if (workspaceArgument != null) {
            return Workspace.open(workspaceArgument);
        }
        if (settings.lastWorkspace != null && Files.isRegularFile(Path.of(settings.lastWorkspace))) {
            return Workspace.open(settings.lastWorkspace);
        }
        return SampleLoader.openDefaultWorkspace(ProgressListener.NONE);
    }

    @Override
    public void stop() throws IOException {
        if (settings != null) {
            settings.save();
        }
        if (workspace != null) {
            workspace.close();
        }
    }
}
