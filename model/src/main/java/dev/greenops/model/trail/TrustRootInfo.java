package dev.greenops.model.trail;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Objects;

/**
 * Which trusted root a verdict used, so that every report can say so.
 *
 * @param label a short human name (the CA's organisation and the log host, or the bundled snapshot's name)
 * @param source the file the root came from, or {@code bundled:...} for a root shipped inside the workbench
 * @param sha256 hex digest of the root file's bytes: the exact root, unambiguously
 * @param demo true for a root made by {@code greenops sample} (its CA subject says DEMO): it proves nothing real
 * @param asOf what the root's age counts from: a pinned snapshot's date, or for a root file its content's newest
 *     {@code validFor.start} (never the file's modification time, which a copy or a checkout resets)
 * @param asOfBasis how {@code asOf} was established, for the report
 * @param newestKeyStart the latest {@code validFor.start} of any key or CA in the root (its newest rotation)
 */
public record TrustRootInfo(
        String label, String source, String sha256, boolean demo, Instant asOf, String asOfBasis, Instant newestKeyStart) {

    public TrustRootInfo {
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(sha256, "sha256");
        Objects.requireNonNull(asOf, "asOf");
        Objects.requireNonNull(asOfBasis, "asOfBasis");
    }

    /** Whole days between {@link #asOf} and {@code now} (never negative). */
    public long ageDays(Instant now) {
        return Math.max(0, Duration.between(asOf, now).toDays());
    }

    public LocalDate asOfDate() {
        return LocalDate.ofInstant(asOf, ZoneOffset.UTC);
    }

    /**
     * The label with DEMO said once, first: a DEMO root's label names its CA, which says DEMO already ("GreenOps DEMO
     * Sigstore CA"), and "DEMO GreenOps DEMO Sigstore CA" reads like a stutter. So the word moves to the front.
     */
    public String displayLabel() {
        if (!demo) {
            return label;
        }
        String rest = label.replaceAll("\\s*\\bDEMO\\b\\s*", " ").strip().replaceAll("^[-:,]\\s*", "");
        return rest.isEmpty() ? "DEMO" : "DEMO " + rest;
    }

    /** One line: "label (as of 2025-10-21, 398 days old)", saying DEMO (once) when it is one. */
    public String describe(Instant now) {
        long days = ageDays(now);
        return displayLabel() + " (as of " + asOfDate() + ", " + days + (days == 1 ? " day" : " days") + " old)";
    }

    /** The first 12 hex digits of the digest, enough to tell roots apart on screen. */
    public String shortSha256() {
        return sha256.substring(0, Math.min(12, sha256.length()));
    }
}
