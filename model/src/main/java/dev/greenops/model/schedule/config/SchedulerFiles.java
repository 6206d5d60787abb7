package dev.greenops.model.schedule.config;

import dev.greenops.model.common.InvalidInputException;
import dev.greenops.model.common.Problem;
import dev.greenops.model.intensity.Durations;
import dev.greenops.model.schedule.ForecastSource;
import dev.greenops.model.schedule.HardJob;
import dev.greenops.model.schedule.Job;
import dev.greenops.model.schedule.Schedule;
import dev.greenops.model.schedule.SchedulerConfig;
import dev.greenops.model.schedule.SoftJob;
import dev.greenops.model.schedule.config.LocatedYaml.ListNode;
import dev.greenops.model.schedule.config.LocatedYaml.Node;
import dev.greenops.model.schedule.config.LocatedYaml.ScalarNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.regex.Pattern;

/**
 * Reads carbon-aware-scheduler.yaml and jobs.yaml (DATA-MODEL.md "Configuration files"). Every problem in a file is
 * reported at once, each with line and column; unknown keys are errors that name the key (and the nearest known one).
 */
public final class SchedulerFiles {

    static final List<String> CONFIG_KEYS =
            List.of("threshold_g_per_kwh", "reevaluate_every", "forecast", "regions", "max_concurrent_dispatches");
    static final List<String> FORECAST_KEYS = List.of("source", "horizon", "file");
    static final List<String> JOB_KEYS = List.of("id", "description", "framework", "region", "schedule",
            "submitted_at", "deadline", "max_deferral", "duration_estimate_hours", "energy_kwh", "power_kw",
            "allow_migration", "carbon_window");
    static final List<String> WINDOW_KEYS =
            List.of("max_intensity_g_co2e_per_kwh", "timeout_hours", "region_preference");

