package dev.greenops.app.cli;

import dev.greenops.model.common.InvalidInputException;
import dev.greenops.model.common.ProgressListener;
import dev.greenops.model.imports.ImportOptions;
import dev.greenops.model.intensity.Durations;
import dev.greenops.model.schedule.ForecastSource;
import dev.greenops.model.schedule.JobMetricsCsv;
import dev.greenops.model.schedule.JobMetricsStore;
import dev.greenops.model.schedule.Policy;
import dev.greenops.model.schedule.PolicyComparison;
import dev.greenops.model.schedule.ReplayInputs;
import dev.greenops.model.schedule.ReplayResult;
import dev.greenops.model.schedule.ReplayService;
import dev.greenops.model.schedule.ScheduleSources;
import dev.greenops.model.schedule.SchedulerConfig;
import dev.greenops.model.schedule.SeriesLookup;
import dev.greenops.model.schedule.config.SchedulerFiles;
import dev.greenops.model.store.Workspace;
import dev.greenops.views.common.ChartExport;
import dev.greenops.views.scheduler.SchedulerCharts;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code greenops schedule}: replays the carbon-aware scheduler over real intensity data, headless (CLI.md). */
@Command(
        name = "schedule",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = {
            "Replay the carbon-aware scheduler over measured grid intensity and write one ESG record per job run.",
            "",
            "Each submission in [--from, --to) is decided as the policy would have decided it then, and costed over the"
                    + " run as it happened (the intensity integrated over the run). Hard-deadline jobs are never"
                    + " deferred. With --workspace the records are also saved to its job_metrics table under a replay id.",
            "",
        },
        footer = {
            "",
            "--json prints the summary: {\"policy\", \"jobs\", \"deferred\" (dispatched after submission, forced ones"
                    + " included), \"forced\", \"neverDeferredHard\", \"savedKg\", \"baselineKg\", \"actualKg\","
                    + " \"avgDelayH\" (mean over all runs), ...}; with --compare (or --png) the same keys, plus"
                    + " \"policies\" (each policy's summary) and \"comparison\" (per job group) beside them.",
            "",
            "Exit codes: 0 ok, 2 bad input (nothing written; also when the intensity covers none of the job runs"
                    + " of the period), 3 internal error (a bug)."
        })
