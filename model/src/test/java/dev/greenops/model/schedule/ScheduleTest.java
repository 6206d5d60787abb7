package dev.greenops.model.schedule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalTime;
import org.junit.jupiter.api.Test;

class ScheduleTest {

    private static final Instant FROM = Instant.parse("2023-01-01T00:00:00Z");
    private static final Instant TO = Instant.parse("2024-01-01T00:00:00Z");

    @Test
    void a_year_has_365_daily_52_or_53_weekly_and_12_monthly_submissions() {
        assertThat(Schedule.parse("daily 01:00").occurrences(FROM, TO)).hasSize(365)
                .first().isEqualTo(Instant.parse("2023-01-01T01:00:00Z"));
        // 2023 starts and ends on a Sunday: 53 Sundays
        assertThat(Schedule.parse("weekly SUN 02:00").occurrences(FROM, TO)).hasSize(53)
                .last().isEqualTo(Instant.parse("2023-12-31T02:00:00Z"));
        assertThat(Schedule.parse("weekly MON 02:00").occurrences(FROM, TO)).hasSize(52);
        assertThat(Schedule.parse("monthly 1 00:00").occurrences(FROM, TO)).hasSize(12)
                .first().isEqualTo(FROM);
    }

    @Test
    void occurrences_are_half_open_at_the_period_end() {
        Instant to = Instant.parse("2023-01-02T01:00:00Z");
        assertThat(new Schedule.Daily(LocalTime.of(1, 0)).occurrences(FROM, to)).hasSize(1);
    }

    @Test
    void parses_the_text_forms_and_prints_them_back() {
        assertThat(Schedule.parse("weekly sun 2:00")).isEqualTo(new Schedule.Weekly(DayOfWeek.SUNDAY, LocalTime.of(2, 0)));
        assertThat(Schedule.parse("weekly SUN 02:00").text()).isEqualTo("weekly SUN 02:00");
        assertThat(Schedule.parse("monthly 1st 00:00").text()).isEqualTo("monthly 1 00:00");
    }

    @Test
    void a_bad_schedule_says_what_was_expected() {
        assertThatThrownBy(() -> Schedule.parse("fortnightly 02:00")).hasMessageContaining("expected \"daily HH:MM\"");
        assertThatThrownBy(() -> Schedule.parse("weekly SON 02:00")).hasMessageContaining("MON, TUE");
        assertThatThrownBy(() -> Schedule.parse("monthly 31 02:00")).hasMessageContaining("1..28");
        assertThatThrownBy(() -> Schedule.parse("daily 25:00")).hasMessageContaining("HH:MM");
    }
}
