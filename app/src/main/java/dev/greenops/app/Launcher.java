package dev.greenops.app;

import dev.greenops.app.cli.Cli;

/**
 * The one main class. With no subcommand it opens the workbench window; with one it runs headless (JavaFX is never
 * initialised). A class that extends {@code Application} cannot be the main class on the classpath, hence this one.
 */
public final class Launcher {

    private Launcher() {}

    public static void main(String[] args) {
        if (Cli.wantsGui(args)) {
            GreenopsApp.launchWith(args);
            return;
        }
        System.exit(Cli.run(args, System.out, System.err));
    }
}
