package dev.greenops.model.intensity;

import java.util.Objects;

/**
 * Which series to prefer when a region has several: the signal and basis asked for come first, then measured over
 * forecast, then the most points, then the newest import.
 */
public record SeriesPreference(Signal signal, Basis basis) {

    /** Average, direct: the location-based figure ledgers report. */
    public static final SeriesPreference DEFAULT = new SeriesPreference(Signal.AVERAGE, Basis.DIRECT);

    public SeriesPreference {
        Objects.requireNonNull(signal, "signal");
        Objects.requireNonNull(basis, "basis");
    }
}
