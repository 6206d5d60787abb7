package dev.greenops.views.scheduler;

import dev.greenops.views.common.Errors;
import dev.greenops.views.common.Fmt;
import dev.greenops.model.common.InvalidInputException;
import dev.greenops.model.intensity.IntensitySeries;
import dev.greenops.model.schedule.ForecastSource;
import dev.greenops.model.schedule.JobMetricsCsv;
import dev.greenops.model.schedule.JobRecord;
import dev.greenops.model.schedule.Policy;
import dev.greenops.model.schedule.PolicyComparison;
import dev.greenops.model.schedule.RecordExplanation;
import dev.greenops.model.schedule.ReplayResult;
import dev.greenops.model.schedule.ReplaySummary;
import dev.greenops.model.schedule.SavedReplay;
import dev.greenops.model.schedule.SchedulerConfig;
import dev.greenops.model.schedule.SeriesLookup;
import dev.greenops.model.schedule.config.SchedulerFiles.JobsFile;
import dev.greenops.model.store.Workspace;
import dev.greenops.views.common.TaskRunner;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.function.Supplier;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The Scheduler screen's state: the configuration and jobs files (with the analyst's overrides), the replay under every
 * policy (run as one background task), the chosen policy's records, the dashboard tiles, the policy comparison and the
 * selected record's arithmetic. Calls model services only; never touches a Node.
 */
public final class SchedulerViewModel {

    /** The sample quarter of the bundled data (COMMON facts): the default replay period. */
    public static final LocalDate SAMPLE_FROM = LocalDate.of(2026, 8, 1);
    public static final LocalDate SAMPLE_TO = LocalDate.of(2026, 10, 31);


    private final TaskRunner tasks;
    /** The files and the analyst's overrides. */
    private final SchedulerSettings settings = new SchedulerSettings();
    private final Supplier<Workspace> workspace;
    private final Function<Workspace, SeriesLookup> lookups;


    private final ObjectProperty<Policy> policy = new SimpleObjectProperty<>(Policy.THRESHOLD);
    private final ObjectProperty<LocalDate> from = new SimpleObjectProperty<>(SAMPLE_FROM);
    private final ObjectProperty<LocalDate> to = new SimpleObjectProperty<>(SAMPLE_TO);
    private final StringProperty regionOverride = new SimpleStringProperty("");
    private final BooleanProperty saveToWorkspace = new SimpleBooleanProperty(true);

    private final ReadOnlyObjectWrapper<PolicyComparison> comparison = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<ReplayResult> result = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<IntensitySeries> curve = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<TimelineData> timeline = new ReadOnlyObjectWrapper<>();
    private final ObservableList<JobRecord> records = FXCollections.observableArrayList();
    private final ObservableList<PolicyComparison.Row> policyRows = FXCollections.observableArrayList();
    private final ObservableList<String> policyGroups = FXCollections.observableArrayList();
    private final ObjectProperty<String> policyGroup = new SimpleObjectProperty<>(PolicyComparison.ALL);
    private final ObjectProperty<JobRecord> selected = new SimpleObjectProperty<>();
    private final ReadOnlyStringWrapper explanation = new ReadOnlyStringWrapper("");

    private final ReadOnlyStringWrapper savedTile = new ReadOnlyStringWrapper("–");
    private final ReadOnlyStringWrapper savedDetail = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper deferredTile = new ReadOnlyStringWrapper("–");
    private final ReadOnlyStringWrapper deferredDetail = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper reductionTile = new ReadOnlyStringWrapper("–");
    private final ReadOnlyStringWrapper reductionDetail = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper delayTile = new ReadOnlyStringWrapper("–");
    private final ReadOnlyStringWrapper delayDetail = new ReadOnlyStringWrapper("");
    private final ObservableList<ReplayTiles.MonthSaving> savedPerMonth = FXCollections.observableArrayList();

    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper error = new ReadOnlyBooleanWrapper(false);
    private final ObservableList<String> warnings = FXCollections.observableArrayList();
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyStringWrapper savedReplayId = new ReadOnlyStringWrapper("");


