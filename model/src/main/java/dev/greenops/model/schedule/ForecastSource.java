package dev.greenops.model.schedule;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** Where a policy's view of the future comes from. */
public enum ForecastSource {
    /** The measured series itself (within the horizon): what a perfect forecast would have said. */
    PERFECT("perfect"),
    /** Yesterday's same hour: an honest stand-in for a real forecast, known at decision time. */
    PERSISTENCE_24H("persistence-24h"),
    /** Forecast series read from a file (the latest issued at or before each decision). */
    FILE("file");

    private final String id;

    ForecastSource(String id) {
        this.id = id;
    }

    public String id() {
        return id;
    }

    public static Optional<ForecastSource> fromId(String text) {
        String t = text == null ? "" : text.strip().toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(s -> s.id.equals(t)).findFirst();
    }

    @Override
    public String toString() {
        return id;
    }
}
