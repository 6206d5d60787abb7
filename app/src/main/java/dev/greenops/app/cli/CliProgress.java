package dev.greenops.app.cli;

import dev.greenops.model.common.ProgressListener;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * A progress bar on stderr when stderr is a terminal, and nothing at all otherwise (CLI.md): a script, a pipe, a log
 * file or CI never gets carriage-return redraws.
 */
public final class CliProgress implements ProgressListener {

    private static final int WIDTH = 30;
    private final PrintStream err;
    private long lastDraw;
    private boolean drawn;

    CliProgress(PrintStream err) {
        this.err = err;
    }

    /** A bar on {@code System.err} if it is a terminal, else {@link ProgressListener#NONE}. */
    public static ProgressListener forStderr() {
        return forStream(stderrIsTerminal(), System.err);
    }

    /** A bar on {@code err} if {@code terminal}, else {@link ProgressListener#NONE}. */
    static ProgressListener forStream(boolean terminal, PrintStream err) {
        return terminal ? new CliProgress(err) : ProgressListener.NONE;
    }

    /**
     * Whether stderr is a terminal. {@link java.io.Console#isTerminal()} looks at stdin and stdout only, so
     * {@code greenops import x.csv 2> log.txt} typed at a terminal would still pass it: where the system shows what
     * file descriptor 2 is (Linux {@code /proc/self/fd/2}), that decides too. {@code TERM=dumb} (editors' shells, some
     * CI) never gets a bar.
     */
    static boolean stderrIsTerminal() {
        java.io.Console console = System.console();
        if (console == null || !console.isTerminal() || "dumb".equals(System.getenv("TERM"))) {
            return false;
        }
        return isTerminalDevice(Path.of("/proc/self/fd/2")).orElse(true);
    }

    /** Whether the file descriptor link {@code fd} points at a terminal device; empty if the system does not say. */
    static Optional<Boolean> isTerminalDevice(Path fd) {
        try {
            String target = Files.readSymbolicLink(fd).toString();
            return Optional.of(target.startsWith("/dev/pts/") || target.startsWith("/dev/tty")
                    || target.equals("/dev/console"));
        } catch (IOException | UnsupportedOperationException | SecurityException e) {
            return Optional.empty(); // no /proc (macOS, Windows): the console's own answer stands
        }
    }

    @Override
    public void progress(long done, long total, String message) {
        long now = System.nanoTime();
        boolean last = total > 0 && done >= total;
        if (!last && now - lastDraw < 100_000_000L) {
            return;
        }
        lastDraw = now;
        StringBuilder line = new StringBuilder("\r");
        if (total > 0) {
            int filled = (int) Math.min(WIDTH, WIDTH * done / total);
            line.append('[').append("#".repeat(filled)).append(" ".repeat(WIDTH - filled)).append("] ");
            line.append(String.format("%3d%% ", 100 * done / total));
        }
        String text = message == null ? "" : message;
        line.append(text.length() > 60 ? text.substring(0, 60) : text);
        line.append("\u001b[K");
        err.print(line);
        drawn = true;
        if (last) {
            err.print("\r\u001b[K");
            err.flush();
            drawn = false;
        }
    }

    /** Clears the bar (call before printing results). */
    public static void clear(ProgressListener p) {
        if (p instanceof CliProgress c && c.drawn) {
            c.err.print("\r\u001b[K");
            c.err.flush();
            c.drawn = false;
        }
    }
}
