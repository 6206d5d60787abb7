package dev.greenops.model.schedule;

import java.time.Duration;

/** A hard-deadline job: dispatched at submission, always. It has no window, threshold or migration to configure. */
public record HardJob(
        String id, String description, String framework, String region, Schedule schedule, double durationHours,
        double energyKwh)
        implements Job {

    public HardJob {
        Job.validateCommon(id, region, schedule, durationHours, energyKwh);
        description = description == null ? "" : description;
        framework = framework == null ? "" : framework;
    }

    @Override
    public JobClass jobClass() {
        return JobClass.HARD;
    }

    @Override
    public Duration maxDeferral() {
        return Duration.ZERO;
    }

    @Override
    public HardJob withRegion(String newRegion) {
        return new HardJob(id, description, framework, newRegion, schedule, durationHours, energyKwh);
    }
}
