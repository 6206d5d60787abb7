package dev.greenops.model.schedule;

import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.OptionalDouble;

/**
 * A flexible job: it may wait up to {@code maxDeferral} after submission for a low-carbon window.
 *
 * @param thresholdGPerKwh this job's own threshold (the {@code carbon_window} form), else the scheduler's
 * @param migrationRegions regions it may run in instead of its home region, in order of preference (empty = never
 *     migrates)
 */
public record SoftJob(
        String id,
        String description,
        String framework,
        String region,
        Schedule schedule,
        double durationHours,
        double energyKwh,
        Duration maxDeferral,
        OptionalDouble thresholdGPerKwh,
        List<String> migrationRegions)
        implements Job {

    public SoftJob {
        Job.validateCommon(id, region, schedule, durationHours, energyKwh);
        Objects.requireNonNull(maxDeferral, "maxDeferral");
        if (maxDeferral.isNegative()) {
            throw new IllegalArgumentException("max deferral must not be negative, was " + maxDeferral);
        }
        description = description == null ? "" : description;
        framework = framework == null ? "" : framework;
        thresholdGPerKwh = thresholdGPerKwh == null ? OptionalDouble.empty() : thresholdGPerKwh;
        if (thresholdGPerKwh.isPresent() && !(thresholdGPerKwh.getAsDouble() >= 0)) {
            throw new IllegalArgumentException("threshold must be zero or more g/kWh");
        }
        migrationRegions = List.copyOf(migrationRegions == null ? List.of() : migrationRegions);
        if (migrationRegions.contains(region)) {
            migrationRegions = migrationRegions.stream().filter(r -> !r.equals(region)).toList();
        }
    }

    @Override
    public JobClass jobClass() {
        return JobClass.SOFT;
    }

    public boolean allowsMigration() {
        return !migrationRegions.isEmpty();
    }

    /** This job's threshold: its own, else {@code schedulerThreshold}. */
    public double threshold(double schedulerThreshold) {
        return thresholdGPerKwh.orElse(schedulerThreshold);
    }

    @Override
    public SoftJob withRegion(String newRegion) {
        return new SoftJob(id, description, framework, newRegion, schedule, durationHours, energyKwh, maxDeferral,
                thresholdGPerKwh, migrationRegions);
    }
}
