package dev.greenops.model.common;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ProblemTest {

    @Test
    void a_file_problem_reads_file_line_column_reason_and_expectation() {
        assertThat(Problem.error("a.csv", 3, 14, "energy_kwh is \"abc\"", "a decimal >= 0").format())
                .isEqualTo("a.csv:3:14: energy_kwh is \"abc\" (expected a decimal >= 0)");
        assertThat(Problem.error("a.csv", 0, 0, "no such file", "").format()).isEqualTo("a.csv:0:0: no such file");
        assertThat(Problem.warning("a.csv", 2, 1, "odd", "").format()).isEqualTo("a.csv:2:1: warning: odd");
    }

    @Test
    void an_option_problem_names_the_option_without_a_line_and_column() {
        assertThat(Problem.error("--duration", 0, 0, "'soon' is not a duration", "e.g. 90m").format())
                .isEqualTo("--duration: 'soon' is not a duration (expected e.g. 90m)");
        assertThat(Problem.error("--region europe-west3", 0, 0, "no intensity", "").format())
                .isEqualTo("--region europe-west3: no intensity");
    }
}
