package dev.greenops.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** The help every command prints: a one-sentence summary first (it is the line `greenops --help` lists) and the exit codes. */
class HelpTextTest {

    static List<CommandLine> everyCommand() {
        CommandLine root = Cli.commandLine();
        List<CommandLine> all = new ArrayList<>();
        all.add(root);
        all.addAll(root.getSubcommands().values().stream().distinct().toList());
        return all;
    }

    @Test
    void every_command_s_first_help_line_is_one_complete_sentence() {
        for (CommandLine cl : everyCommand()) {
            String[] description = cl.getCommandSpec().usageMessage().description();
            assertThat(description).as(cl.getCommandName()).isNotEmpty();
            String first = description[0];
            assertThat(first).as(cl.getCommandName())
                    .matches("[A-Z][^\\n]*[a-z)]\\.")           // a capital to a full stop, on one line
                    .doesNotContain(". ").doesNotContain("; ")   // and no second sentence glued on
                    .doesNotContain("--");                       // a summary, not option details
        }
    }

    @Test
    void every_command_s_help_ends_with_its_exit_codes_including_window_and_profile() {
        for (CommandLine cl : everyCommand()) {
            String footer = String.join("\n", cl.getCommandSpec().usageMessage().footer());
            assertThat(footer).as(cl.getCommandName()).contains("Exit codes: 0 ").contains(" 2 ")
                    .contains("3 internal error (a bug)");
        }
        CliTest.Run window = CliTest.run("window", "--help");
        assertThat(window.code()).isZero();
        assertThat(window.out()).contains("Exit codes: 0 ok, 2 bad input").contains("Example: greenops window");
        CliTest.Run profile = CliTest.run("profile", "--help");
        assertThat(profile.out()).contains("Exit codes: 0 ok, 2 bad input").contains("Example: greenops profile");
    }

    @Test
    void the_command_list_shows_each_summary_whole() {
        CliTest.Run r = CliTest.run("--help");
        String unwrapped = r.out().replaceAll("\\n\\s+(?=[a-z(])", " "); // picocli wraps summaries at 80 columns
        for (CommandLine cl : everyCommand().subList(1, everyCommand().size())) {
            String summary = cl.getCommandSpec().usageMessage().description()[0];
            assertThat(unwrapped).as(cl.getCommandName()).contains(cl.getCommandName() + " ").contains(summary);
        }
    }
}
