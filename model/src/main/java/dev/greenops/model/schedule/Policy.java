package dev.greenops.model.schedule;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** How a replay decides when (and where) a flexible job runs. Hard jobs are never deferred under any policy. */
public enum Policy {
    /** The reference rule: run when the intensity is at or under the threshold, else wait; force at expiry. */
    THRESHOLD("threshold", "Reference rule: dispatch at or under the threshold, force at window expiry"),
    /** The reference rule, but with no forecast point under the threshold it takes the forecast's best start. */
    THRESHOLD_FALLBACK("threshold-fallback", "Reference rule; with no low point forecast, the forecast's best start"),
    /** The start in the window with the lowest forecast run-average. */
    OPTIMAL("optimal", "The start with the lowest forecast run-average"),
    /** Perfect hindsight: the start with the lowest actual run-average (the upper bound of any policy). */
    ORACLE("oracle", "Perfect hindsight: the lowest actual run-average (upper bound)"),
    /** Run at submission: the baseline every saving is measured against. */
    IMMEDIATE("immediate", "Dispatch at submission (the baseline)");

    private final String id;
    private final String description;

    Policy(String id, String description) {
        this.id = id;
        this.description = description;
    }

    public String id() {
        return id;
    }

    public String description() {
        return description;
    }

    public static Optional<Policy> fromId(String text) {
        String t = text == null ? "" : text.strip().toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(p -> p.id.equals(t)).findFirst();
    }

    @Override
    public String toString() {
        return id;
    }
}
