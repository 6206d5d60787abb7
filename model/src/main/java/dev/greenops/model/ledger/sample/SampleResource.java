package dev.greenops.model.ledger.sample;

import dev.greenops.model.schedule.Job;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Objects;

/**
 * One invented resource of the sample fleet and the work it does.
 *
 * @param count accelerators on the resource
 * @param load how busy it is over a day (and on which days)
 * @param powerShare average draw as a share of TDP while busy; for a {@link SchedulerJob}, whose energy is given, the
 *     most it may draw
 */
record SampleResource(
        String resourceId,
        String jobId,
        String team,
        String owner,
        String modelFamily,
        String model,
        String framework,
        String region,
        String gpuType,
        int count,
        Load load,
        double powerShare,
        String methodology) {

    SampleResource {
        Objects.requireNonNull(load, "load");
        if (count <= 0 || powerShare <= 0 || powerShare > 1) {
            throw new IllegalArgumentException(resourceId + ": bad count or power share");
        }
    }

    /** When and how hard a resource works. */
    sealed interface Load {
        boolean activeOn(LocalDate day);
    }

    /**
     * This resource's share of one of the scheduler's sample jobs (sample-data/scheduler/jobs.yaml): it runs when the
     * job's schedule submits it, for the job's {@code duration_estimate_hours}, and uses {@code facilityKwh} per run, so
     * the ledger's runs and the scheduler's agree by construction. The draw is derived from the energy (it must stay
     * within the resource's {@code powerShare} of TDP).
     *
     * @param facilityKwh this resource's part of the job's {@code energy_kwh}
     */
    record SchedulerJob(Job job, double facilityKwh) implements Load {
        SchedulerJob {
            Objects.requireNonNull(job, "job");
            if (!(facilityKwh > 0)) {
                throw new IllegalArgumentException(job.id() + ": a run needs some energy");
            }
        }

        @Override
        public boolean activeOn(LocalDate day) {
            return start(day) != null;
        }

        /** When the schedule submits the job on {@code day} (UTC), or null when it does not. */
        LocalTime start(LocalDate day) {
            List<Instant> at = job.schedule().occurrences(day.atStartOfDay(ZoneOffset.UTC).toInstant(),
                    day.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant());
            return at.isEmpty() ? null : LocalTime.ofInstant(at.getFirst(), ZoneOffset.UTC);
        }
    }

    /** Online serving, every day, allocated all day, busiest around {@code peakHourUtc}. */
    record Serving(int peakHourUtc) implements Load {
        @Override
        public boolean activeOn(LocalDate day) {
            return true;
        }
    }

    /** Long training, allocated all day on weekdays. */
    record WeekdayTraining() implements Load {
        @Override
        public boolean activeOn(LocalDate day) {
            return day.getDayOfWeek().getValue() <= 5;
        }
    }

    /** Interactive notebooks: some weekdays, office hours, light use. */
    record Notebook() implements Load {
        @Override
        public boolean activeOn(LocalDate day) {
            return day.getDayOfWeek().getValue() <= 5;
        }
    }
}
