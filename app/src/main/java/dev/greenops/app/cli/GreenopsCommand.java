package dev.greenops.app.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code greenops}: with no subcommand it opens the window (handled by the launcher); here it prints usage. */
@Command(
        name = "greenops",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = {
            "GreenOps Workbench does the carbon accounting of AI compute.",
            "With no subcommand, opens the workbench window. Each subcommand runs headless.",
        },
        footer = {"", Help.EXIT_CODES})
public final class GreenopsCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--debug", description = "Print stack traces of internal errors.", scope = picocli.CommandLine.ScopeType.INHERIT)
    boolean debug;

    @Override
    public Integer call() {
        spec.commandLine().usage(spec.commandLine().getOut());
        return ExitCode.OK;
    }
}
