package dev.greenops.model.trail;

import java.time.Instant;
import java.util.Objects;

/** A verified time at which the signature existed, and who vouches for it. */
public record SignedTime(Instant time, Source source) {

    public enum Source {
        /** The log's integrated time, bound by its signed entry timestamp. */
        TRANSPARENCY_LOG,
        /** An RFC 3161 timestamp from a timestamp authority in the trusted root. */
        TIMESTAMP_AUTHORITY
    }

    public SignedTime {
        Objects.requireNonNull(time, "time");
        Objects.requireNonNull(source, "source");
    }
}
