package dev.greenops.model.trail;

import dev.sigstore.encryption.signers.Verifiers;
import dev.sigstore.merkle.InclusionProofVerifier;
import dev.sigstore.rekor.client.Checkpoints;
import dev.sigstore.rekor.client.RekorEntry;
import dev.sigstore.timestamp.client.ImmutableTimestampResponse;
import dev.sigstore.trustroot.TransparencyLog;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.PublicKey;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

/**
 * The transparency-log half of verification: the log is one the root trusts and its key was valid then, the signed
 * entry timestamp, the inclusion proof and checkpoint, RFC 3161 timestamps, and from these the verified signing times.
 * sigstore-java checks the proof and checkpoint only inside KeylessVerifier, without the log key's validity window or
 * times in the future, which is done here.
 */
final class LogChecks {

    /** Clocks disagree a little; a log entry a minute ahead of ours is not "from the future". */
    static final Duration CLOCK_SKEW = Duration.ofSeconds(60);

    private LogChecks() {}

    static final int MAX_CHECKPOINT_SIGNATURES = 20;

    static void verify(VerificationRun run) throws BundleRejected {
        RekorEntry entry = run.bundle.entry();
        byte[] logId = HexFormat.of().parseHex(entry.getLogID());
        Optional<TransparencyLog> found = TransparencyLog.find(run.root.library().getTLogs(), logId);
        if (found.isEmpty()) {
            throw run.fail(Check.LOG_KEY, DayStatus.UNTRUSTED, "the log entry comes from a transparency log this root does"
                    + " not know (log id " + entry.getLogID().substring(0, Math.min(16, entry.getLogID().length())) + "…)");
        }
        TransparencyLog log = found.get();
        PublicKey logKey;
        try {
            logKey = log.getPublicKey().toJavaPublicKey();
        } catch (Exception e) {
            throw run.fail(Check.LOG_KEY, DayStatus.UNTRUSTED, "the root's key for " + log.getBaseUrl() + " cannot be used: "
                    + TrustRoots.message(e));
        }

        long integrated = entry.getIntegratedTime();
        String set = entry.getVerification().getSignedEntryTimestamp();
        if (run.bundle.hasSignedEntryTimestamp() && set != null && !set.isEmpty()) {
            boolean ok;
            try {
                ok = Verifiers.newVerifier(logKey).verify(entry.getSignableContent(), Base64.getDecoder().decode(set));
            } catch (Exception e) {
                ok = false;
            }
            if (!ok) {
                throw run.fail(Check.SIGNED_ENTRY_TIMESTAMP, DayStatus.UNTRUSTED,
                        "the signed entry timestamp does not verify with the key of " + log.getBaseUrl().getHost());
            }
            run.pass(Check.SIGNED_ENTRY_TIMESTAMP);
            run.signedTimes.add(new SignedTime(Instant.ofEpochSecond(integrated), SignedTime.Source.TRANSPARENCY_LOG));
        }

        var proof = entry.getVerification().getInclusionProof();
        try {
            MessageDigest sha = Digests.sha();
            sha.update((byte) 0x00); // RFC 6962 leaf prefix
            sha.update(Base64.getDecoder().decode(entry.getBody()));
            List<byte[]> hashes = new ArrayList<>();
            for (String h : proof.getHashes()) {
                hashes.add(HexFormat.of().parseHex(h));
            }
            InclusionProofVerifier.verify(sha.digest(), proof.getLogIndex(), proof.getTreeSize(), hashes,
                    HexFormat.of().parseHex(proof.getRootHash()));
        } catch (Exception e) {
            throw run.fail(Check.INCLUSION_PROOF, DayStatus.UNTRUSTED, "the inclusion proof does not lead to the tree root"
                    + " it names (" + TrustRoots.message(e) + ")");
        }
        run.pass(Check.INCLUSION_PROOF);
        checkpoint(run, log, logKey, logId);

        List<Instant> tsaTimes = new ArrayList<>();
        for (byte[] stamp : run.bundle.timestamps()) {
            try {
                var response = ImmutableTimestampResponse.builder().encoded(stamp).build();
                run.root.timestamps().verify(response, run.bundle.signature());
                Instant at = response.getGenTime().toInstant();
                tsaTimes.add(at);
                run.signedTimes.add(new SignedTime(at, SignedTime.Source.TIMESTAMP_AUTHORITY));
            } catch (Exception e) {
                throw run.fail(Check.RFC3161_TIMESTAMP, DayStatus.UNTRUSTED, "an RFC 3161 timestamp does not verify against"
                        + " the root's timestamp authorities: " + TrustRoots.message(e));
            }
        }
        if (!tsaTimes.isEmpty()) {
            run.pass(Check.RFC3161_TIMESTAMP);
        }

        if (run.signedTimes.isEmpty()) {
            throw run.fail(Check.SIGNING_TIME, DayStatus.UNTRUSTED, "no verified signing time: the entry has no signed entry"
                    + " timestamp and no RFC 3161 timestamp");
        }
        Instant latest = run.now.plus(CLOCK_SKEW);
        if (integrated > 0 && Instant.ofEpochSecond(integrated).isAfter(latest)) {
            throw run.fail(Check.SIGNING_TIME, DayStatus.UNTRUSTED, "the integrated time " + Instant.ofEpochSecond(integrated)
                    + " is in the future (now " + run.now + ")");
        }
        for (SignedTime t : run.signedTimes) {
            if (t.time().isAfter(latest)) {
                throw run.fail(Check.SIGNING_TIME, DayStatus.UNTRUSTED, "the signing time " + t.time()
                        + " is in the future (now " + run.now + ")");
            }
        }

        // the log key must have been in force when the entry was made (sigstore-java does not check this)
        List<Instant> entryTimes = new ArrayList<>(tsaTimes);
        if (integrated > 0) {
            entryTimes.add(Instant.ofEpochSecond(integrated));
        }
        var validFor = log.getPublicKey().getValidFor();
        for (Instant t : entryTimes) {
            if (!validFor.contains(t)) {
                throw run.fail(Check.LOG_KEY, DayStatus.UNTRUSTED, "the key of " + log.getBaseUrl().getHost()
                        + " was not valid at " + t + " (the root says: from " + validFor.getStart()
                        + validFor.getEnd().map(end -> " to " + end).orElse("") + ")");
            }
        }
        run.pass(Check.LOG_KEY);
    }

