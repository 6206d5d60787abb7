package dev.greenops.views.signatures;

import static org.assertj.core.api.Assertions.assertThat;

import dev.greenops.model.store.AppPaths;
import dev.greenops.model.store.UserSettings;
import dev.greenops.model.store.Workspace;
import dev.greenops.model.trail.TrailSamplePart;
import dev.greenops.views.common.AppContext;
import dev.greenops.views.common.NodeSnapshots;
import dev.greenops.views.common.TaskRunner;
import dev.greenops.views.shell.Area;
import dev.greenops.views.shell.MainWindow;
import dev.greenops.views.testing.Fx;
import dev.greenops.views.theme.Theme;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The real screen inside the main window, headless: on the sample trail and on the tampered one, light and dark. Writes
 * PNGs to target/screenshots (or to -Dgreenops.screenshots=DIR) for a person to look at.
 */
class SignaturesScreenshotTest {

    @BeforeAll
    static void startFx() {
        Fx.start();
    }

    static Path outDir() {
        String dir = System.getProperty("greenops.screenshots");
        return dir != null ? Path.of(dir) : Path.of("target", "screenshots");
    }

    @Test
    void the_signatures_screen_on_the_sample_and_the_tampered_trail_in_light_and_dark() throws Exception {
        Path sample = AppPaths.sampleDataDir().orElseThrow();
        for (String trail : new String[] {TrailSamplePart.TRAIL_DIR, TrailSamplePart.TAMPERED_DIR}) {
            boolean good = trail.equals(TrailSamplePart.TRAIL_DIR);
            for (Theme theme : Theme.values()) {
                Path file = outDir().resolve("trail-signatures-" + (good ? "sample" : "tampered") + "-"
                        + theme.name().toLowerCase(Locale.ROOT) + ".png");
                String summary = Fx.call(() -> {
                    try (Workspace ws = Workspace.inMemory()) {
                        AppContext context = new AppContext(ws, TaskRunner.direct(), new UserSettings());
                        MainWindow window = new MainWindow(context);
                        Scene scene = new Scene(window, 1440, 900);
                        window.themeProperty().set(theme);
                        window.install(scene);
                        window.show(Area.SIGNATURES);
                        SignaturesView view = (SignaturesView) window.screen(Area.SIGNATURES);
                        if (!good) {
                            view.model().useSample(sample, trail);
                            view.model().verify();
                        }
                        scene.getRoot().applyCss();
                        scene.getRoot().layout();
                        NodeSnapshots.savePng(scene, file);
                        // what the picture shows: the strip's colours, the selection, the DEMO badge
                        assertThat(scene.lookup("#sig-demo-badge").isVisible()).isTrue();
                        Label d17 = (Label) scene.lookup("#sig-day-2026-10-17");
                        Label d24 = (Label) scene.lookup("#sig-day-2026-10-24");
                        assertThat(d17.getStyleClass()).contains(good ? "sig-ok" : "sig-bad");
                        assertThat(d24.getStyleClass()).contains(good ? "sig-ok" : "sig-missing");
                        if (!good) {
                            assertThat(view.selectedDay().date()).hasToString("2026-10-17");
                            assertThat(d17.getStyleClass()).contains("sig-day-selected");
                            d24.getOnMouseClicked().handle(null);
                            assertThat(view.selectedDay().date()).hasToString("2026-10-24");
                            assertThat(((javafx.scene.control.TableView<?>) scene.lookup("#sig-days")).getSelectionModel()
                                    .getSelectedItem()).isSameAs(view.selectedDay());
                        }
                        return ((Label) scene.lookup("#sig-summary")).getText();
                    }
                });
                assertThat(Files.size(file)).isPositive();
                assertThat(summary).contains(good ? "30 of 30 days verified · VERIFIED" : "28 of 30 days verified, 2 failed · NOT VERIFIED");
            }
        }
    }
}
