package dev.greenops.views.intensity;

import java.text.NumberFormat;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** How the intensity screen writes numbers and times: units always, thousands separators, at most two decimals. */
public final class Figures {

    private static final DateTimeFormatter HM = DateTimeFormatter.ofPattern("HH:mm").withZone(ZoneOffset.UTC);
    private static final DateTimeFormatter DAY_HM = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ZoneOffset.UTC);

    private Figures() {}

    /** {@code 1,234.57 g/kWh}; two decimals at most (the published series carry two). */
    public static String gPerKwh(double value) {
        return Double.isNaN(value) ? "no data" : number(value, 2) + " g/kWh";
    }

    public static String number(double value, int maxDecimals) {
        NumberFormat f = NumberFormat.getNumberInstance(Locale.US);
        f.setGroupingUsed(true);
        f.setMaximumFractionDigits(maxDecimals);
        f.setMinimumFractionDigits(0);
        return f.format(value);
    }

    public static String hm(Instant t) {
        return HM.format(t);
    }

    /** {@code 24:00} for the end of a day rather than {@code 00:00}. */
    public static String endHm(Instant end, Instant dayStart) {
        return Duration.between(dayStart, end).equals(Duration.ofDays(1)) ? "24:00" : HM.format(end);
    }

    public static String dayHm(Instant t) {
        return DAY_HM.format(t) + " UTC";
    }

    public static String length(Duration d) {
        return dev.greenops.model.intensity.Durations.format(d);
    }
}
