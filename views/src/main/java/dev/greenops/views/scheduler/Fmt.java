package dev.greenops.views.scheduler;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Numbers with their unit, thousands separators, and no more digits than the figures carry. */
final class Fmt {

    static final DateTimeFormatter WHEN =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm", Locale.ROOT).withZone(ZoneOffset.UTC);

    private Fmt() {}

    static String num(double v, int decimals) {
        if (Double.isNaN(v)) {
            return "–";
        }
        String s = String.format(Locale.US, "%,." + decimals + "f", v);
        return s.matches("-0(\\.0*)?") ? s.substring(1) : s;
    }

    static String kg(double v) {
        return num(v, Math.abs(v) >= 100 ? 1 : 3) + " kg CO2e";
    }

    static String pct(Double v, int decimals) {
        return v == null ? "–" : num(v, decimals) + "%";
    }

    static String hours(double h) {
        return num(h, 1) + " h";
    }

    static String when(Instant t) {
        return t == null ? "" : WHEN.format(t);
    }
}
