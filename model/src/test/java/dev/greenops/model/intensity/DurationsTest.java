package dev.greenops.model.intensity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class DurationsTest {

    @Test
    void cli_durations_parse_in_every_documented_form() {
        assertThat(Durations.parse("90m")).isEqualTo(Duration.ofMinutes(90));
        assertThat(Durations.parse("6h")).isEqualTo(Duration.ofHours(6));
        assertThat(Durations.parse("PT6H")).isEqualTo(Duration.ofHours(6));
        assertThat(Durations.parse("1h30m")).isEqualTo(Duration.ofMinutes(90));
        assertThat(Durations.parse("2d")).isEqualTo(Duration.ofDays(2));
        assertThatThrownBy(() -> Durations.parse("soon")).hasMessageContaining("expected e.g. 90m");
    }

    @Test
    void a_bare_time_is_utc_and_an_offset_is_honoured() {
        assertThat(Durations.parseInstant("2023-06-01")).isEqualTo(Instant.parse("2023-06-01T00:00:00Z"));
        assertThat(Durations.parseInstant("2023-06-01T09:30")).isEqualTo(Instant.parse("2023-06-01T09:30:00Z"));
        assertThat(Durations.parseInstant("2023-06-01T11:30+02:00")).isEqualTo(Instant.parse("2023-06-01T09:30:00Z"));
        assertThat(Durations.parseInstant("2023-06-01T09:30:00Z")).isEqualTo(Instant.parse("2023-06-01T09:30:00Z"));
    }

    @Test
    void durations_format_for_people() {
        assertThat(Durations.format(Duration.ofMinutes(90))).isEqualTo("1 h 30 min");
        assertThat(Durations.format(Duration.ofMinutes(15))).isEqualTo("15 min");
    }
}
