package dev.greenops.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.greenops.model.common.ProgressListener;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CliProgressTest {

    @TempDir
    Path dir;

    @Test
    void stderr_redirected_to_a_file_or_a_pipe_is_not_a_terminal_and_a_pts_device_is() throws Exception {
        Path log = Files.writeString(dir.resolve("log.txt"), "");
        assertThat(CliProgress.isTerminalDevice(Files.createSymbolicLink(dir.resolve("fd-file"), log))).contains(false);
        assertThat(CliProgress.isTerminalDevice(Files.createSymbolicLink(dir.resolve("fd-pipe"), Path.of("pipe:[4242]"))))
                .contains(false);
        assertThat(CliProgress.isTerminalDevice(Files.createSymbolicLink(dir.resolve("fd-pts"), Path.of("/dev/pts/3"))))
                .contains(true);
        // a system that does not show what the descriptor is (no /proc) leaves the decision to the console
        assertThat(CliProgress.isTerminalDevice(dir.resolve("no-such-fd"))).isEmpty();
    }

    @Test
    void off_a_terminal_nothing_is_drawn_at_all() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        ProgressListener p = CliProgress.forStream(false, new PrintStream(bytes, true, StandardCharsets.UTF_8));
        assertThat(p).isSameAs(ProgressListener.NONE);
        p.progress(1, 2, "importing");
        p.progress(2, 2, "importing");
        CliProgress.clear(p);
        assertThat(bytes.size()).isZero();
    }

    @Test
    void on_a_terminal_the_bar_redraws_in_place_and_clears_itself() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        ProgressListener p = CliProgress.forStream(true, new PrintStream(bytes, true, StandardCharsets.UTF_8));
        p.progress(1, 4, "importing a.csv");
        CliProgress.clear(p);
        String drawn = bytes.toString(StandardCharsets.UTF_8);
        assertThat(drawn).startsWith("\r[").contains(" 25% importing a.csv").endsWith("\r\u001b[K");
    }

    @Test
    void the_tests_stderr_like_a_ci_log_gets_no_bar() {
        // surefire's stderr is a pipe to a file, as in CI: forStderr must not draw there
        assertThat(CliProgress.forStderr()).isSameAs(ProgressListener.NONE);
    }
}
