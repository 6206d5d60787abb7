package dev.greenops.model.intensity;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Durations and times as people type them on the command line (CLI.md): {@code 90m}, {@code 6h}, {@code 1h30m},
 * {@code PT6H}; ISO-8601 times where a bare time (no offset) is UTC.
 */
public final class Durations {

    private static final Pattern SHORT = Pattern.compile("(?i)(?:(\\d+)d)?\\s*(?:(\\d+)h)?\\s*(?:(\\d+)m(?:in)?)?\\s*(?:(\\d+)s)?");

    private Durations() {}

    /** Parses {@code 90m}, {@code 6h}, {@code 1h30m}, {@code 2d}, {@code 45s} or ISO-8601 {@code PT6H}. */
    public static Duration parse(String text) {
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException("a duration is empty (expected e.g. 90m, 6h or PT6H)");
        }
        String t = text.strip();
        if (t.toUpperCase(Locale.ROOT).startsWith("P")) {
            try {
                return Duration.parse(t.toUpperCase(Locale.ROOT));
            } catch (DateTimeParseException e) {
                throw new IllegalArgumentException("'" + text + "' is not a duration (expected e.g. 90m, 6h or PT6H)");
            }
        }
        Matcher m = SHORT.matcher(t);
        if (!m.matches() || (m.group(1) == null && m.group(2) == null && m.group(3) == null && m.group(4) == null)) {
            throw new IllegalArgumentException("'" + text + "' is not a duration (expected e.g. 90m, 6h or PT6H)");
        }
        Duration d = Duration.ZERO;
        if (m.group(1) != null) {
            d = d.plusDays(Long.parseLong(m.group(1)));
        }
        if (m.group(2) != null) {
            d = d.plusHours(Long.parseLong(m.group(2)));
        }
        if (m.group(3) != null) {
            d = d.plusMinutes(Long.parseLong(m.group(3)));
        }
        if (m.group(4) != null) {
            d = d.plusSeconds(Long.parseLong(m.group(4)));
        }
        return d;
    }

    /** A short human form: {@code 15 min}, {@code 6 h}, {@code 1 h 30 min}, {@code 2 d 3 h}. */
    public static String format(Duration d) {
        if (d.isZero()) {
            return "0 min";
        }
        StringBuilder out = new StringBuilder();
        long days = d.toDays();
        int hours = d.toHoursPart();
        int minutes = d.toMinutesPart();
        int seconds = d.toSecondsPart();
        if (days > 0) {
            out.append(days).append(" d");
        }
        if (hours > 0) {
            out.append(out.isEmpty() ? "" : " ").append(hours).append(" h");
        }
        if (minutes > 0) {
            out.append(out.isEmpty() ? "" : " ").append(minutes).append(" min");
        }
        if (seconds > 0) {
            out.append(out.isEmpty() ? "" : " ").append(seconds).append(" s");
        }
        return out.toString();
    }

    /**
     * Parses an ISO-8601 time; a bare date or date-time without an offset is UTC ({@code 2023-06-01},
     * {@code 2023-06-01T09:30}, {@code 2023-06-01T09:30:00Z}, {@code 2023-06-01T11:30+02:00}).
     */
    public static Instant parseInstant(String text) {
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException("a time is empty (expected ISO-8601, e.g. 2023-06-01T00:00Z)");
        }
        String t = text.strip().replace(' ', 'T');
        try {
            return OffsetDateTime.parse(t).toInstant();
        } catch (DateTimeParseException ignored) {
            // try the forms without an offset next
        }
        try {
            return Instant.parse(t);
        } catch (DateTimeParseException ignored) {
            // a bare local date-time is UTC
        }
        try {
            return LocalDateTime.parse(t).toInstant(ZoneOffset.UTC);
        } catch (DateTimeParseException ignored) {
            // maybe a bare date
        }
        try {
            return LocalDate.parse(t).atStartOfDay().toInstant(ZoneOffset.UTC);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException(
                    "'" + text + "' is not a time (expected ISO-8601, e.g. 2023-06-01 or 2023-06-01T09:30Z; bare times are UTC)");
        }
    }
}
