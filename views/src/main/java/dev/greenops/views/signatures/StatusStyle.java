package dev.greenops.views.signatures;

import dev.greenops.model.trail.DayStatus;
import java.util.Locale;

/** The style class and short label each day status gets on screen (colour is never the only signal). */
final class StatusStyle {

    static final String BASE = "sig-status";

    private StatusStyle() {}

    /** {@code sig-ok}, {@code sig-missing} or {@code sig-bad}: green, amber, red. */
    static String styleClass(DayStatus s) {
        return switch (s) {
            case VERIFIED -> "sig-ok";
            case MISSING_LEDGER, MISSING_SIGNATURE -> "sig-missing";
            default -> "sig-bad";
        };
    }

    static String label(DayStatus s) {
        return s.name().replace('_', ' ').toLowerCase(Locale.ROOT);
    }
}
