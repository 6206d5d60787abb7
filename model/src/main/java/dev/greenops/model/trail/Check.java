package dev.greenops.model.trail;

/** The separate checks behind a verdict, each shown as passed, failed or not reached in the day's detail. */
public enum Check {
    CERTIFICATE_CHAIN("certificate chains to a CA of the trusted root, valid at signing time"),
    CERTIFICATE_PROFILE("certificate is a code-signing certificate"),
    SCT("signed certificate timestamp from a trusted CT log"),
    LOG_KEY("log entry comes from a transparency log of the root, valid at that time"),
    SIGNED_ENTRY_TIMESTAMP("signed entry timestamp (the log's promise of inclusion)"),
    INCLUSION_PROOF("inclusion proof up to the tree root"),
    CHECKPOINT("signed checkpoint of that tree root"),
    RFC3161_TIMESTAMP("RFC 3161 timestamp from a trusted timestamp authority"),
    SIGNING_TIME("signing time established, inside the certificate's validity, not in the future"),
    SIGNATURE("signature over the signed digest"),
    LOG_ENTRY_MATCH("log entry records this signature, digest and signer"),
    IDENTITY("signer matches the identity policy"),
    ARTIFACT_DIGEST("the file's SHA-256 equals the signed digest"),
    SIGSTORE_JAVA("sigstore-java 2.0.0 KeylessVerifier agrees");

    private final String meaning;

    Check(String meaning) {
        this.meaning = meaning;
    }

    public String meaning() {
        return meaning;
    }

    /** How far a check got. */
    public enum State {
        PASSED,
        FAILED,
        NOT_RUN
    }
}
