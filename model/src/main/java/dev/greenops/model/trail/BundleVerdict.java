package dev.greenops.model.trail;

import java.util.Objects;

/** The outcome of verifying one bundle: a status, the reason in words, and the facts behind it. */
public record BundleVerdict(DayStatus status, String reason, BundleFacts facts) {

    public BundleVerdict {
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(facts, "facts");
        if (status == DayStatus.MISSING_LEDGER || status == DayStatus.MISSING_SIGNATURE || status == DayStatus.MISDATED) {
            throw new IllegalArgumentException(status + " is a trail-level status, not a bundle verdict");
        }
    }

    public boolean isVerified() {
        return status == DayStatus.VERIFIED;
    }
}
