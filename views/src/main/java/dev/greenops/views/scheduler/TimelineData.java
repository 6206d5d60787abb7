package dev.greenops.views.scheduler;

import dev.greenops.model.intensity.IntensitySeries;
import dev.greenops.model.schedule.JobRecord;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What the replay timeline draws: the runs, one lane per job, over the period and the intensity curve. Built from a
 * fresh replay (everything known) or from a replay read back from {@code job_metrics}, which stores neither the run
 * lengths, the threshold nor the scheduler's reasons: then {@code runLengths} comes from the jobs file, the threshold is
 * NaN (no line is drawn) and {@code note} says what is missing.
 *
 * @param curve the intensity series under the lanes, or null when the workspace has none for the period
 * @param thresholdGPerKwh the threshold line, NaN when it is not known
 * @param runLengths for read-back records, each job's run length from the jobs file (a fresh record knows its own)
 * @param note what the picture is drawn from and what is missing, empty for a fresh replay with everything
 */
public record TimelineData(List<JobRecord> records, List<String> lanes, Instant from, Instant to,
        IntensitySeries curve, double thresholdGPerKwh, Map<String, Duration> runLengths, String note) {

    /** How a run whose length is not known is drawn: a short mark at its dispatch, so it can still be clicked. */
    static final Duration UNKNOWN_RUN_MARK = Duration.ofMinutes(15);

    public TimelineData {
        records = List.copyOf(records);
        lanes = List.copyOf(lanes);
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        runLengths = Map.copyOf(runLengths);
        Objects.requireNonNull(note, "note");
        if (!from.isBefore(to)) {
            throw new IllegalArgumentException("the timeline's period is empty: " + from + " to " + to);
        }
    }

    /** When {@code r}'s run ended as drawn: its own length, else the jobs file's, else a short mark. */
    Instant runEnd(JobRecord r) {
        if (!Double.isNaN(r.trace().durationH())) {
            return r.runEnd();
        }
        return r.dispatchTs().plus(runLengths.getOrDefault(r.jobId(), UNKNOWN_RUN_MARK));
    }
}
