package dev.greenops.model.intensity;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * A window search: a job of {@code duration} that may start at {@code from}, {@code from + step}, ... and must end by
 * {@code to}.
 *
 * @param step how far apart candidate starts are; null = the data's own step
 * @param keepAll whether to return every candidate's average, not just the best ones
 */
public record WindowQuery(Instant from, Instant to, Duration duration, Duration step, boolean keepAll) {

    public WindowQuery {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(duration, "duration");
        if (!to.isAfter(from)) {
            throw new IllegalArgumentException("--to (" + to + ") must be after --from (" + from + ")");
        }
        if (duration.isNegative() || duration.isZero()) {
            throw new IllegalArgumentException("the duration must be positive, was " + duration);
        }
        if (step != null && (step.isNegative() || step.isZero())) {
            throw new IllegalArgumentException("the step must be positive, was " + step);
        }
        if (duration.compareTo(Duration.between(from, to)) > 0) {
            throw new IllegalArgumentException("a " + Durations.format(duration) + " job does not fit between "
                    + from + " and " + to);
        }
    }

    public WindowQuery(Instant from, Instant to, Duration duration) {
        this(from, to, duration, null, false);
    }
}
