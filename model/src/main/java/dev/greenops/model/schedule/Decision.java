package dev.greenops.model.schedule;

/** What the scheduler did with one job run (the {@code decision} column of {@code job_metrics}). */
public enum Decision {
    /** A flexible job dispatched at submission (the grid was already clean enough, or the policy chose now). */
    IMMEDIATE("immediate"),
    /** A flexible job that waited and was dispatched inside its window by the policy's choice. */
    DEFERRED("deferred"),
    /** The window ran out: dispatched anyway (degraded mode, not failure). */
    FORCED_AT_EXPIRY("forced_at_expiry"),
    /** A hard-deadline job: dispatched at submission, by construction. */
    NEVER_DEFERRED("never_deferred"),
    /** Dispatched in a preferred region whose intensity was under the threshold. */
    MIGRATED("migrated");

    private final String id;

    Decision(String id) {
        this.id = id;
    }

    public String id() {
        return id;
    }

    @Override
    public String toString() {
        return id;
    }
}
