package dev.greenops.model.trail;

import com.fasterxml.jackson.databind.JsonNode;
import dev.sigstore.bundle.Bundle;
import dev.sigstore.rekor.client.RekorEntry;
import java.security.cert.X509Certificate;
import java.util.List;

/**
 * A Sigstore bundle that passed the structural checks of {@link BundleParser}: bounded sizes, one log entry with an
 * inclusion proof, one signature, and a source of signing time.
 *
 * @param certificates the leaf first, then any chain certificates the bundle carries; empty for a public-key bundle
 * @param entry the transparency log entry as sigstore-java models it
 * @param body the decoded {@code canonicalizedBody} of the log entry
 * @param messageDigest the digest the bundle says it signed (hashedrekord), or null
 * @param signature the message signature, or the DSSE envelope's signature
 * @param dssePayloadType null for a message signature
 * @param dssePayload null for a message signature
 * @param dsseSignatureCount how many signatures the DSSE envelope holds (0 for a message signature)
 * @param timestamps RFC 3161 signed timestamps (DER), possibly empty
 * @param library sigstore-java's own reading of the bundle; null for public-key bundles, which it cannot read
 * @param sha256 SHA-256 of the bundle file's bytes
 */
record ParsedBundle(
        String mediaType,
        List<X509Certificate> certificates,
        String publicKeyHint,
        RekorEntry entry,
        String entryKind,
        String entryVersion,
        JsonNode body,
        boolean hasSignedEntryTimestamp,
        byte[] messageDigest,
        byte[] signature,
        String dssePayloadType,
        byte[] dssePayload,
        int dsseSignatureCount,
        List<byte[]> timestamps,
        Bundle library,
        byte[] sha256) {

    boolean isPublicKey() {
        return certificates.isEmpty();
    }

    boolean isDsse() {
        return dssePayloadType != null;
    }

    X509Certificate leaf() {
        return certificates.isEmpty() ? null : certificates.getFirst();
    }

    String kindVersion() {
        return entryKind + " " + entryVersion;
    }
}
