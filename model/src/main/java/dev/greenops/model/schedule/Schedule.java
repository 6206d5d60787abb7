package dev.greenops.model.schedule;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * When a job is submitted. All times are UTC. Text forms: {@code daily HH:MM}, {@code weekly SUN HH:MM},
 * {@code monthly D HH:MM} (D = 1..28, so every month has it), or a single instant (the {@code submitted_at} key).
 */
public sealed interface Schedule {

    /** Every submission in {@code [from, to)}, in time order. */
    List<Instant> occurrences(Instant from, Instant to);

    /** The text form, as it is written in jobs.yaml. */
    String text();

    record Once(Instant at) implements Schedule {
        public Once {
            Objects.requireNonNull(at, "at");
        }

        @Override
        public List<Instant> occurrences(Instant from, Instant to) {
            return !at.isBefore(from) && at.isBefore(to) ? List.of(at) : List.of();
        }

        @Override
        public String text() {
            return "once " + at;
        }
    }

    record Daily(LocalTime time) implements Schedule {
        public Daily {
            Objects.requireNonNull(time, "time");
        }

        @Override
        public List<Instant> occurrences(Instant from, Instant to) {
            List<Instant> out = new ArrayList<>();
            for (LocalDate d = utcDay(from).minusDays(1); !d.atTime(time).toInstant(ZoneOffset.UTC).isAfter(to); d = d.plusDays(1)) {
                add(out, d.atTime(time).toInstant(ZoneOffset.UTC), from, to);
            }
            return out;
        }

        @Override
        public String text() {
            return "daily " + time;
        }
    }

    record Weekly(DayOfWeek day, LocalTime time) implements Schedule {
        public Weekly {
            Objects.requireNonNull(day, "day");
            Objects.requireNonNull(time, "time");
        }

        @Override
        public List<Instant> occurrences(Instant from, Instant to) {
            List<Instant> out = new ArrayList<>();
            LocalDate d = utcDay(from).minusDays(1);
            while (d.getDayOfWeek() != day) {
                d = d.plusDays(1);
            }
            for (; !d.atTime(time).toInstant(ZoneOffset.UTC).isAfter(to); d = d.plusWeeks(1)) {
                add(out, d.atTime(time).toInstant(ZoneOffset.UTC), from, to);
            }
            return out;
        }

        @Override
        public String text() {
            return "weekly " + day.name().substring(0, 3) + " " + time;
        }
    }

    record Monthly(int dayOfMonth, LocalTime time) implements Schedule {
        public Monthly {
            Objects.requireNonNull(time, "time");
            if (dayOfMonth < 1 || dayOfMonth > 28) {
                throw new IllegalArgumentException("day of month must be 1..28, was " + dayOfMonth);
            }
        }

        @Override
        public List<Instant> occurrences(Instant from, Instant to) {
            List<Instant> out = new ArrayList<>();
            LocalDate first = utcDay(from).withDayOfMonth(1).minusMonths(1);
            for (LocalDate m = first; !m.atTime(time).toInstant(ZoneOffset.UTC).isAfter(to); m = m.plusMonths(1)) {
                add(out, m.withDayOfMonth(dayOfMonth).atTime(time).toInstant(ZoneOffset.UTC), from, to);
            }
            return out;
        }

        @Override
        public String text() {
            return "monthly " + dayOfMonth + " " + time;
        }
    }

    private static LocalDate utcDay(Instant t) {
        return LocalDate.ofInstant(t, ZoneOffset.UTC);
    }

    private static void add(List<Instant> out, Instant t, Instant from, Instant to) {
        if (!t.isBefore(from) && t.isBefore(to)) {
            out.add(t);
        }
    }

    /**
     * Parses {@code daily HH:MM}, {@code weekly DAY HH:MM} (DAY = MON..SUN) or {@code monthly D HH:MM}.
     *
     * @throws IllegalArgumentException with a message saying what was expected
     */
    static Schedule parse(String text) {
        String[] parts = text.strip().split("\\s+");
        String kind = parts[0].toLowerCase(Locale.ROOT);
        try {
            switch (kind) {
                case "daily" -> {
                    if (parts.length == 2) {
                        return new Daily(time(parts[1]));
                    }
                }
                case "weekly" -> {
                    if (parts.length == 3) {
                        return new Weekly(dayOfWeek(parts[1]), time(parts[2]));
                    }
                }
                case "monthly" -> {
                    if (parts.length == 3) {
                        int d;
                        try {
                            d = Integer.parseInt(parts[1].replaceAll("(?i)(st|nd|rd|th)$", ""));
                        } catch (NumberFormatException e) {
                            throw new IllegalArgumentException("'" + parts[1] + "' is not a day of the month (expected 1..28)");
                        }
                        if (d < 1 || d > 28) {
                            throw new IllegalArgumentException(
                                    "day of month " + d + " is not in every month (expected 1..28)");
                        }
                        return new Monthly(d, time(parts[2]));
                    }
                }
                default -> { }
            }
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("'" + text + "' has no valid time of day (expected HH:MM, UTC)");
        }
        throw new IllegalArgumentException("'" + text + "' is not a schedule"
                + " (expected \"daily HH:MM\", \"weekly SUN HH:MM\" or \"monthly 1 HH:MM\", times in UTC)");
    }

    private static LocalTime time(String s) {
        return LocalTime.parse(s.length() == 4 && s.charAt(1) == ':' ? "0" + s : s);
    }

    private static DayOfWeek dayOfWeek(String s) {
        String u = s.toUpperCase(Locale.ROOT);
        for (DayOfWeek d : DayOfWeek.values()) {
            if (u.length() >= 3 && d.name().startsWith(u)) {
                return d;
            }
        }
        throw new IllegalArgumentException("'" + s + "' is not a day of the week (expected MON, TUE, WED, THU, FRI, SAT or SUN)");
    }
}
