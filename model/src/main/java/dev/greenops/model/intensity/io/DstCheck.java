package dev.greenops.model.intensity.io;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.zone.ZoneOffsetTransition;
import java.time.zone.ZoneRules;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Recognises times written as local clock times of a zone with daylight saving: when the clocks go back an hour
 * repeats (duplicate times), when they go forward an hour is skipped (a gap). Both look like data errors; saying what
 * they really are saves the analyst an afternoon.
 */
final class DstCheck {

    /** Zones whose rules cover most grid data people export (EU, GB, North America, Australia, New Zealand). */
    private static final List<ZoneId> ZONES = List.of(
            ZoneId.of("Europe/Berlin"),
            ZoneId.of("Europe/London"),
            ZoneId.of("America/New_York"),
            ZoneId.of("America/Chicago"),
            ZoneId.of("America/Denver"),
            ZoneId.of("America/Los_Angeles"),
            ZoneId.of("Australia/Sydney"),
            ZoneId.of("Pacific/Auckland"));

    private DstCheck() {}

    /** Explains duplicate times (read as local wall-clock times) that fall in a zone's repeated hour. */
    static Optional<String> explainRepeats(List<Instant> duplicated) {
        for (Instant t : duplicated) {
            LocalDateTime local = LocalDateTime.ofInstant(t, ZoneOffset.UTC);
            List<String> zones = matching(local, true);
            if (!zones.isEmpty()) {
                return Optional.of("the times look like local clock times with daylight saving (" + String.join(", ", zones)
                        + "): " + local + " appears twice where the clocks go back an hour");
            }
        }
        return Optional.empty();
    }

    /** Explains gaps (their first missing time, read as local wall-clock time) that fall in a zone's skipped hour. */
    static Optional<String> explainSkips(List<Instant> gapStarts) {
        for (Instant t : gapStarts) {
            LocalDateTime local = LocalDateTime.ofInstant(t, ZoneOffset.UTC);
            List<String> zones = matching(local, false);
            if (!zones.isEmpty()) {
                return Optional.of("the times look like local clock times with daylight saving (" + String.join(", ", zones)
                        + "): " + local + " is missing where the clocks go forward an hour");
            }
        }
        return Optional.empty();
    }

    private static List<String> matching(LocalDateTime local, boolean overlap) {
        List<String> out = new ArrayList<>();
        for (ZoneId zone : ZONES) {
            ZoneRules rules = zone.getRules();
            ZoneOffsetTransition tr = rules.getTransition(local);
            if (tr != null && tr.isOverlap() == overlap) {
                out.add(zone.getId());
            }
        }
        return out;
    }
}
