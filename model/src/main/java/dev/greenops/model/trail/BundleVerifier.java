package dev.greenops.model.trail;

import dev.sigstore.VerificationOptions;
import dev.sigstore.strings.StringMatcher;
import java.time.Clock;
import java.util.Arrays;
import java.util.Objects;

/**
 * Verifies one Sigstore bundle offline against a {@link TrustRoot}, a {@link SignerPolicy} and (optionally) the digest
 * of the file it should sign. Never reports a bundle as verified unless every check passed and, for the shapes
 * sigstore-java supports, its KeylessVerifier agrees too; never throws on a bad bundle.
 *
 * <p>Order of checks, so that a failure gets the most telling status: read the bundle (UNREADABLE), log and signing
 * time (UNTRUSTED), certificate (UNTRUSTED), signature and log-entry agreement (BAD_SIGNATURE), identity
 * (WRONG_IDENTITY) and the file's digest (TAMPERED), where TAMPERED wins if both fail, then sigstore-java's own
 * verdict.
 */
public final class BundleVerifier {

    private final TrustRoot root;
    private final Clock clock;

    public BundleVerifier(TrustRoot root, Clock clock) {
        this.root = Objects.requireNonNull(root, "root");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    public TrustRoot root() {
        return root;
    }

    /**
     * @param name the bundle's file name, for reasons
     * @param bundleBytes the bundle file's content
     * @param artifactDigest the SHA-256 of the file that should be signed, or null to check the bundle alone
     */
    public BundleVerdict verify(String name, byte[] bundleBytes, SignerPolicy policy, byte[] artifactDigest) {
        Objects.requireNonNull(policy, "policy");
        ParsedBundle bundle;
        try {
            bundle = BundleParser.parse(name, bundleBytes);
        } catch (BundleRejected r) {
            return new BundleVerdict(r.status(), r.getMessage(), BundleFacts.unreadable(Digests.hex(Digests.sha256(bundleBytes))));
        }
        VerificationRun run = new VerificationRun(bundle, root, policy, clock.instant());
        try {
            signerMaterial(run);
            LogChecks.verify(run);
            if (!bundle.isPublicKey()) {
                CertificateChecks.verify(run);
            }
            EntryChecks.verify(run);
            identityThenArtifact(run, artifactDigest);
            sigstoreJava(run, artifactDigest);
            return new BundleVerdict(DayStatus.VERIFIED, "all checks passed", run.facts());
        } catch (BundleRejected r) {
            return new BundleVerdict(r.status(), r.getMessage(), run.facts());
        } catch (RuntimeException e) {
            // a library blew up on input it should have refused: whatever it was, it is not a verified signature
            return new BundleVerdict(DayStatus.UNTRUSTED, "verification stopped on an unexpected error ("
                    + e.getClass().getSimpleName() + ": " + TrustRoots.message(e) + ")", run.facts());
        }
    }

    /** A certificate bundle needs an identity policy, a public-key bundle a key. */
    private static void signerMaterial(VerificationRun run) throws BundleRejected {
        if (run.bundle.isPublicKey() && !(run.policy instanceof SignerPolicy.Key)) {
            throw run.fail(Check.IDENTITY, DayStatus.WRONG_IDENTITY, "the bundle is signed with a plain public key, not a"
                    + " certificate for an identity; verify it with the expected key (--key)");
        }
        if (!run.bundle.isPublicKey() && run.policy instanceof SignerPolicy.Key) {
            throw run.fail(Check.IDENTITY, DayStatus.WRONG_IDENTITY, "a public key was expected, but the bundle is signed"
                    + " with a certificate; verify it with an identity policy");
        }
        if (!run.bundle.isPublicKey()) {
            var sans = CertIdentity.subjectAlternativeNames(run.bundle.leaf());
            run.signer = sans.isEmpty() ? null : String.join(", ", sans);
            run.issuer = CertIdentity.oidcIssuer(run.bundle.leaf()).orElse(null);
        }
    }

    /**
     * Both checks run, and a changed file wins over a wrong signer: TAMPERED is the more serious finding (the ledger's
     * figures are not the ones anybody signed), so a day that is both is TAMPERED, its reason naming the signer too.
     */
    private static void identityThenArtifact(VerificationRun run, byte[] artifactDigest) throws BundleRejected {
        BundleRejected wrongSigner = null;
        try {
            identity(run);
        } catch (BundleRejected r) {
            wrongSigner = r;
        }
        try {
            artifact(run, artifactDigest);
        } catch (BundleRejected tampered) {
            throw wrongSigner == null ? tampered : new BundleRejected(DayStatus.TAMPERED, tampered.getMessage()
                    + "; the signer is not the expected one either: " + wrongSigner.getMessage());
        }
        if (wrongSigner != null) {
            throw wrongSigner;
        }
    }

    private static void identity(VerificationRun run) throws BundleRejected {
        if (run.policy instanceof SignerPolicy.Identity id) {
            var sans = CertIdentity.subjectAlternativeNames(run.bundle.leaf());
            boolean sanOk = sans.stream().anyMatch(id::matchesSan);
            boolean issuerOk = id.issuer().equals(run.issuer);
            if (!sanOk || !issuerOk) {
                throw run.fail(Check.IDENTITY, DayStatus.WRONG_IDENTITY, "signed by " + (sans.isEmpty() ? "no SAN" : run.signer)
                        + " (issuer " + (run.issuer == null ? "none" : run.issuer) + "), but the policy requires "
                        + id.describe());
            }
        }
        run.pass(Check.IDENTITY);
    }

    private static void artifact(VerificationRun run, byte[] artifactDigest) throws BundleRejected {
        if (artifactDigest == null) {
            return;
        }
        boolean match = run.signedDigests.stream().anyMatch(d -> Arrays.equals(d, artifactDigest));
        if (!match) {
            throw run.fail(Check.ARTIFACT_DIGEST, DayStatus.TAMPERED, "the file's SHA-256 is " + Digests.hex(artifactDigest)
                    + " but the signature covers " + (run.signedDigests.isEmpty() ? "no file digest"
                            : String.join(", ", run.signedDigests.stream().map(Digests::hex).toList())));
        }
        run.pass(Check.ARTIFACT_DIGEST);
    }

    /** Whether sigstore-java's KeylessVerifier handles this bundle's shape (certificate, hashedrekord or dsse entry). */
    static boolean sigstoreJavaReads(ParsedBundle b) {
        return b.library() != null
                && (b.isDsse()
                        ? b.kindVersion().equals("dsse 0.0.1") || b.kindVersion().equals("dsse 0.0.2")
                        : b.entryKind().equals("hashedrekord"));
    }

    /**
     * sigstore-java's KeylessVerifier must agree wherever it can read the bundle: our checks add to its checks, they
     * never replace them. It cannot handle public keys, intoto entries or Rekor v2 DSSE entries (known gaps).
     */
    private static void sigstoreJava(VerificationRun run, byte[] artifactDigest) throws BundleRejected {
        ParsedBundle b = run.bundle;
        if (!sigstoreJavaReads(b) || !(run.policy instanceof SignerPolicy.Identity id)) {
            return;
        }
        byte[] digest = artifactDigest != null ? artifactDigest : run.signedDigests.getFirst();
        try {
            var matcher = VerificationOptions.CertificateMatcher.fulcio()
                    .subjectAlternativeName(id.isRegex() ? StringMatcher.regex(id.sanPattern().pattern()) : StringMatcher.string(id.san()))
                    .issuer(StringMatcher.string(id.issuer()))
                    .build();
            run.root.keyless().verify(digest, b.library(), VerificationOptions.builder().addCertificateMatchers(matcher).build());
        } catch (Exception e) {
            throw run.fail(Check.SIGSTORE_JAVA, DayStatus.UNTRUSTED, "sigstore-java rejects the bundle: "
                    + TrustRoots.message(e) + (e.getCause() != null ? " (" + TrustRoots.message(e.getCause()) + ")" : ""));
        }
        run.pass(Check.SIGSTORE_JAVA);
    }
}
