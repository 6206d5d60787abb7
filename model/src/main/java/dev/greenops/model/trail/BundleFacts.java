package dev.greenops.model.trail;

import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * What a bundle says and which checks it passed: everything the day's detail and the report show. Fields are null
 * where the bundle did not get far enough to tell (an unreadable bundle has only its digest).
 *
 * @param signer the certificate's SAN (or the key's fingerprint for a public-key bundle)
 * @param issuer the OIDC issuer in the certificate
 * @param signedDigests hex SHA-256 digests the signature covers (one for a message signature; DSSE subjects)
 * @param signedTimes verified times the signature existed at
 */
public record BundleFacts(
        String bundleSha256,
        String mediaType,
        String material,
        String signer,
        String issuer,
        String certificateSubject,
        String certificateIssuer,
        Instant certificateNotBefore,
        Instant certificateNotAfter,
        Long logIndex,
        String logId,
        String entryKind,
        Instant integratedTime,
        List<SignedTime> signedTimes,
        List<String> signedDigests,
        Map<Check, Check.State> checks) {

    public BundleFacts {
        signedTimes = List.copyOf(signedTimes);
        signedDigests = List.copyOf(signedDigests);
        EnumMap<Check, Check.State> all = new EnumMap<>(Check.class);
        for (Check c : Check.values()) {
            all.put(c, checks.getOrDefault(c, Check.State.NOT_RUN));
        }
        checks = java.util.Collections.unmodifiableMap(all);
    }

    public Check.State check(Check c) {
        return checks.get(c);
    }

    /** Only the digest of the file: for bundles that could not be read at all. */
    public static BundleFacts unreadable(String bundleSha256) {
        return new BundleFacts(bundleSha256, null, null, null, null, null, null, null, null, null, null, null, null,
                List.of(), List.of(), Map.of());
    }
}
