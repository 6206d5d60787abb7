package dev.greenops.model.schedule.config;

import dev.greenops.model.common.InvalidInputException;
import dev.greenops.model.common.Problem;
import dev.greenops.model.imports.FileHead;
import dev.greenops.model.intensity.Durations;
import dev.greenops.model.schedule.ForecastSource;
import dev.greenops.model.schedule.Job;
import dev.greenops.model.schedule.SchedulerConfig;
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


    private SchedulerFiles() {}

    /** Where each job was defined (the line of its entry), for messages that come later (a missing series, ...). */
    public record JobsFile(String fileName, List<Job> jobs, Map<String, Integer> lines) {
        public JobsFile {
            jobs = List.copyOf(jobs);
            lines = Map.copyOf(lines);
        }
    }

    public static SchedulerConfig readConfig(Path file) throws IOException, InvalidInputException {
        String text = text(file, "carbon-aware-scheduler.yaml");
        Path base = file.toAbsolutePath().getParent();
        return parseConfig(file.toString(), text, base);
    }

    /** The file as UTF-8 text; binary data or another encoding is bad input naming the file, not a crash. */
    private static String text(Path file, String what) throws IOException, InvalidInputException {
        byte[] bytes = Files.readAllBytes(file);
        // empty, UTF-16 or binary is a problem of the whole file: FILE:0:0, as the importers say it
        Optional<Problem> notText = FileHead.notText(file.toString(), bytes, what + " as YAML text");
        if (notText.isPresent()) {
            throw new InvalidInputException(notText.get());
        }
        java.nio.ByteBuffer in = java.nio.ByteBuffer.wrap(bytes);
        java.nio.CharBuffer out = java.nio.CharBuffer.allocate(bytes.length);
        java.nio.charset.CoderResult result = StandardCharsets.UTF_8.newDecoder().decode(in, out, true);
        if (result.isError()) {
            // point at the first byte that is not UTF-8 (a Latin-1 'ü' in a comment on line 5 is reported there)
            int bad = in.position();
            int line = 1;
            int lineStart = 0;
            for (int i = 0; i < bad; i++) {
                if (bytes[i] == '\n') {
                    line++;
                    lineStart = i + 1;
                }
            }
            int column = new String(bytes, lineStart, bad - lineStart, StandardCharsets.UTF_8).length() + 1;
            throw InvalidInputException.of(file.toString(), line, column,
                    String.format("the file is not UTF-8 text: byte 0x%02X here is not UTF-8", bytes[bad] & 0xff),
                    what + " as YAML text in UTF-8");
        }
        return out.flip().toString();
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
        OptionalDouble threshold = f.number("threshold_g_per_kwh", true, 0, true, JobReader.MAX_G_PER_KWH,
                "a number of g/kWh, 0 to 10,000");
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
                    ? List.of(Problem.error(fileName, 0, 0, "incomplete configuration", ""))
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
        return parseJobs(file.toString(), text(file, "jobs.yaml"), config);
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
}
