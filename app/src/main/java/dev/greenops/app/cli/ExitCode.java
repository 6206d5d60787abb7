package dev.greenops.app.cli;

/** Exit codes of every subcommand (../shared/design/CLI.md). */
public final class ExitCode {
    /** Success. */
    public static final int OK = 0;
    /** The check ran and found problems (verification failed, validation errors in check). */
    public static final int PROBLEMS_FOUND = 1;
    /** Usage error or unreadable / invalid input; nothing was written. */
    public static final int BAD_INPUT = 2;
    /** An internal error: a bug. */
    public static final int INTERNAL = 3;

    private ExitCode() {}
}
