package dev.greenops.app.cli;

import dev.greenops.model.common.ProgressListener;
import java.io.PrintStream;

/** A progress bar on stderr when stderr is a terminal, and nothing at all otherwise (CLI.md). */
public final class CliProgress implements ProgressListener {

    private static final int WIDTH = 30;
    private final PrintStream err;
    private long lastDraw;
    private boolean drawn;

    private CliProgress(PrintStream err) {
        this.err = err;
    }

    /** A bar on {@code System.err} if it is a terminal, else {@link ProgressListener#NONE}. */
    public static ProgressListener forStderr() {
        java.io.Console console = System.console();
        return console != null && console.isTerminal() ? new CliProgress(System.err) : ProgressListener.NONE;
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
