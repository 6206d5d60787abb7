package dev.greenops.model.schedule;

import dev.greenops.model.intensity.IntensitySeries;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One replay: the scheduler configuration, the jobs, the period whose submissions are replayed ({@code [from, to)}),
 * the policy, and the measured intensity series by region key (every job's home region and every migration target
 * that has one). {@code forecasts} holds forecast series by region, used when the forecast source is {@code file}.
 */
public record ReplayRequest(
        SchedulerConfig config,
        List<Job> jobs,
        Instant from,
        Instant to,
        Policy policy,
        Map<String, IntensitySeries> series,
        Map<String, List<IntensitySeries>> forecasts) {

    public ReplayRequest {
        Objects.requireNonNull(config, "config");
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(policy, "policy");
        jobs = List.copyOf(jobs);
        series = Map.copyOf(series);
        forecasts = forecasts == null ? Map.of() : Map.copyOf(forecasts);
        if (!from.isBefore(to)) {
            throw new IllegalArgumentException("the replay period is empty: from " + from + " is not before to " + to);
        }
    }

    public ReplayRequest(SchedulerConfig config, List<Job> jobs, Instant from, Instant to, Policy policy,
            Map<String, IntensitySeries> series) {
        this(config, jobs, from, to, policy, series, Map.of());
    }

    public ReplayRequest withPolicy(Policy p) {
        return new ReplayRequest(config, jobs, from, to, p, series, forecasts);
    }

    public ReplayRequest withConfig(SchedulerConfig c) {
        return new ReplayRequest(c, jobs, from, to, policy, series, forecasts);
    }
}
