package dev.greenops.model.trail;

/** A bundle failed a check; {@link #status()} says which kind of failure it is. Internal to verification. */
final class BundleRejected extends Exception {

    private final DayStatus status;

    BundleRejected(DayStatus status, String reason) {
        super(reason, null, false, false);
        if (status == DayStatus.VERIFIED) {
            throw new IllegalArgumentException("a rejection cannot be VERIFIED");
        }
        this.status = status;
    }

    DayStatus status() {
        return status;
    }
}