public final class ScheduleCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--config", required = true, paramLabel = "FILE", description = "carbon-aware-scheduler.yaml")
    Path config;

    @Option(names = "--jobs", required = true, paramLabel = "FILE", description = "jobs.yaml")
    Path jobs;

    static final class Source {
        @Option(names = "--workspace", paramLabel = "FILE", description = "Read intensity from this DuckDB workspace.")
        String workspace;

        @Option(names = "--intensity", paramLabel = "FILE", arity = "1..*",
                description = "Read intensity from these files (any format greenops import reads).")
        List<Path> intensity;
    }

    @ArgGroup(exclusive = true, multiplicity = "1")
    Source source;

    @Option(names = "--from", required = true, paramLabel = "T", description = "First submission time (ISO-8601; bare = UTC).")
    String from;

    @Option(names = "--to", required = true, paramLabel = "T", description = "End of the period, exclusive.")
    String to;

    @Option(names = "--policy", paramLabel = "POLICY", defaultValue = "threshold",
            description = "threshold (default), threshold-fallback, optimal, oracle or immediate.")
    String policy;

    @Option(names = "--forecast", paramLabel = "SOURCE",
            description = "Override the configuration's forecast source: perfect, persistence-24h or file.")
    String forecast;

    @Option(names = "--region", paramLabel = "ZONE", description = "What-if: replay every job on this zone's series.")
    String region;

    @Option(names = "--out", paramLabel = "FILE", description = "Write the records as job_metrics.csv.")
    Path out;

    @Option(names = "--json", description = "Print JSON instead of the human summary.")
    boolean json;

    @Option(names = "--compare", description = "Replay every policy and compare them per job group.")
    boolean compare;

    @Option(names = "--png", paramLabel = "FILE", description = "Write the policy comparison chart as PNG (implies --compare).")
    Path png;

    @Override
    public Integer call() throws Exception {
        Policy chosen = Policy.fromId(policy).orElseThrow(() -> usage("--policy " + policy,
                "unknown policy '" + policy + "'", "one of " + ids(Policy.values())));
        Instant start = time("--from", from);
        Instant end = time("--to", to);
        if (!end.isAfter(start)) {
            throw usage("--to " + to, "the period is empty: --to is not after --from", "a --to later than --from");
        }
        OutputFile.refuseFolder(out, "a writable file for job_metrics.csv");
        OutputFile.refuseFolder(png, "a writable file for the PNG");
        readable(config, "carbon-aware-scheduler.yaml");
        readable(jobs, "jobs.yaml");
        if (source.intensity != null) {
            for (Path f : source.intensity) {
                readable(f, "an intensity file");
            }
        }
        SchedulerConfig cfg = SchedulerFiles.readConfig(config);
        if (forecast != null) {
            ForecastSource f = ForecastSource.fromId(forecast).orElseThrow(() -> usage("--forecast " + forecast,
                    "unknown forecast source '" + forecast + "'", "perfect, persistence-24h or file"));
            if (f == ForecastSource.FILE && cfg.forecast().file() == null) {
                throw usage("--forecast file", "the configuration names no forecast file", "forecast.file in " + config);
            }
            cfg = cfg.withForecast(cfg.forecast().withSource(f));
        }
        SchedulerFiles.JobsFile jobsFile = SchedulerFiles.readJobs(jobs, cfg);
        ProgressListener progress = CliProgress.forStderr();
        // the replay reads the workspace's intensity: a workspace that is not there has none (and is not created)
        Workspace ws = source.workspace != null ? Workspace.openExisting(source.workspace) : null;
        try {
            SeriesLookup lookup = ws != null
                    ? ScheduleSources.workspace(ws)
                    // a file that does not name its zone is filed under the --region zone, if one is given
                    : ScheduleSources.files(source.intensity, new ImportOptions(java.util.Optional.ofNullable(blank(region))),
                            progress);
            boolean all = compare || png != null;
            ReplayService.Outcome outcome = ReplayService.run(cfg, jobsFile, blank(region), start, end, chosen,
                    all ? List.of(Policy.values()) : List.of(chosen), lookup, progress);
            ReplayInputs.Resolved in = outcome.inputs();
            PolicyComparison comparison = outcome.comparison();
            ReplayResult result = outcome.result();
            CliProgress.clear(progress);
            if (result.summary().jobs() == 0 && result.summary().skipped() > 0) {
                throw nothingReplayed(in, start, end, result.summary().skipped());
            }
            PrintWriter err = spec.commandLine().getErr();
            for (String note : in.notes()) {
                err.println("greenops: warning: " + note);
            }
            for (String w : result.warnings()) {
                err.println("greenops: warning: " + w);
            }
            if (png != null) {
                System.setProperty("java.awt.headless", "true");
                var chart = SchedulerCharts.policyComparison(comparison, "Saving against immediate dispatch, "
                        + LocalDay.of(start) + " – " + LocalDay.of(end.minusSeconds(1)) + " (" + cfg.forecast().source().id()
                        + " forecasts)", SchedulerCharts.Style.LIGHT);
                OutputFile.write(png, "a writable file for the PNG", f -> ChartExport.savePng(chart, f, 1200, 700));
            }
            if (out != null) {
                OutputFile.write(out, "a writable file for job_metrics.csv", f -> JobMetricsCsv.write(result.records(), f));
            }
            String replayId = null;
            if (ws != null) {
                replayId = JobMetricsStore.replayId(chosen, start, end, Instant.now());
                JobMetricsStore.save(ws, replayId, result.records(), progress);
                CliProgress.clear(progress);
            }
            PrintWriter o = spec.commandLine().getOut();
            if (json) {
                o.println(ScheduleOutput.json(all ? comparison : null, result, comparison.results().get(Policy.ORACLE)));
            } else {
                o.print(ScheduleOutput.human(result, comparison.results().get(Policy.ORACLE), all ? comparison : null));
                if (out != null) {
                    o.println("records         " + out);
                }
                if (replayId != null) {
                    o.println("saved as        job_metrics replay '" + replayId + "' in " + ws);
                }
                if (png != null) {
                    o.println("chart           " + png);
                }
            }
            o.flush();
            return ExitCode.OK;
        } finally {
            if (ws != null) {
                ws.close();
            }
        }
    }

    /**
     * Every submission was skipped because no series covers its window: a replay of nothing is not a result (a script
     * would read {@code savedKg: 0} as a measured zero), so it is bad input naming the intensity source and the range
     * it covers against the range asked. Nothing is written.
     */
    private InvalidInputException nothingReplayed(ReplayInputs.Resolved in, Instant start, Instant end, int skipped)
            throws Exception {
        String asked = start + " to " + end;
        String what = "none of the " + skipped + " job runs submitted from " + asked + " could be replayed";
        String expected = "intensity covering --from to --to and each job's deferral window and run";
        List<dev.greenops.model.common.Problem> problems = new java.util.ArrayList<>();
        java.util.Set<String> regions = new java.util.LinkedHashSet<>();
        in.series().values().forEach(s -> regions.add(s.region()));
        if (source.intensity != null) {
            ImportOptions options = new ImportOptions(java.util.Optional.ofNullable(blank(region)));
            for (Path f : source.intensity) {
                // the lookup merged the files; read each again to say which one holds what (this is the error path)
                java.util.Set<String> covers = new java.util.LinkedHashSet<>();
                for (var s : dev.greenops.model.intensity.IntensityFiles.read(f, options)) {
                    if (s.forecastIssuedAt() == null && regions.contains(s.region())) {
                        covers.add(s.region() + " from " + s.start() + " to " + s.end());
                    }
                }
                if (!covers.isEmpty() || source.intensity.size() == 1) {
                    problems.add(dev.greenops.model.common.Problem.error(f.toString(), 0, 0, (covers.isEmpty()
                            ? "holds no series for " + String.join(", ", regions)
                            : "covers " + String.join("; ", covers)) + ", but " + what, expected));
                }
            }
        }
        if (problems.isEmpty()) {
            List<String> covers = new java.util.ArrayList<>();
            in.series().forEach((r, s) -> covers.add(r + (s.size() == 0 ? " nothing"
                    : " from " + s.timeAt(0) + " to " + s.end())));
            String file = source.workspace != null ? source.workspace : String.valueOf(source.intensity);
            problems.add(dev.greenops.model.common.Problem.error(file, 0, 0,
                    "intensity read: " + String.join("; ", covers) + ", but " + what, expected));
        }
        return new InvalidInputException(problems);
    }

    /** A UTC day for titles. */
    private static final class LocalDay {
        static String of(Instant t) {
            return t.atZone(java.time.ZoneOffset.UTC).toLocalDate().toString();
        }
    }

    private static void readable(Path file, String expected) throws InvalidInputException {
        if (!java.nio.file.Files.isRegularFile(file)) {
            throw InvalidInputException.of(file.toString(), 0, 0,
                    java.nio.file.Files.exists(file) ? "not a file" : "no such file", expected);
        }
        if (!java.nio.file.Files.isReadable(file)) {
            throw InvalidInputException.of(file.toString(), 0, 0, "not readable", expected);
        }
    }

    private static String blank(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    private static Instant time(String option, String text) throws InvalidInputException {
        try {
            return Durations.parseInstant(text);
        } catch (IllegalArgumentException e) {
            throw usage(option + " " + text, e.getMessage().replaceFirst(" \\(expected.*$", ""),
                    "an ISO-8601 time such as 2023-01-01 or 2023-01-01T02:00Z (bare times are UTC)");
        }
    }

    private static InvalidInputException usage(String what, String message, String expected) {
        return InvalidInputException.of(what, 0, 0, message, expected);
    }

    private static String ids(Policy[] values) {
        return Arrays.stream(values).map(Policy::id).collect(Collectors.joining(", "));
    }
}