    /**
     * @param lookups how to find intensity series in a workspace (region or grid zone, period)
     */
    public SchedulerViewModel(TaskRunner tasks, Supplier<Workspace> workspace, Function<Workspace, SeriesLookup> lookups) {
        this.tasks = tasks;
        this.workspace = workspace;
        this.lookups = lookups;
        selected.addListener((obs, old, now) ->
                explanation.set(now == null ? "" : String.join("\n", explain(now))));
        policy.addListener((obs, old, now) -> showPolicy());
        // a cancelled task calls neither callback: when the runner stops, the screen is ready again
        tasks.runningProperty().addListener((obs, was, running) -> {
            if (!running && busy.get()) {
                busy.set(false);
                if (message.get().startsWith("Replaying")) {
                    info("Replay cancelled; nothing was saved.");
                }
            }
        });
        policyGroup.addListener((obs, old, now) -> showGroup());
    }

    /** Points at the bundled sample files, if they can be found, and reads them. */
    public void useSampleFiles() {
        if (settings.pointAtSampleFiles()) {
            loadFiles();
        }
    }

    /** Reads both files; on errors keeps what was loaded before and says what is wrong, line by line. */
    public boolean loadFiles() {
        SchedulerSettings.Outcome o = settings.load();
        if (o.ok()) {
            info(o.text());
        } else {
            fail(o.text());
        }
        return o.ok();
    }

    /** The configuration with the analyst's overrides applied (null before the files are read). */
    public SchedulerConfig effectiveConfig() {
        return settings.effectiveConfig();
    }

    /** Replays every policy over the period (one background task), then shows the chosen one and saves its records. */
    public void replay() {
        SchedulerConfig config = effectiveConfig();
        JobsFile jf = settings.jobs.get();
        Workspace ws = workspace.get();
        if (config == null || jf == null) {
            fail("Read a configuration and a jobs file first.");
            return;
        }
        if (ws == null) {
            fail("Open a workspace with intensity data first.");
            return;
        }
        if (settings.forecast.get() == ForecastSource.FILE && config.forecast().file() == null) {
            fail("The forecast source 'file' needs a forecast file: add forecast: { source: file, file: ... } to "
                    + settings.configFile.get().getFileName() + ".");
            return;
        }
        LocalDate f = from.get();
        LocalDate t = to.get();
        if (f == null || t == null || t.isBefore(f)) {
            fail("Choose a period: the first day must not be after the last.");
            return;
        }
        Instant start = f.atStartOfDay().toInstant(ZoneOffset.UTC);
        Instant end = t.plusDays(1).atStartOfDay().toInstant(ZoneOffset.UTC);
        String override = regionOverride.get() == null || regionOverride.get().isBlank() ? null : regionOverride.get().strip();
        Policy chosen = policy.get();
        boolean save = saveToWorkspace.get();
        busy.set(true);
        info("Replaying " + f + " to " + t + " under every policy…");
        tasks.run("Scheduler replay", progress -> ReplayLoads.replay(config, jf, override, start, end, chosen,
                lookups.apply(ws), save ? ws : null, progress), this::show, error -> {
            busy.set(false);
            fail(describe(error));
        });
    }

    /**
     * Shows the latest replay saved in the workspace (its tiles and records), so the screen opens on what the workspace
     * holds rather than on empty tiles. Does nothing once a replay has run here, or when none was saved.
     */
    public void loadSaved() {
        Workspace ws = workspace.get();
        if (ws == null || comparison.get() != null) {
            return;
        }
        JobsFile jf = settings.jobs.get();
        tasks.run("Reading the latest saved replay", progress -> ReplayLoads.latest(ws, lookups.apply(ws), jf),
                loaded -> loaded.ifPresent(this::showSaved), error -> fail(describe(error)));
    }

