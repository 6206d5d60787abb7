package dev.greenops.views.signatures;

import static org.assertj.core.api.Assertions.assertThat;

import dev.greenops.model.store.AppPaths;
import dev.greenops.model.store.UserSettings;
import dev.greenops.model.store.Workspace;
import dev.greenops.model.trail.DayStatus;
import dev.greenops.model.trail.TrailSamplePart;
import dev.greenops.views.common.AppContext;
import dev.greenops.views.common.TaskRunner;
import dev.greenops.views.shell.Area;
import dev.greenops.views.shell.MainWindow;
import dev.greenops.views.testing.Fx;
import java.nio.file.Path;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The real screen in the main window, headless: what an auditor reads after changing the inputs. */
class SignaturesViewTest {

    @BeforeAll
    static void startFx() {
        Fx.start();
    }

    @Test
    void the_banner_strip_and_table_never_show_a_verdict_about_other_inputs_than_those_on_screen() throws Exception {
        Path sample = AppPaths.sampleDataDir().orElseThrow();
        Fx.call(() -> {
            try (Workspace ws = Workspace.inMemory()) {
                AppContext context = new AppContext(ws, TaskRunner.direct(), new UserSettings());
                MainWindow window = new MainWindow(context);
                Scene scene = new Scene(window, 1440, 900);
                window.install(scene);
                window.show(Area.SIGNATURES);
                SignaturesView view = (SignaturesView) window.screen(Area.SIGNATURES);
                scene.getRoot().applyCss();
                scene.getRoot().layout();
                Label summary = (Label) scene.lookup("#sig-summary");
                Button export = (Button) scene.lookup("#sig-export");
                HBox cells = (HBox) ((javafx.scene.control.ScrollPane) scene.lookup("#sig-calendar")).getContent();
                assertThat(summary.getText()).isEqualTo("\u2713 30 of 30 days verified · VERIFIED");
                assertThat(cells.getChildren()).hasSize(30);
                assertThat(export.isDisabled()).isFalse();

                // the trail changes: no green banner, no strip, no rows, no export until it is verified
                view.model().trailDirProperty().set(sample.resolve(TrailSamplePart.TAMPERED_DIR));
                assertThat(((TextField) scene.lookup("#sig-trail-dir")).getText()).endsWith(TrailSamplePart.TAMPERED_DIR);
                assertThat(summary.getText()).doesNotContain("VERIFIED").contains("No verdict");
                assertThat(summary.getStyleClass()).contains("sig-pending").doesNotContain("sig-ok", "sig-bad");
                assertThat(cells.getChildren()).isEmpty();
                assertThat(((TableView<?>) scene.lookup("#sig-days")).getItems()).isEmpty();
                assertThat(export.isDisabled()).isTrue();

                // Trail folder… verifies what it chose at once
                view.model().chooseTrail(sample.resolve(TrailSamplePart.TAMPERED_DIR));
                assertThat(summary.getText()).isEqualTo("\u2717 28 of 30 days verified, 2 failed · NOT VERIFIED");
                assertThat(summary.getStyleClass()).contains("sig-bad");

                // so does a change of the signer, the moment it is typed
                ((TextField) scene.lookup("#sig-san")).appendText("x");
                assertThat(summary.getText()).doesNotContain("VERIFIED");
                assertThat(cells.getChildren()).isEmpty();
                return null;
            }
        });
    }

    @Test
    void the_status_column_fits_the_longest_status() throws Exception {
        Fx.call(() -> {
            try (Workspace ws = Workspace.inMemory()) {
                AppContext context = new AppContext(ws, TaskRunner.direct(), new UserSettings());
                MainWindow window = new MainWindow(context);
                Scene scene = new Scene(window, 1440, 900);
                window.install(scene);
                window.show(Area.SIGNATURES);
                scene.getRoot().applyCss();
                scene.getRoot().layout();
                TableView<?> table = (TableView<?>) scene.lookup("#sig-days");
                TableColumn<?, ?> status = table.getColumns().stream().filter(c -> c.getText().equals("Status"))
                        .findFirst().orElseThrow();
                double needed = 0;
                for (DayStatus s : DayStatus.values()) {
                    Label probe = new Label("\u2717 " + s.name());
                    probe.setStyle("-fx-font-weight: bold;");
                    new Scene(new javafx.scene.Group(probe)).getStylesheets().setAll(scene.getStylesheets());
                    probe.applyCss();
                    needed = Math.max(needed, probe.prefWidth(-1));
                }
                assertThat(needed).isGreaterThan(150); // the old width cut "WRONG_IDENTITY" and "MISSING_SIGNATURE"
                assertThat(status.getWidth()).isGreaterThanOrEqualTo(needed + 16);
                return null;
            }
        });
    }
}
