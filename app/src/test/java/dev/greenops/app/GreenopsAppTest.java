package dev.greenops.app;

import static org.assertj.core.api.Assertions.assertThat;

import dev.greenops.model.store.UserSettings;
import dev.greenops.model.store.Workspace;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** The real application class, headless: the window shows at once, then the workspace opens in the background. */
class GreenopsAppTest {

    @TempDir
    Path dir;

    @AfterEach
    void tearDown() throws Exception {
        FxToolkit.cleanupApplication(application);
        GreenopsApp.workspaceArgument = null;
        System.setProperty("greenops.config.dir", configDir);
    }

    GreenopsApp application;
    final String configDir = System.getProperty("greenops.config.dir");

    @Test
    void the_window_opens_its_workspace_off_the_fx_thread_and_remembers_it_and_the_theme() throws Exception {
        Path file = dir.resolve("team.duckdb");
        try (Workspace ws = Workspace.open(file)) {
            ws.execute("insert into setting values ('marker', 'team')");
        }
        GreenopsApp.workspaceArgument = file.toString();
        System.setProperty("greenops.config.dir", dir.resolve("config").toString());
        Stage stage = FxToolkit.registerPrimaryStage();
        application = (GreenopsApp) FxToolkit.setupApplication(GreenopsApp.class);
        FxRobot robot = new FxRobot();
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS,
                () -> ((Label) robot.lookup("#workspace-name").query()).getText().equals("team"));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.listWindows()).anySatisfy(w -> assertThat(((Stage) w).getTitle())
                .isEqualTo("GreenOps Workbench \u2014 team"));
        assertThat(((Label) robot.lookup("#status-workspace").query()).getText()).endsWith("team.duckdb");
        // an empty workspace says how to get data in, instead of showing zeros
        assertThat(robot.lookup("#overview-empty").tryQuery()).isPresent();

        robot.clickOn("#theme-toggle");
        WaitForAsyncUtils.waitForFxEvents();
        UserSettings saved = UserSettings.load();
        assertThat(saved.darkTheme).isTrue();
        assertThat(saved.lastWorkspace).isEqualTo(file.toAbsolutePath().toString());
        assertThat(saved.recentWorkspaces).containsExactly(file.toAbsolutePath().toString());
        assertThat(stage).isNotNull();
    }
}
