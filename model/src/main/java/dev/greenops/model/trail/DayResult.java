package dev.greenops.model.trail;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

/**
 * One expected day of a trail and its single status.
 *
 * @param ledgerFile the day's ledger file name, or null when missing
 * @param bundleFile the bundle's file name, or null when missing
 * @param ledgerSha256 hex SHA-256 of the ledger file, or null
 * @param facts what the bundle said and which checks passed, or null when there was no bundle to read
 */
public record DayResult(
        LocalDate date, DayStatus status, String reason, String ledgerFile, String bundleFile, String ledgerSha256, BundleFacts facts) {

    public DayResult {
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(reason, "reason");
    }

    public String signer() {
        return facts == null ? null : facts.signer();
    }

    public String issuer() {
        return facts == null ? null : facts.issuer();
    }

    public Long logIndex() {
        return facts == null ? null : facts.logIndex();
    }

    public Instant integratedTime() {
        return facts == null ? null : facts.integratedTime();
    }
}
