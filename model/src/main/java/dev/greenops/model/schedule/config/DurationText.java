package dev.greenops.model.schedule.config;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Durations as people write them: {@code 90m}, {@code 6h}, {@code 1h30m}, {@code 1.5h}, {@code 2d}, or ISO {@code PT6H}. */
public final class DurationText {

    public static final String EXPECTED = "a duration like 30m, 6h, 1h30m or PT6H";

    private static final Pattern PART = Pattern.compile("(\\d+(?:\\.\\d+)?)\\s*(d|h|m|min|s)", Pattern.CASE_INSENSITIVE);

    private DurationText() {}

    /** @throws IllegalArgumentException naming the text and what was expected */
    public static Duration parse(String text) {
        String t = text == null ? "" : text.strip();
        if (t.toUpperCase(Locale.ROOT).startsWith("P")) {
            try {
                return Duration.parse(t.toUpperCase(Locale.ROOT));
            } catch (DateTimeParseException e) {
                throw new IllegalArgumentException("'" + t + "' is not a duration (expected " + EXPECTED + ")");
            }
        }
        Matcher m = PART.matcher(t);
        int pos = 0;
        BigDecimal seconds = BigDecimal.ZERO;
        while (pos < t.length() && m.find(pos) && m.start() == pos) {
            BigDecimal n = new BigDecimal(m.group(1));
            long unit = switch (m.group(2).toLowerCase(Locale.ROOT)) {
                case "d" -> 86_400;
                case "h" -> 3_600;
                case "m", "min" -> 60;
                default -> 1;
            };
            seconds = seconds.add(n.multiply(BigDecimal.valueOf(unit)));
            pos = m.end();
            while (pos < t.length() && t.charAt(pos) == ' ') {
                pos++;
            }
        }
        if (t.isEmpty() || pos != t.length()) {
            throw new IllegalArgumentException("'" + t + "' is not a duration (expected " + EXPECTED + ")");
        }
        return Duration.ofMillis(seconds.movePointRight(3).longValue());
    }

    /** The short form: {@code 6h}, {@code 30m}, {@code 1h30m}, {@code 2d}. */
    public static String format(Duration d) {
        long s = d.getSeconds();
        if (s == 0) {
            return "0m";
        }
        StringBuilder out = new StringBuilder();
        if (s % 86_400 == 0) {
            return s / 86_400 + "d";
        }
        if (s >= 3600) {
            out.append(s / 3600).append('h');
            s %= 3600;
        }
        if (s >= 60) {
            out.append(s / 60).append('m');
            s %= 60;
        }
        if (s > 0) {
            out.append(s).append('s');
        }
        return out.toString();
    }
}