    /**
     * The checkpoint must be for the proof's tree (same size, same root) and carry a signature by this log's key.
     * sigstore-java matches the signer name against the log URL's host only, so a log on a port (localhost:8000)
     * never verifies there; here the name may be the host or host:port, and the key hint and signature decide.
     */
    private static void checkpoint(VerificationRun run, TransparencyLog log, PublicKey logKey, byte[] logId)
            throws BundleRejected {
        var proof = run.bundle.entry().getVerification().getInclusionProof();
        RekorEntry.Checkpoint cp;
        try {
            cp = Checkpoints.from(proof.getCheckpoint());
        } catch (Exception e) {
            throw run.fail(Check.CHECKPOINT, DayStatus.UNTRUSTED, "the checkpoint cannot be read: " + TrustRoots.message(e));
        }
        if (cp.getSignatures().size() > MAX_CHECKPOINT_SIGNATURES) {
            throw run.fail(Check.CHECKPOINT, DayStatus.UNTRUSTED, "the checkpoint carries " + cp.getSignatures().size()
                    + " signatures (at most " + MAX_CHECKPOINT_SIGNATURES + ")");
        }
        byte[] cpRoot;
        try {
            cpRoot = Base64.getDecoder().decode(cp.getBase64Hash());
        } catch (IllegalArgumentException e) {
            cpRoot = new byte[0];
        }
        if (!Arrays.equals(cpRoot, HexFormat.of().parseHex(proof.getRootHash()))) {
            throw run.fail(Check.CHECKPOINT, DayStatus.UNTRUSTED, "the checkpoint names a different tree root than the"
                    + " inclusion proof");
        }
        if (cp.getSize().longValue() != proof.getTreeSize().longValue()) {
            throw run.fail(Check.CHECKPOINT, DayStatus.UNTRUSTED, "the checkpoint is for a tree of " + cp.getSize()
                    + " entries, the inclusion proof for " + proof.getTreeSize());
        }
        String host = log.getBaseUrl().getHost();
        String authority = log.getBaseUrl().getAuthority();
        byte[] hint = Arrays.copyOf(logId, 4);
        boolean named = false;
        for (var sig : cp.getSignatures()) {
            if (!(sig.getIdentity().equals(host) || sig.getIdentity().equals(authority)) || !Arrays.equals(sig.getKeyHint(), hint)) {
                continue;
            }
            named = true;
            try {
                if (Verifiers.newVerifier(logKey).verify(cp.getSignedData().getBytes(StandardCharsets.UTF_8), sig.getSignature())) {
                    run.pass(Check.CHECKPOINT);
                    return;
                }
            } catch (Exception e) {
                // a malformed signature is simply not a valid one; try the next
            }
        }
        throw run.fail(Check.CHECKPOINT, DayStatus.UNTRUSTED, named
                ? "the checkpoint's signature by " + host + " does not verify with the log's key"
                : "the checkpoint has no signature by " + host + " with the log's key hint");
    }
}
