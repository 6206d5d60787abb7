package dev.greenops.model.ledger.explore;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import java.util.Locale;

/** The time buckets of a pivot. Weeks are ISO weeks (Monday to Sunday, UTC days). */
public enum TimeGrain {
    DAY("Day"),
    WEEK("Week"),
    MONTH("Month");

    private static final DateTimeFormatter MONTH_LABEL = DateTimeFormatter.ofPattern("MMM yyyy", Locale.ENGLISH);

    private final String title;

    TimeGrain(String title) {
        this.title = title;
    }

    public String title() {
        return title;
    }

    /** The SQL expression of the bucket start of the ledger's {@code date} column, as a DATE. */
    String sqlStart() {
        return "cast(date_trunc('" + name().toLowerCase(Locale.ROOT) + "', date) as date)";
    }

    public LocalDate start(LocalDate day) {
        return switch (this) {
            case DAY -> day;
            case WEEK -> day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
            case MONTH -> day.withDayOfMonth(1);
        };
    }

    /** The last day (inclusive) of the bucket that starts on {@code start}. */
    public LocalDate end(LocalDate start) {
        return switch (this) {
            case DAY -> start;
            case WEEK -> start.plusDays(6);
            case MONTH -> start.with(TemporalAdjusters.lastDayOfMonth());
        };
    }

    /** A short label for axes and tables: 2026-08-14, 2026-W33, Aug 2026. */
    public String label(LocalDate start) {
        return switch (this) {
            case DAY -> start.toString();
            case WEEK -> start.get(IsoFields.WEEK_BASED_YEAR) + "-W"
                    + String.format(Locale.ROOT, "%02d", start.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
            case MONTH -> MONTH_LABEL.format(start);
        };
    }
}
