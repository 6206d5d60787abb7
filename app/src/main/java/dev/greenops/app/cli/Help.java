package dev.greenops.app.cli;

/** Text every command's help shares. */
final class Help {

    /** The exit-code footer of every subcommand (CLI.md "Conventions"). */
    static final String EXIT_CODES =
            "Exit codes: 0 ok, 1 problems found, 2 bad input (nothing written), 3 internal error (a bug).";

    private Help() {}
}
