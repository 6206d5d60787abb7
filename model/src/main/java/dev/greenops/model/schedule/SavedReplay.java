package dev.greenops.model.schedule;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * A replay read back from the workspace's {@code job_metrics} table. The table keeps each run's decision and figures,
 * not the scheduler's reasons, so every record's {@link JobRecord.Trace} says {@link JobRecord.Cause#READ_BACK} and
 * carries no run length, threshold or point values (NaN): what was saved is shown, nothing is guessed.
 *
 * @param replayId the {@code replay_id} the rows were saved under
 * @param policy the policy of the saved records
 * @param records the saved runs, in submission order
 */
public record SavedReplay(String replayId, Policy policy, List<JobRecord> records) {

    public SavedReplay {
        Objects.requireNonNull(replayId, "replayId");
        Objects.requireNonNull(policy, "policy");
        records = List.copyOf(records);
        if (records.isEmpty()) {
            throw new IllegalArgumentException("a saved replay has at least one record");
        }
    }

    /** The first submission of the replay. */
    public Instant firstSubmission() {
        return records.getFirst().submittedAt();
    }

    /** The last submission of the replay. */
    public Instant lastSubmission() {
        return records.getLast().submittedAt();
    }

    /** The totals, computed from the saved rows exactly as a fresh replay's are. */
    public ReplaySummary summary() {
        return ReplaySummary.of(policy, records, 0);
    }
}
