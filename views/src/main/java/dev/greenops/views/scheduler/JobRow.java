package dev.greenops.views.scheduler;

import dev.greenops.views.common.Fmt;
import dev.greenops.model.intensity.Durations;
import dev.greenops.model.schedule.Job;
import dev.greenops.model.schedule.SoftJob;

/** One line of the jobs table: what the job is and whether the scheduler may defer it at all. */
public record JobRow(String id, String schedule, String deadline, String maxDeferral, String threshold, String energy,
        String eligible) {

    static JobRow of(Job job) {
        boolean soft = job instanceof SoftJob;
        String own = job instanceof SoftJob s && s.thresholdGPerKwh().isPresent()
                ? Fmt.gPerKwh(s.thresholdGPerKwh().getAsDouble()) + " (own)"
                : soft ? "scheduler's" : "–";
        return new JobRow(job.id(), job.schedule().text(), job.jobClass().id(),
                soft ? Durations.format(job.maxDeferral()) : "–", own,
                Fmt.withUnit(Fmt.amount(job.energyKwh()), Fmt.KWH) + " in " + Fmt.hours(job.durationHours()),
                soft ? "yes" : "no (hard deadline)");
    }
}
