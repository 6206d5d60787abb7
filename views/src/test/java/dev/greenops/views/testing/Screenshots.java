package dev.greenops.views.testing;

import dev.greenops.views.common.NodeSnapshots;
import dev.greenops.views.theme.Theme;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Saves PNG screenshots of the workbench window in the light and the dark theme, for docs/screenshots. Enabled by the
 * system property {@code greenops.screenshots} (the folder to write to); see README "Screenshots".
 */
public final class Screenshots {

    public static final String PROPERTY = "greenops.screenshots";

    private Screenshots() {}

    /** The folder to write to, when screenshots were asked for. */
    public static Optional<Path> dir() {
        String d = System.getProperty(PROPERTY);
        return d == null || d.isBlank() ? Optional.empty() : Optional.of(Path.of(d));
    }

    /** Writes {@code <name>-light.png} and {@code <name>-dark.png} of the whole window as it is now. */
    public static void shoot(FxRobot robot, Workbench bench, String name) {
        Path dir = dir().orElseThrow(() -> new IllegalStateException("set -D" + PROPERTY + "=DIR"));
        Theme before = bench.context.themeProperty().get();
        for (Theme theme : Theme.values()) {
            robot.interact(() -> bench.context.themeProperty().set(theme));
            WaitForAsyncUtils.waitForFxEvents(4);
            Path file = dir.resolve(name + "-" + theme.name().toLowerCase(Locale.ROOT) + ".png");
            robot.interact(() -> {
                try {
                    NodeSnapshots.savePng(bench.scene, file);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }
        robot.interact(() -> bench.context.themeProperty().set(before));
    }
}
