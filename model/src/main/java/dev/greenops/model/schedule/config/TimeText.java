package dev.greenops.model.schedule.config;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;

/** ISO-8601 instants as CLI.md has them: a bare date or time is UTC ({@code 2023-01-01}, {@code 2023-01-01T02:00}). */
public final class TimeText {

    public static final String EXPECTED = "an ISO-8601 time like 2023-01-01, 2023-01-01T02:00 or 2023-01-01T02:00:00Z";

    private TimeText() {}

    /** @throws IllegalArgumentException naming the text and what was expected */
    public static Instant parse(String text) {
        String t = text == null ? "" : text.strip();
        try {
            return OffsetDateTime.parse(t).toInstant();
        } catch (DateTimeParseException ignored) {
            // not with an offset: try the bare forms
        }
        try {
            return LocalDateTime.parse(t.replace(' ', 'T')).toInstant(ZoneOffset.UTC);
        } catch (DateTimeParseException ignored) {
            // not a bare date-time
        }
        try {
            return LocalDate.parse(t).atStartOfDay().toInstant(ZoneOffset.UTC);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("'" + t + "' is not a time (expected " + EXPECTED + ")");
        }
    }
}
