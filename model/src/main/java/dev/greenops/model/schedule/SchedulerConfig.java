package dev.greenops.model.schedule;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Objects;

/**
 * carbon-aware-scheduler.yaml (DATA-MODEL.md "Configuration files").
 *
 * @param thresholdGPerKwh dispatch when the intensity is at or under this
 * @param reevaluateEvery how often a waiting job is looked at again
 * @param regions the regions this scheduler dispatches to (the first is the default home region)
 * @param maxConcurrentDispatches most flexible-job dispatches at one instant (forced ones included)
 */
public record SchedulerConfig(
        double thresholdGPerKwh,
        Duration reevaluateEvery,
        Forecast forecast,
        List<String> regions,
        int maxConcurrentDispatches) {

    public static final Duration DEFAULT_REEVALUATE = Duration.ofMinutes(30);
    public static final Duration DEFAULT_HORIZON = Duration.ofHours(12);
    public static final int DEFAULT_MAX_CONCURRENT = 2;

    /**
     * @param horizon how far ahead a forecast reaches
     * @param file the forecast file (only for {@link ForecastSource#FILE}), resolved against the config's folder
     */
    public record Forecast(ForecastSource source, Duration horizon, Path file) {
        public Forecast {
            Objects.requireNonNull(source, "source");
            Objects.requireNonNull(horizon, "horizon");
            if (horizon.isNegative() || horizon.isZero()) {
                throw new IllegalArgumentException("forecast horizon must be positive, was " + horizon);
            }
            if ((source == ForecastSource.FILE) != (file != null)) {
                throw new IllegalArgumentException("a forecast file goes with source 'file', and only with it");
            }
        }

        public Forecast withSource(ForecastSource newSource) {
            return new Forecast(newSource, horizon, newSource == ForecastSource.FILE ? file : null);
        }
    }

    public SchedulerConfig {
        Objects.requireNonNull(reevaluateEvery, "reevaluateEvery");
        Objects.requireNonNull(forecast, "forecast");
        regions = List.copyOf(regions);
        if (!(thresholdGPerKwh >= 0) || Double.isInfinite(thresholdGPerKwh)) {
            throw new IllegalArgumentException("threshold must be zero or more g/kWh, was " + thresholdGPerKwh);
        }
        if (reevaluateEvery.compareTo(Duration.ofMinutes(1)) < 0 || reevaluateEvery.compareTo(Duration.ofDays(1)) > 0) {
            throw new IllegalArgumentException("re-evaluation interval must be 1 minute to 24 hours, was " + reevaluateEvery);
        }
        if (regions.isEmpty()) {
            throw new IllegalArgumentException("at least one region is needed");
        }
        if (maxConcurrentDispatches < 1) {
            throw new IllegalArgumentException("max concurrent dispatches must be at least 1, was " + maxConcurrentDispatches);
        }
    }

    public SchedulerConfig withThreshold(double g) {
        return new SchedulerConfig(g, reevaluateEvery, forecast, regions, maxConcurrentDispatches);
    }

    public SchedulerConfig withForecast(Forecast f) {
        return new SchedulerConfig(thresholdGPerKwh, reevaluateEvery, f, regions, maxConcurrentDispatches);
    }

    public SchedulerConfig withReevaluateEvery(Duration d) {
        return new SchedulerConfig(thresholdGPerKwh, d, forecast, regions, maxConcurrentDispatches);
    }

    public SchedulerConfig withMaxConcurrentDispatches(int n) {
        return new SchedulerConfig(thresholdGPerKwh, reevaluateEvery, forecast, regions, n);
    }
}