    private void showSaved(ReplayLoads.Loaded loaded) {
        if (comparison.get() != null || busy.get()) {
            return; // a replay ran (or is running) meanwhile: it is newer than anything saved
        }
        SavedReplay saved = loaded.saved();
        savedReplayId.set(saved.replayId());
        policy.set(saved.policy());
        records.setAll(saved.records());
        selected.set(null);
        tiles(ReplayTiles.of(saved.policy(), saved.records(), saved.summary()));
        curve.set(loaded.timeline().curve());
        timeline.set(loaded.timeline());
        info("Showing the latest replay saved in this workspace, '" + saved.replayId() + "': "
                + Fmt.count(saved.records().size()) + " job runs under " + saved.policy().id() + ", submitted "
                + Fmt.utc(saved.firstSubmission()) + " to " + Fmt.utc(saved.lastSubmission())
                + ". Press Replay to recompute the reasons and compare the policies.");
    }

    private void show(ReplayLoads.Replayed o) {
        busy.set(false);
        comparison.set(o.comparison());
        curve.set(o.curve());
        savedReplayId.set(o.replayId() == null ? "" : o.replayId());
        policyGroups.setAll(o.comparison().groups());
        showPolicy();
        showGroup();
        List<String> w = new ArrayList<>(o.notes());
        w.addAll(o.comparison().results().values().iterator().next().warnings());
        warnings.setAll(w.stream().distinct().toList());
        ReplaySummary s = result.get().summary();
        info("Replayed " + Fmt.count(s.jobs()) + " job runs under every policy"
                + (o.replayId() == null ? "." : "; the " + policy.get().id() + " records are saved in the workspace as '"
                        + o.replayId() + "'.")
                + (warnings.isEmpty() ? "" : " " + warnings.size() + " warning" + (warnings.size() == 1 ? "" : "s") + "."));
    }

    private void showPolicy() {
        PolicyComparison c = comparison.get();
        if (c == null) {
            return;
        }
        ReplayResult r = c.results().get(policy.get());
        result.set(r);
        timeline.set(ReplayLoads.timeline(r, curve.get()));
        records.setAll(r.records());
        selected.set(null);
        tiles(ReplayTiles.of(r));
    }

    private void showGroup() {
        PolicyComparison c = comparison.get();
        if (c == null) {
            return;
        }
        String g = policyGroup.get() == null ? PolicyComparison.ALL : policyGroup.get();
        policyRows.setAll(c.rows(g));
    }

    private void tiles(ReplayTiles t) {
        savedPerMonth.setAll(t.months());
        savedTile.set(t.saved());
        savedDetail.set(t.savedDetail());
        deferredTile.set(t.deferred());
        deferredDetail.set(t.deferredDetail());
        reductionTile.set(t.reduction());
        reductionDetail.set(t.reductionDetail());
        delayTile.set(t.delay());
        delayDetail.set(t.delayDetail());
    }

    /**
     * Writes the shown records as job_metrics CSV (a background task): a fresh replay's chosen policy, or the replay
     * read back from the workspace, in the columns and number format of {@code greenops schedule --out}.
     */
    public void exportCsv(Path file) {
        if (records.isEmpty()) {
            fail("Run a replay first: there are no records to export.");
            return;
        }
        List<JobRecord> rows = List.copyOf(records);
        String from = result.get() == null && !savedReplayId.get().isEmpty()
                ? " (read back from job_metrics '" + savedReplayId.get() + "')" : "";
        tasks.run("Export job records", progress -> {
            JobMetricsCsv.write(rows, file);
            return file;
        }, f -> info("Wrote " + Fmt.count(rows.size()) + " job records" + from + " to " + f + "."),
                e -> fail("Could not write " + file + ": " + describe(e)));
    }

    private void info(String text) {
        error.set(false);
        message.set(text);
    }

    private void fail(String text) {
        error.set(true);
        message.set(text);
    }

