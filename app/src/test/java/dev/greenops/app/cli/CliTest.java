package dev.greenops.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class CliTest {

    record Run(int code, String out, String err) {}

    static Run run(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = Cli.run(args, new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Run(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    @Test
    void version_exits_zero() {
        Run r = run("--version");
        assertThat(r.code()).isZero();
        assertThat(r.out()).startsWith("greenops ");
    }

    @Test
    void an_unknown_subcommand_is_a_usage_error_with_exit_2() {
        Run r = run("frobnicate");
        assertThat(r.code()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(r.err()).startsWith("greenops: ").doesNotContain("Exception");
    }

    @Test
    void no_arguments_or_only_a_workspace_opens_the_window() {
        assertThat(Cli.wantsGui(new String[0])).isTrue();
        assertThat(Cli.wantsGui(new String[] {"--workspace", "w.duckdb"})).isTrue();
        assertThat(Cli.workspaceArgument(new String[] {"--workspace=w.duckdb"})).isEqualTo("w.duckdb");
        assertThat(Cli.wantsGui(new String[] {"--version"})).isFalse();
    }
}
