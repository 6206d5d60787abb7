package dev.greenops.app.cli;

import dev.greenops.model.common.CancelledException;
import dev.greenops.model.common.InvalidInputException;
import dev.greenops.model.common.Problem;
import dev.greenops.model.store.WorkspaceException;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import picocli.CommandLine;

/**
 * Builds and runs the {@code greenops} command line. Every subcommand is headless; errors become one line each on
 * stderr ({@code greenops: FILE:LINE:COLUMN: reason (expected ...)}) and the exit codes of CLI.md.
 */
public final class Cli {

    private Cli() {}

    /** The command tree. Each area registers its subcommands here. */
    static CommandLine commandLine() {
        CommandLine cl = new CommandLine(new GreenopsCommand());
        // subcommands, one line each:
        cl.addSubcommand(new QueryCommand());
        cl.addSubcommand(new ImportCommand());
        cl.addSubcommand(new CheckCommand());
        cl.addSubcommand(new SampleCommand());
        cl.addSubcommand(new BenchCommand());
        cl.addSubcommand(new WindowCommand());
        cl.addSubcommand(new ProfileCommand());
        cl.addSubcommand(new ScheduleCommand());
        cl.addSubcommand(new VerifyCommand());
        cl.addSubcommand(new VerifyBundleCommand());
        cl.setCaseInsensitiveEnumValuesAllowed(true);
        return cl;
    }

    /** Runs {@code args} and returns the exit code (never calls System.exit, so tests can call it). */
    public static int run(String[] args, PrintStream out, PrintStream err) {
        CommandLine cl = commandLine();
        PrintWriter outWriter = new PrintWriter(new java.io.OutputStreamWriter(out, StandardCharsets.UTF_8), true);
        PrintWriter errWriter = new PrintWriter(new java.io.OutputStreamWriter(err, StandardCharsets.UTF_8), true);
        cl.setOut(outWriter);
        cl.setErr(errWriter);
        boolean debug = List.of(args).contains("--debug");
        cl.setParameterExceptionHandler((ex, arguments) -> {
            errWriter.println("greenops: " + plainTypes(ex.getMessage()));
            CommandLine.UnmatchedArgumentException.printSuggestions(ex, errWriter);
            errWriter.println("Try '" + ex.getCommandLine().getCommandSpec().qualifiedName() + " --help' for usage.");
            return ExitCode.BAD_INPUT;
        });
        cl.setExecutionExceptionHandler((ex, commandLine, parseResult) -> report(ex, errWriter, debug));
        int code = cl.execute(args);
        outWriter.flush();
        errWriter.flush();
        return code;
    }

    static int report(Exception ex, PrintWriter err, boolean debug) {
        Throwable e = ex;
        if (e instanceof InvalidInputException invalid) {
            printProblems(err, invalid.problems());
            return ExitCode.BAD_INPUT;
        }
        if (e instanceof java.io.UncheckedIOException unchecked) {
            e = unchecked.getCause();
        }
        if (e instanceof WorkspaceException w) {
            err.println("greenops: " + w.problem().map(Problem::format).orElse(w.getMessage()));
            return ExitCode.BAD_INPUT;
        }
        if (e instanceof java.nio.file.FileSystemException fs) {
            // a file the command was given is missing or cannot be read or written: name it and say why
            boolean missing = fs instanceof java.nio.file.NoSuchFileException;
            String file = fs.getFile() == null ? "" : fs.getFile();
            err.println("greenops: " + Problem.error(file, 0, 0, missing ? "no such file or folder"
                            : "cannot read or write it: " + OutputFile.reason(fs),
                    missing ? "an existing file or folder" : "a file you may read and write").format());
            return ExitCode.BAD_INPUT;
        }
        if (e instanceof java.io.FileNotFoundException fnf && fnf.getMessage() != null
                && fnf.getMessage().matches(".+ \\(.+\\)")) {
            // java.io says "PATH (Reason)"
            String m = fnf.getMessage();
            String file = m.substring(0, m.lastIndexOf(" ("));
            err.println("greenops: " + Problem.error(file, 0, 0, "cannot open it: " + OutputFile.reason(fnf),
                    "a file you may read and write").format());
            return ExitCode.BAD_INPUT;
        }
        if (e instanceof CancelledException) {
            err.println("greenops: cancelled; nothing was written");
            return ExitCode.BAD_INPUT;
        }
        StackTraceElement where = e.getStackTrace().length > 0 ? e.getStackTrace()[0] : null;
        err.println("greenops: internal error: " + e.getClass().getSimpleName() + ": " + e.getMessage()
                + (where == null ? "" : " at " + where)
                + ". This is a bug in GreenOps Workbench; rerun with --debug for the stack trace and report it.");
        if (debug) {
            e.printStackTrace(err);
        }
        return ExitCode.INTERNAL;
    }

    /** picocli's "'x' is not a double" in words people use: "'x' is not a number". */
    static String plainTypes(String message) {
        return message == null ? "" : message
                .replaceAll("' is not a (double|float)\\b", "' is not a number")
                .replaceAll("' is not a (long|int|short|byte)\\b", "' is not a whole number (or is too large)");
    }

    /** One line per problem on {@code err}: {@code greenops: FILE:LINE:COLUMN: reason (expected ...)}. */
    static void printProblems(PrintWriter err, List<Problem> problems) {
        for (Problem p : problems) {
            err.println("greenops: " + p.format());
        }
    }

    /** True when the arguments ask for the window: none at all, or only {@code --workspace FILE}. */
    public static boolean wantsGui(String[] args) {
        return args.length == 0 || (args.length == 2 && args[0].equals("--workspace"))
                || (args.length == 1 && args[0].startsWith("--workspace="));
    }

    /** The {@code --workspace} value given to the GUI, or null. */
    public static String workspaceArgument(String[] args) {
        if (args.length == 2 && args[0].equals("--workspace")) {
            return args[1];
        }
        if (args.length == 1 && args[0].startsWith("--workspace=")) {
            return args[0].substring("--workspace=".length());
        }
        return null;
    }
}