    static String describe(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && !(t instanceof InvalidInputException)) {
            t = t.getCause();
        }
        if (t instanceof InvalidInputException invalid) {
            return Errors.text(invalid);
        }
        return t.getMessage() == null ? t.getClass().getSimpleName() : Errors.forScreen(t.getMessage());
    }

    public ObjectProperty<Path> configFileProperty() {
        return settings.configFile;
    }

    public ObjectProperty<Path> jobsFileProperty() {
        return settings.jobsFile;
    }

    public ReadOnlyObjectProperty<SchedulerConfig> fileConfigProperty() {
        return settings.fileConfig.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<JobsFile> jobsProperty() {
        return settings.jobs.getReadOnlyProperty();
    }

    public ObservableList<JobRow> jobRows() {
        return settings.jobRows;
    }

    public DoubleProperty thresholdProperty() {
        return settings.threshold;
    }

    public ObjectProperty<Duration> reevaluateProperty() {
        return settings.reevaluate;
    }

    public ObjectProperty<ForecastSource> forecastProperty() {
        return settings.forecast;
    }

    public IntegerProperty maxConcurrentProperty() {
        return settings.maxConcurrent;
    }

    public ObjectProperty<Policy> policyProperty() {
        return policy;
    }

    public ObjectProperty<LocalDate> fromProperty() {
        return from;
    }

    public ObjectProperty<LocalDate> toProperty() {
        return to;
    }

    public StringProperty regionOverrideProperty() {
        return regionOverride;
    }

    public BooleanProperty saveToWorkspaceProperty() {
        return saveToWorkspace;
    }

    public ReadOnlyObjectProperty<PolicyComparison> comparisonProperty() {
        return comparison.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<ReplayResult> resultProperty() {
        return result.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<IntensitySeries> curveProperty() {
        return curve.getReadOnlyProperty();
    }

    /** What the timeline draws: the fresh replay's chosen policy, or the replay read back; null before either. */
    public ReadOnlyObjectProperty<TimelineData> timelineProperty() {
        return timeline.getReadOnlyProperty();
    }

    public ObservableList<JobRecord> records() {
        return records;
    }

    public ObservableList<PolicyComparison.Row> policyRows() {
        return policyRows;
    }

    public ObservableList<String> policyGroups() {
        return policyGroups;
    }

    public ObjectProperty<String> policyGroupProperty() {
        return policyGroup;
    }

    public ObjectProperty<JobRecord> selectedProperty() {
        return selected;
    }

    public ReadOnlyStringProperty explanationProperty() {
        return explanation.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty savedTileProperty() {
        return savedTile.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty savedDetailProperty() {
        return savedDetail.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty deferredTileProperty() {
        return deferredTile.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty deferredDetailProperty() {
        return deferredDetail.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty reductionTileProperty() {
        return reductionTile.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty reductionDetailProperty() {
        return reductionDetail.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty delayTileProperty() {
        return delayTile.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty delayDetailProperty() {
        return delayDetail.getReadOnlyProperty();
    }

    public ObservableList<ReplayTiles.MonthSaving> savedPerMonth() {
        return savedPerMonth;
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    /** Whether {@link #messageProperty()} reports a problem (rather than what happened). */
    public ReadOnlyBooleanProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    public ObservableList<String> warnings() {
        return warnings;
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty savedReplayIdProperty() {
        return savedReplayId.getReadOnlyProperty();
    }

    /**
     * The record retold ({@link RecordExplanation}), with the saving to one decimal after its arithmetic: the record
     * quotes the whole percent job_metrics keeps (the reference's format), under which −0.4% reads 0%.
     */
    static java.util.List<String> explain(JobRecord r) {
        java.util.List<String> lines = new java.util.ArrayList<>(RecordExplanation.lines(r));
        Double pct = SavingFigures.savingPct(r);
        if (pct != null) {
            int at = 0;
            while (at < lines.size() && !lines.get(at).startsWith("Saved:")) {
                at++;
            }
            String line = "To one decimal: " + Fmt.savingPercent(pct, SavingFigures.PCT_DECIMALS)
                    + " of the baseline (the records table's Saving %; job_metrics keeps the whole percent, as the"
                    + " reference publishes it).";
            lines.add(Math.min(at + 1, lines.size()), line);
        }
        return lines;
    }
}
