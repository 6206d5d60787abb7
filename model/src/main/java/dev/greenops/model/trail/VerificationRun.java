package dev.greenops.model.trail;

import java.security.PublicKey;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** The state of one bundle's verification: what passed so far and what was learnt, for the verdict's facts. */
final class VerificationRun {

    final ParsedBundle bundle;
    final TrustRoot root;
    final SignerPolicy policy;
    final Instant now;

    final Map<Check, Check.State> checks = new EnumMap<>(Check.class);
    final List<SignedTime> signedTimes = new ArrayList<>();
    final List<byte[]> signedDigests = new ArrayList<>();
    String signer;
    String issuer;

    VerificationRun(ParsedBundle bundle, TrustRoot root, SignerPolicy policy, Instant now) {
        this.bundle = bundle;
        this.root = root;
        this.policy = policy;
        this.now = now;
    }

    void pass(Check check) {
        checks.put(check, Check.State.PASSED);
    }

    /** Records the failed check and returns the rejection for the caller to throw. */
    BundleRejected fail(Check check, DayStatus status, String reason) {
        checks.put(check, Check.State.FAILED);
        return new BundleRejected(status, reason);
    }

    /** The key that must have made the signature: the certificate's, or the policy's for a public-key bundle. */
    PublicKey signingKey() {
        return bundle.isPublicKey() ? ((SignerPolicy.Key) policy).key() : bundle.leaf().getPublicKey();
    }

    BundleFacts facts() {
        var leaf = bundle.leaf();
        long integrated = bundle.entry().getIntegratedTime();
        List<String> digests = signedDigests.stream().map(Digests::hex).toList();
        String material = bundle.isPublicKey() ? "public key" : bundle.certificates().size() > 1 ? "certificate chain" : "certificate";
        String who = signer;
        if (who == null && bundle.isPublicKey() && policy instanceof SignerPolicy.Key key) {
            who = "key " + key.fingerprint().substring(0, 16) + "…";
        }
        return new BundleFacts(
                Digests.hex(bundle.sha256()),
                bundle.mediaType(),
                material,
                who,
                issuer,
                leaf == null ? null : leaf.getSubjectX500Principal().getName(),
                leaf == null ? null : leaf.getIssuerX500Principal().getName(),
                leaf == null ? null : leaf.getNotBefore().toInstant(),
                leaf == null ? null : leaf.getNotAfter().toInstant(),
                bundle.entry().getLogIndex(),
                bundle.entry().getLogID(),
                bundle.kindVersion(),
                integrated > 0 ? Instant.ofEpochSecond(integrated) : null,
                signedTimes,
                digests,
                checks);
    }
}
