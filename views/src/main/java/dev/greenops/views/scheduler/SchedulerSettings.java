package dev.greenops.views.scheduler;

import dev.greenops.model.common.InvalidInputException;
import dev.greenops.model.schedule.ForecastSource;
import dev.greenops.model.schedule.SchedulerConfig;
import dev.greenops.model.schedule.SchedulerSamplePart;
import dev.greenops.model.schedule.config.SchedulerFiles;
import dev.greenops.model.schedule.config.SchedulerFiles.JobsFile;
import dev.greenops.model.store.AppPaths;
import dev.greenops.views.common.Errors;
import java.nio.file.Path;
import java.time.Duration;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The Scheduler screen's inputs: the configuration and jobs files as read, and the analyst's overrides of the
 * configuration for a what-if (threshold, re-evaluation, forecast source, concurrency). Part of
 * {@link SchedulerViewModel}, which exposes these properties; never touches a Node.
 */
final class SchedulerSettings {

    final ObjectProperty<Path> configFile = new SimpleObjectProperty<>();
    final ObjectProperty<Path> jobsFile = new SimpleObjectProperty<>();
    final ReadOnlyObjectWrapper<SchedulerConfig> fileConfig = new ReadOnlyObjectWrapper<>();
    final ReadOnlyObjectWrapper<JobsFile> jobs = new ReadOnlyObjectWrapper<>();
    final ObservableList<JobRow> jobRows = FXCollections.observableArrayList();

    final DoubleProperty threshold = new SimpleDoubleProperty(80);
    final ObjectProperty<Duration> reevaluate = new SimpleObjectProperty<>(SchedulerConfig.DEFAULT_REEVALUATE);
    final ObjectProperty<ForecastSource> forecast = new SimpleObjectProperty<>(ForecastSource.PERSISTENCE_24H);
    final IntegerProperty maxConcurrent = new SimpleIntegerProperty(SchedulerConfig.DEFAULT_MAX_CONCURRENT);

    /** What reading the files gave: a sentence for the message line, and whether it is a problem. */
    record Outcome(boolean ok, String text) {}

    /** Points at the bundled sample files; false when they cannot be found. */
    boolean pointAtSampleFiles() {
        return AppPaths.sampleDataDir().map(dir -> {
            Path d = dir.resolve(SchedulerSamplePart.DIR);
            configFile.set(d.resolve(SchedulerSamplePart.CONFIG_FILE));
            jobsFile.set(d.resolve(SchedulerSamplePart.JOBS_FILE));
            return true;
        }).orElse(false);
    }

    /** Reads both files; on errors keeps what was loaded before and says what is wrong, line by line. */
    Outcome load() {
        Path c = configFile.get();
        Path j = jobsFile.get();
        if (c == null || j == null) {
            return new Outcome(false, "Choose a carbon-aware-scheduler.yaml and a jobs.yaml.");
        }
        try {
            SchedulerConfig config = SchedulerFiles.readConfig(c);
            JobsFile jf = SchedulerFiles.readJobs(j, config);
            fileConfig.set(config);
            jobs.set(jf);
            threshold.set(config.thresholdGPerKwh());
            reevaluate.set(config.reevaluateEvery());
            forecast.set(config.forecast().source());
            maxConcurrent.set(config.maxConcurrentDispatches());
            jobRows.setAll(jf.jobs().stream().map(JobRow::of).toList());
            return new Outcome(true, "Read " + jf.jobs().size() + " jobs from " + j.getFileName() + ".");
        } catch (InvalidInputException e) {
            return new Outcome(false, Errors.text(e));
        } catch (java.io.IOException e) {
            return new Outcome(false, "Cannot read " + (e instanceof java.nio.file.NoSuchFileException
                    ? e.getMessage() + " (no such file)" : e.getMessage()));
        }
    }

    /** The configuration with the analyst's overrides applied (null before the files are read). */
    SchedulerConfig effectiveConfig() {
        SchedulerConfig c = fileConfig.get();
        if (c == null) {
            return null;
        }
        SchedulerConfig.Forecast f = forecast.get() == ForecastSource.FILE && c.forecast().file() == null
                ? c.forecast()
                : c.forecast().withSource(forecast.get());
        return c.withThreshold(threshold.get()).withReevaluateEvery(reevaluate.get()).withForecast(f)
                .withMaxConcurrentDispatches(Math.max(1, maxConcurrent.get()));
    }
}
