package dev.greenops.model.schedule;

import java.time.Duration;
import java.util.Objects;

/**
 * A recurring (or one-off) job as jobs.yaml defines it. Sealed: a {@link HardJob} has no deferral window at all, so no
 * policy or setting can defer it; only a {@link SoftJob} ever reaches the deferral logic.
 */
public sealed interface Job permits HardJob, SoftJob {

    String id();

    String description();

    String framework();

    /** The home region (a cloud region such as europe-west3, or a grid zone). */
    String region();

    Schedule schedule();

    double durationHours();

    /** Energy of one run, spread evenly over {@link #durationHours()}. */
    double energyKwh();

    JobClass jobClass();

    /** Longest wait after submission (zero for hard jobs). */
    Duration maxDeferral();

    /** The same job in another home region (the {@code --region} what-if). */
    Job withRegion(String region);

    default Duration duration() {
        return Duration.ofMillis(Math.round(durationHours() * 3_600_000.0));
    }

    static void validateCommon(String id, String region, Schedule schedule, double durationHours, double energyKwh) {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(region, "region");
        Objects.requireNonNull(schedule, "schedule");
        if (id.isBlank()) {
            throw new IllegalArgumentException("job id is blank");
        }
        if (!(durationHours > 0) || Double.isInfinite(durationHours)) {
            throw new IllegalArgumentException("duration must be positive, was " + durationHours + " h");
        }
        if (!(energyKwh >= 0) || Double.isInfinite(energyKwh)) {
            throw new IllegalArgumentException("energy must be zero or more, was " + energyKwh + " kWh");
        }
    }
}
