package dev.greenops.model.schedule.config;

import dev.greenops.model.intensity.Durations;
import dev.greenops.model.schedule.HardJob;
import dev.greenops.model.schedule.Job;
import dev.greenops.model.schedule.Schedule;
import dev.greenops.model.schedule.SchedulerConfig;
import dev.greenops.model.schedule.SoftJob;
import dev.greenops.model.schedule.config.LocatedYaml.ScalarNode;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.regex.Pattern;

/** Reads one entry of jobs.yaml into a {@link HardJob} or {@link SoftJob}, reporting every problem of it. */
record JobReader(Fields f, SchedulerConfig config) {

    private static final Pattern ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._:/-]*");
    private static final Duration MAX_DEFERRAL = Duration.ofDays(31);

    // upper bounds catch typos and wrong units (Wh for kWh, W for kW); no real job comes near them
    static final double MAX_HOURS = 8_760;
    static final double MAX_KWH = 10_000_000;
    static final double MAX_KW = 100_000;
    static final double MAX_G_PER_KWH = 10_000;

    Optional<Job> read() {
        int before = problemsMarker();
        Optional<String> id = f.string("id", true, "a job id such as train-rec-v3");
        id.filter(s -> !ID.matcher(s).matches()).ifPresent(s -> f.errorAtKey("id", "job id '" + s + "' has spaces or"
                + " symbols", "letters, digits and . _ : / -"));
        Optional<String> deadline = f.string("deadline", true, "hard or soft");
        boolean hard = deadline.map("hard"::equals).orElse(false);
        if (deadline.isPresent() && !hard && !deadline.get().equals("soft")) {
            f.errorAtKey("deadline", "unknown deadline '" + deadline.get() + "'", "hard (never deferred) or soft");
        }
        Schedule schedule = schedule();
        String region = region();
        OptionalDouble duration = f.number("duration_estimate_hours", true, 0, false, MAX_HOURS,
                "hours, more than 0 and at most 8,760, a year");
        OptionalDouble energy = energy(duration);
        String description = f.string("description", false, "text").orElse("");
        String framework = f.string("framework", false, "text, e.g. pytorch").orElse("");
        if (hard) {
            for (String key : List.of("max_deferral", "carbon_window", "allow_migration")) {
                if (f.has(key)) {
                    f.errorAtKey(key, "a hard job is never deferred or moved, so it takes no " + key,
                            "no " + key + ", or deadline: soft");
                }
            }
        }
        SoftWindow window = hard ? null : softWindow(region);
        if (problemsMarker() != before || id.isEmpty() || deadline.isEmpty() || schedule == null || region == null
                || duration.isEmpty() || energy.isEmpty() || (!hard && window == null)) {
            return Optional.empty();
        }
        if (hard) {
            return Optional.of(new HardJob(id.get(), description, framework, region, schedule,
                    duration.getAsDouble(), energy.getAsDouble()));
        }
        return Optional.of(new SoftJob(id.get(), description, framework, region, schedule, duration.getAsDouble(),
                energy.getAsDouble(), window.maxDeferral(), window.threshold(), window.migrateTo()));
    }

    /** Fields appends to the file's shared problem list; its size tells whether this job added any. */
    private int problemsMarker() {
        return f.problemCount();
    }

    private Schedule schedule() {
        boolean hasSchedule = f.has("schedule");
        boolean hasOnce = f.has("submitted_at");
        if (hasSchedule == hasOnce) {
            if (hasSchedule) {
                f.errorAtKey("submitted_at", "both schedule and submitted_at are set", "one of them");
            } else {
                f.missing("schedule", "schedule (e.g. \"weekly SUN 02:00\", \"daily 01:00\", \"monthly 1 00:00\")"
                        + " or submitted_at (an ISO time)");
            }
            return null;
        }
        if (hasOnce) {
            String expected = "an ISO-8601 time like 2026-08-01T02:00Z (a bare time is UTC)";
            String text = f.string("submitted_at", true, expected).orElse(null);
            try {
                return text == null ? null : new Schedule.Once(Durations.parseInstant(text));
            } catch (IllegalArgumentException e) {
                f.errorAtKey("submitted_at", "submitted_at '" + text + "' is not a time", expected);
                return null;
            }
        }
        String text = f.string("schedule", true, "a schedule").orElse(null);
        if (text == null) {
            return null;
        }
        try {
            return Schedule.parse(text);
        } catch (IllegalArgumentException e) {
            String m = e.getMessage();
            int cut = m.indexOf(" (expected ");
            f.error(f.entry("schedule").orElseThrow().value(), cut < 0 ? m : m.substring(0, cut),
                    cut < 0 ? "" : m.substring(cut + 11, m.length() - 1));
            return null;
        }
    }

    private String region() {
        if (!f.has("region")) {
            return config.regions().getFirst();
        }
        String r = f.string("region", true, "a region id").orElse(null);
        if (r != null && !config.regions().contains(r)) {
            f.errorAtKey("region", "region " + r + " is not one of the scheduler's regions",
                    "one of " + String.join(", ", config.regions()));
            return null;
        }
        return r;
    }

    private OptionalDouble energy(OptionalDouble duration) {
        boolean e = f.has("energy_kwh");
        boolean p = f.has("power_kw");
        if (e == p) {
            if (e) {
                f.errorAtKey("power_kw", "both energy_kwh and power_kw are set", "one of them");
            } else {
                f.missing("energy_kwh", "energy_kwh (per run) or power_kw (average draw)");
            }
            return OptionalDouble.empty();
        }
        if (e) {
            return f.number("energy_kwh", true, 0, true, MAX_KWH, "kWh per run, 0 to 10,000,000");
        }
        OptionalDouble kw = f.number("power_kw", true, 0, true, MAX_KW, "kW, 0 to 100,000");
        if (kw.isEmpty() || duration.isEmpty()) {
            return OptionalDouble.empty();
        }
        return OptionalDouble.of(kw.getAsDouble() * duration.getAsDouble());
    }

    private record SoftWindow(Duration maxDeferral, OptionalDouble threshold, List<String> migrateTo) {}

    private SoftWindow softWindow(String home) {
        Optional<Duration> maxDeferral = f.duration("max_deferral", false);
        OptionalDouble threshold = OptionalDouble.empty();
        Optional<Duration> timeout = Optional.empty();
        List<String> preference = new ArrayList<>();
        boolean hasPreference = false;
        Optional<Fields> window = f.nested("carbon_window", SchedulerFiles.WINDOW_KEYS);
        if (window.isPresent()) {
            Fields w = window.get();
            threshold = w.number("max_intensity_g_co2e_per_kwh", true, 0, true, MAX_G_PER_KWH,
                    "a number of g/kWh, 0 to 10,000");
            OptionalDouble hours = w.number("timeout_hours", false, 0, true, MAX_HOURS, "hours, 0 to 8,760, a year");
            if (hours.isPresent()) {
                timeout = Optional.of(Duration.ofSeconds(Math.round(hours.getAsDouble() * 3600)));
            }
            Optional<List<ScalarNode>> prefs = w.strings("region_preference", "a list of region ids");
            hasPreference = prefs.isPresent();
            for (ScalarNode r : prefs.orElse(List.of())) {
                if (!config.regions().contains(r.text())) {
                    w.error(r, "region " + r.text() + " is not one of the scheduler's regions",
                            "one of " + String.join(", ", config.regions()));
                } else if (preference.contains(r.text())) {
                    w.error(r, "region " + r.text() + " is listed twice", "each region once");
                } else {
                    preference.add(r.text());
                }
            }
        }
        if (maxDeferral.isPresent() && timeout.isPresent() && !maxDeferral.get().equals(timeout.get())) {
            f.errorAtKey("max_deferral", "max_deferral " + Durations.format(maxDeferral.get())
                    + " and carbon_window.timeout_hours " + Durations.format(timeout.get()) + " disagree",
                    "one of them, or the same window in both");
        }
        Duration deferral = maxDeferral.orElse(timeout.orElse(null));
        if (deferral == null && !f.has("max_deferral")) {
            f.missing("max_deferral", "how long this soft job may wait, e.g. max_deferral: 6h"
                    + " (or carbon_window.timeout_hours)");
            return null;
        }
        if (deferral != null && deferral.compareTo(MAX_DEFERRAL) > 0) {
            f.errorAtKey(f.has("max_deferral") ? "max_deferral" : "carbon_window",
                    "a window of " + Durations.format(deferral) + " is longer than the replay supports",
                    "at most 31d");
        }
        Optional<Boolean> allow = f.bool("allow_migration");
        List<String> migrateTo;
        if (allow.isPresent() && !allow.get()) {
            if (hasPreference) {
                f.errorAtKey("allow_migration", "allow_migration is false but carbon_window.region_preference"
                        + " lists regions", "allow_migration: true, or no region_preference");
            }
            migrateTo = List.of();
        } else if (hasPreference) {
            migrateTo = preference;
        } else if (allow.orElse(false)) {
            migrateTo = config.regions().stream().filter(r -> !r.equals(home)).toList();
        } else {
            migrateTo = List.of();
        }
        return deferral == null ? null : new SoftWindow(deferral, threshold, migrateTo);
    }
}
