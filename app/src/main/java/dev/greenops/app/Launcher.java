package dev.greenops.app;

import dev.greenops.app.cli.Cli;
import dev.greenops.app.cli.ExitCode;
import java.io.PrintStream;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;

/**
 * The one main class. With no subcommand it opens the workbench window; with one it runs headless (JavaFX is never
 * initialised). A class that extends {@code Application} cannot be the main class on the classpath, hence this one.
 */
public final class Launcher {

    static final String NO_DISPLAY = "greenops: cannot open the window: no display (DISPLAY/WAYLAND_DISPLAY not set);"
            + " the subcommands work without one, see greenops --help";

    private Launcher() {}

    public static void main(String[] args) {
        if (Cli.wantsGui(args)) {
            int code = openWindow(args, System.getenv(), System.getProperty("os.name", ""),
                    System.getProperty("glass.platform"), System.err, GreenopsApp::launchWith);
            if (code != ExitCode.OK) {
                System.exit(code);
            }
            return;
        }
        System.exit(Cli.run(args, System.out, System.err));
    }

    /**
     * Opens the window with {@code launch}, or says in one line why it cannot: an SSH session or a container without a
     * display gets a sentence and exit 2 (a usage problem, not a crash), never the toolkit's stack trace.
     *
     * @param glassPlatform the {@code glass.platform} property (Headless or Monocle need no display)
     * @return the exit code when the window could not open, else 0 once it has closed
     */
    static int openWindow(String[] args, Map<String, String> env, String osName, String glassPlatform, PrintStream err,
            Consumer<String[]> launch) {
        if (needsDisplay(osName, glassPlatform) && blank(env.get("DISPLAY")) && blank(env.get("WAYLAND_DISPLAY"))) {
            err.println(NO_DISPLAY);
            return ExitCode.BAD_INPUT;
        }
        try {
            launch.accept(args);
            return ExitCode.OK;
        } catch (UnsupportedOperationException e) {
            // GTK could not reach the display named in DISPLAY (a closed X forwarding, a stopped Xvfb)
            String display = blank(env.get("DISPLAY")) ? "WAYLAND_DISPLAY=" + env.get("WAYLAND_DISPLAY")
                    : "DISPLAY=" + env.get("DISPLAY");
            err.println("greenops: cannot open the window: " + reason(e) + " (" + display + ");"
                    + " the subcommands work without one, see greenops --help");
            return ExitCode.BAD_INPUT;
        } catch (RuntimeException e) {
            Throwable cause = e.getCause() != null ? e.getCause() : e;
            err.println("greenops: internal error: the window failed to start: " + cause.getClass().getSimpleName()
                    + ": " + cause.getMessage() + ". This is a bug in GreenOps Workbench; please report it.");
            return ExitCode.INTERNAL;
        }
    }

    /** X11 and Wayland systems need a display; Windows and macOS always have one; Headless/Monocle need none. */
    static boolean needsDisplay(String osName, String glassPlatform) {
        String os = osName.toLowerCase(Locale.ROOT);
        boolean desktopAlways = os.startsWith("windows") || os.startsWith("mac");
        return !desktopAlways && blank(glassPlatform);
    }

    private static String reason(RuntimeException e) {
        String m = e.getMessage();
        return m == null || m.isBlank() ? "the display cannot be reached" : m.strip();
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
