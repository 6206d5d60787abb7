package dev.greenops.app;

import static org.assertj.core.api.Assertions.assertThat;

import dev.greenops.app.cli.ExitCode;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

/** Opening the window without a display: one sentence and exit 2, never the toolkit's stack trace. */
class LauncherTest {

    final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    final PrintStream err = new PrintStream(bytes, true, StandardCharsets.UTF_8);
    final List<String[]> launched = new ArrayList<>();
    final Consumer<String[]> recordLaunch = launched::add;

    String err() {
        return bytes.toString(StandardCharsets.UTF_8);
    }

    @Test
    void without_display_or_wayland_on_linux_it_says_so_in_one_line_and_exits_2_without_starting_javafx() {
        int code = Launcher.openWindow(new String[0], Map.of("TERM", "xterm"), "Linux", null, err, recordLaunch);
        assertThat(code).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(err()).isEqualTo("greenops: cannot open the window: no display (DISPLAY/WAYLAND_DISPLAY not set);"
                + " the subcommands work without one, see greenops --help" + System.lineSeparator());
        assertThat(launched).isEmpty();
        assertThat(Launcher.openWindow(new String[0], Map.of("DISPLAY", " "), "FreeBSD", null, err, recordLaunch))
                .isEqualTo(ExitCode.BAD_INPUT);
        assertThat(launched).isEmpty();
    }

    @Test
    void with_a_display_wayland_another_os_or_a_headless_glass_platform_the_window_is_launched() {
        String[] args = {"--workspace", "w.duckdb"};
        assertThat(Launcher.openWindow(args, Map.of("DISPLAY", ":0"), "Linux", null, err, recordLaunch)).isZero();
        assertThat(Launcher.openWindow(args, Map.of("WAYLAND_DISPLAY", "wayland-0"), "Linux", null, err, recordLaunch))
                .isZero();
        assertThat(Launcher.openWindow(args, Map.of(), "Windows 11", null, err, recordLaunch)).isZero();
        assertThat(Launcher.openWindow(args, Map.of(), "Mac OS X", null, err, recordLaunch)).isZero();
        assertThat(Launcher.openWindow(args, Map.of(), "Linux", "Headless", err, recordLaunch)).isZero();
        assertThat(launched).hasSize(5).allSatisfy(a -> assertThat(a).containsExactly(args));
        assertThat(err()).isEmpty();
    }

    @Test
    void a_display_that_cannot_be_reached_is_one_line_naming_it_with_exit_2() {
        // what GTK throws when DISPLAY names an X server that is gone
        Consumer<String[]> gtk = a -> {
            throw new UnsupportedOperationException("Unable to open DISPLAY");
        };
        int code = Launcher.openWindow(new String[0], Map.of("DISPLAY", ":99"), "Linux", null, err, gtk);
        assertThat(code).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(err()).isEqualTo("greenops: cannot open the window: Unable to open DISPLAY (DISPLAY=:99); the"
                + " subcommands work without one, see greenops --help" + System.lineSeparator());
    }

    @Test
    void any_other_failure_to_start_is_an_internal_error_in_one_line_with_exit_3() {
        Consumer<String[]> broken = a -> {
            throw new RuntimeException("Exception in Application start method", new IllegalStateException("boom"));
        };
        int code = Launcher.openWindow(new String[0], Map.of("DISPLAY", ":0"), "Linux", null, err, broken);
        assertThat(code).isEqualTo(ExitCode.INTERNAL);
        assertThat(err().lines()).singleElement().asString()
                .startsWith("greenops: internal error: the window failed to start: IllegalStateException: boom.");
    }
}
