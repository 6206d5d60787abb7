package dev.greenops.model.trail;

import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * The result of verifying a trail: one {@link DayResult} per expected day, the root and the policy used.
 *
 * @param runId identifies this run in the workspace's {@code verification} table
 */
public record TrailReport(
        String runId,
        Path trailDir,
        TrustRootInfo trustRoot,
        String policy,
        LocalDate from,
        LocalDate to,
        Instant verifiedAt,
        List<DayResult> days,
        List<String> notes) {

    public TrailReport {
        Objects.requireNonNull(runId, "runId");
        Objects.requireNonNull(trailDir, "trailDir");
        Objects.requireNonNull(trustRoot, "trustRoot");
        Objects.requireNonNull(policy, "policy");
        Objects.requireNonNull(verifiedAt, "verifiedAt");
        days = List.copyOf(days);
        notes = List.copyOf(notes);
    }

    public int expected() {
        return days.size();
    }

    public int verified() {
        return (int) days.stream().filter(d -> d.status().isVerified()).count();
    }

    public int failed() {
        return expected() - verified();
    }

    /** True only when there is at least one day and every expected day is VERIFIED. */
    public boolean allVerified() {
        return !days.isEmpty() && failed() == 0;
    }

    /** "30 of 30 days verified" or "28 of 30 days verified, 2 failed". */
    public String summaryLine() {
        return verified() + " of " + expected() + (expected() == 1 ? " day" : " days") + " verified"
                + (failed() > 0 ? ", " + failed() + " failed" : "");
    }
}
