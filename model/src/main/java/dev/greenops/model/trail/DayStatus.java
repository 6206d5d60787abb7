package dev.greenops.model.trail;

/**
 * The one verdict each expected day of a trail gets (CLI.md "Trail layout"). Only {@link #VERIFIED} is good; every
 * other value is a failure an auditor must see.
 */
public enum DayStatus {
    VERIFIED("signed by the expected identity, logged in the trusted transparency log, ledger unchanged"),
    TAMPERED("the ledger's digest differs from the digest that was signed"),
    BAD_SIGNATURE("the signature, or the bundle's agreement with its own log entry, does not hold"),
    UNTRUSTED("the certificate chain, SCT, log proof or signing time fails against the trusted root"),
    WRONG_IDENTITY("validly signed, but not by the expected identity"),
    MISSING_LEDGER("no ledger file for this day"),
    MISSING_SIGNATURE("no Sigstore bundle beside this day's ledger"),
    MISDATED("signed outside this day, or the bundle belongs to another day's file"),
    UNREADABLE("the bundle or the ledger cannot be read");

    private final String meaning;

    DayStatus(String meaning) {
        this.meaning = meaning;
    }

    /** What the status means, in a sentence fragment for people. */
    public String meaning() {
        return meaning;
    }

    public boolean isVerified() {
        return this == VERIFIED;
    }
}
