package dev.greenops.model.ledger.sample;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Objects;

/**
 * One invented resource of the sample fleet and the work it does.
 *
 * @param count accelerators on the resource
 * @param load how busy it is over a day (and on which days)
 * @param powerShare average draw as a share of TDP while busy
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

    /** A job at a fixed UTC start, on the days {@code days} says, running {@code hours}. */
    record Scheduled(Days days, int startHour, double hours) implements Load {
        @Override
        public boolean activeOn(LocalDate day) {
            return days.matches(day);
        }
    }

    /** A job that uses exactly {@code facilityKwh} per run (measured), at a fixed UTC start. */
    record FixedEnergy(Days days, int startHour, double facilityKwh) implements Load {
        @Override
        public boolean activeOn(LocalDate day) {
            return days.matches(day);
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

    /** Which days a scheduled job runs. */
    sealed interface Days {
        boolean matches(LocalDate day);
    }

    record Daily() implements Days {
        @Override
        public boolean matches(LocalDate day) {
            return true;
        }
    }

    record Weekly(DayOfWeek on) implements Days {
        @Override
        public boolean matches(LocalDate day) {
            return day.getDayOfWeek() == on;
        }
    }

    record Monthly(int dayOfMonth) implements Days {
        @Override
        public boolean matches(LocalDate day) {
            return day.getDayOfMonth() == dayOfMonth;
        }
    }
}