    private static final Pattern ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._:/-]*");
    private static final Duration MAX_DEFERRAL = Duration.ofDays(31);

    private SchedulerFiles() {}

    /** Where each job was defined (the line of its entry), for messages that come later (a missing series, ...). */
    public record JobsFile(String fileName, List<Job> jobs, Map<String, Integer> lines) {
        public JobsFile {
            jobs = List.copyOf(jobs);
            lines = Map.copyOf(lines);
        }
    }

    public static SchedulerConfig readConfig(Path file) throws IOException, InvalidInputException {
        String text = Files.readString(file, StandardCharsets.UTF_8);
        Path base = file.toAbsolutePath().getParent();
        return parseConfig(file.toString(), text, base);
    }

    /** @param baseDir the folder a relative forecast file is resolved against */
    public static SchedulerConfig parseConfig(String fileName, String text, Path baseDir) throws InvalidInputException {
        List<Problem> problems = new ArrayList<>();
        Node root = LocatedYaml.parse(fileName, text);
        Optional<Fields> maybe = Fields.of(fileName, root, "", CONFIG_KEYS, problems);
        if (maybe.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        Fields f = maybe.get();
        OptionalDouble threshold = f.number("threshold_g_per_kwh", true, 0, true, "a number of g/kWh, 0 or more");
        Duration reevaluate = f.duration("reevaluate_every", false).orElse(SchedulerConfig.DEFAULT_REEVALUATE);
        if (f.has("reevaluate_every")
                && (reevaluate.compareTo(Duration.ofMinutes(1)) < 0 || reevaluate.compareTo(Duration.ofDays(1)) > 0)) {
            f.errorAtKey("reevaluate_every", "reevaluate_every " + Durations.format(reevaluate) + " is out of range",
                    "1m to 24h");
        }
        SchedulerConfig.Forecast forecast = forecast(f, baseDir);
        List<String> regions = new ArrayList<>();
        Optional<List<ScalarNode>> regionNodes = f.strings("regions", "a list of region ids, e.g. [europe-west3]");
        regionNodes.ifPresent(list -> {
            for (ScalarNode r : list) {
                if (regions.contains(r.text())) {
                    f.error(r, "region " + r.text() + " is listed twice", "each region once");
                } else {
                    regions.add(r.text());
                }
            }
        });
        if (regionNodes.isPresent() && regionNodes.get().isEmpty()) {
            f.errorAtKey("regions", "regions is empty", "at least one region id");
        }
        if (!f.has("regions")) {
            f.missing("regions", "a list of region ids, e.g. [europe-west3, europe-west1]");
        }
        int maxConcurrent = f.integer("max_concurrent_dispatches", 1, "a whole number, 1 or more")
                .orElse(SchedulerConfig.DEFAULT_MAX_CONCURRENT);
        if (!problems.isEmpty() || threshold.isEmpty() || forecast == null) {
            throw new InvalidInputException(problems.isEmpty()
                    ? List.of(Problem.error(fileName, 1, 1, "incomplete configuration", ""))
                    : problems);
        }
        return new SchedulerConfig(threshold.getAsDouble(), reevaluate, forecast, regions, maxConcurrent);
    }

    private static SchedulerConfig.Forecast forecast(Fields f, Path baseDir) {
        if (!f.has("forecast")) {
            return new SchedulerConfig.Forecast(ForecastSource.PERSISTENCE_24H, SchedulerConfig.DEFAULT_HORIZON, null);
        }
        Optional<Fields> maybe = f.nested("forecast", FORECAST_KEYS);
        if (maybe.isEmpty()) {
            return null;
        }
        Fields ff = maybe.get();
        String expectedSource = "perfect, persistence-24h or file";
        Optional<String> sourceText = ff.string("source", true, expectedSource);
        Optional<ForecastSource> source = sourceText.flatMap(ForecastSource::fromId);
        if (sourceText.isPresent() && source.isEmpty()) {
            ff.error(ff.entry("source").orElseThrow().value(), "unknown forecast source '" + sourceText.get() + "'",
                    expectedSource);
        }
        Duration horizon = ff.duration("horizon", false).orElse(SchedulerConfig.DEFAULT_HORIZON);
        if (ff.has("horizon") && (horizon.isZero() || horizon.isNegative())) {
            ff.errorAtKey("horizon", "horizon must be positive", Fields.DURATION);
        }
        Optional<String> file = ff.string("file", false, "a path to a forecast file");
        if (source.isEmpty()) {
            return null;
        }
        if (source.get() == ForecastSource.FILE && file.isEmpty()) {
            ff.missing("file", "the forecast file's path (source: file reads forecasts from it)");
            return null;
        }
        if (source.get() != ForecastSource.FILE && file.isPresent()) {
            ff.errorAtKey("file", "file is only read with source: file", "no file, or source: file");
            return null;
        }
        Path path = file.map(p -> baseDir == null ? Path.of(p) : baseDir.resolve(p)).orElse(null);
        return new SchedulerConfig.Forecast(source.get(), horizon, path);
    }

    public static JobsFile readJobs(Path file, SchedulerConfig config) throws IOException, InvalidInputException {
        return parseJobs(file.toString(), Files.readString(file, StandardCharsets.UTF_8), config);
    }

    /** Parses jobs.yaml: a list of jobs. Regions are checked against {@code config}'s regions. */
    public static JobsFile parseJobs(String fileName, String text, SchedulerConfig config) throws InvalidInputException {
        List<Problem> problems = new ArrayList<>();
        Node root = LocatedYaml.parse(fileName, text);
        if (!(root instanceof ListNode list)) {
            throw InvalidInputException.of(fileName, root.line(), root.column(), "the file is " + root.describe(),
                    "a list of jobs, each starting with '- id: ...'");
        }
        List<Job> jobs = new ArrayList<>();
        Map<String, Integer> lines = new HashMap<>();
        for (Node item : list.items()) {
            Optional<Fields> f = Fields.of(fileName, item, "", JOB_KEYS, problems);
            if (f.isEmpty()) {
                continue;
            }
            Optional<Job> job = new JobReader(f.get(), config).read();
            job.ifPresent(j -> {
                if (lines.containsKey(j.id())) {
                    f.get().errorAtKey("id", "job id " + j.id() + " is used twice (first at line " + lines.get(j.id()) + ")",
                            "a unique id per job");
                } else {
                    lines.put(j.id(), item.line());
                    jobs.add(j);
                }
            });
        }
        if (list.items().isEmpty()) {
            problems.add(Problem.error(fileName, root.line(), root.column(), "the list of jobs is empty", "at least one job"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        return new JobsFile(fileName, jobs, lines);
    }

    /** One job entry. */
    private record JobReader(Fields f, SchedulerConfig config) {

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
            OptionalDouble duration = f.number("duration_estimate_hours", true, 0, false, "hours, more than 0");
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
                return f.number("energy_kwh", true, 0, true, "kWh per run, 0 or more");
            }
            OptionalDouble kw = f.number("power_kw", true, 0, true, "kW, 0 or more");
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
            Optional<Fields> window = f.nested("carbon_window", WINDOW_KEYS);
            if (window.isPresent()) {
                Fields w = window.get();
                threshold = w.number("max_intensity_g_co2e_per_kwh", true, 0, true, "a number of g/kWh, 0 or more");
                OptionalDouble hours = w.number("timeout_hours", false, 0, true, "hours, 0 or more");
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
}
