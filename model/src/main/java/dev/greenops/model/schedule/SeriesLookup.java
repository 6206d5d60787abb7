package dev.greenops.model.schedule;

import dev.greenops.model.common.InvalidInputException;
import dev.greenops.model.intensity.IntensitySeries;
import java.time.Instant;
import java.util.Optional;

/** Finds the measured intensity series of a region (or grid zone) over a period; empty when there is none. */
@FunctionalInterface
public interface SeriesLookup {
    Optional<IntensitySeries> find(String regionOrZone, Instant from, Instant to) throws Exception;

    /** Thrown by lookups that know why a region has no data (the message is for the user). */
    static InvalidInputException unknown(String what, String reason, String expected) {
        return InvalidInputException.of(what, 0, 0, reason, expected);
    }
}
