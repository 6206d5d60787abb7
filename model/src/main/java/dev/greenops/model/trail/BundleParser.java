package dev.greenops.model.trail;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.greenops.model.common.Problem;
import dev.greenops.model.common.ReadFailures;
import dev.greenops.model.imports.FileHead;
import dev.sigstore.bundle.Bundle;
import dev.sigstore.rekor.client.RekorEntry;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Reads a Sigstore bundle defensively. A bundle comes from whoever published the trail, so it is hostile input:
 * sizes are bounded before anything is decoded, the JSON is read with limits, every field verification depends on is
 * checked for shape, and sigstore-java's parser (which can throw unchecked exceptions) runs inside a fence. Anything
 * wrong becomes a {@link BundleRejected} with a reason that names the line and column.
 */
final class BundleParser {

    static final Set<String> MEDIA_TYPES = Set.of(
            "application/vnd.dev.sigstore.bundle+json;version=0.1",
            "application/vnd.dev.sigstore.bundle+json;version=0.2",
            "application/vnd.dev.sigstore.bundle+json;version=0.3",
            "application/vnd.dev.sigstore.bundle.v0.3+json");

    static final String EXPECTED = "a Sigstore bundle: one JSON object (.sigstore.json)";

    private static final int MAX_CHAIN = 10;
    private static final int MAX_PROOF_HASHES = 64; // a tree of 2^64 leaves needs no more
    private static final int MAX_TIMESTAMPS = 16;
    private static final int MAX_CHECKPOINT_CHARS = 64 * 1024;

    static final JsonFactory JSON = JsonFactory.builder()
            .streamReadConstraints(StreamReadConstraints.builder()
                    .maxNestingDepth(32)
                    .maxStringLength(BundleLimits.MAX_BUNDLE_BYTES)
                    .maxNumberLength(32)
                    .build())
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .build();
    static final ObjectMapper MAPPER = new ObjectMapper(JSON);

    private final String name;
    private final byte[] bytes;
    private JsonLocations where;

    private BundleParser(String name, byte[] bytes) {
        this.name = name;
        this.bytes = bytes;
    }

    /** Parses {@code bytes} (the content of the bundle file called {@code name}). */
    static ParsedBundle parse(String name, byte[] bytes) throws BundleRejected {
        return new BundleParser(name, bytes).parse();
    }

    private ParsedBundle parse() throws BundleRejected {
        if (BundleLimits.tooLarge(bytes.length)) {
            throw rejected(BundleLimits.tooLargeProblem(name, bytes.length));
        }
        // empty, UTF-16 or binary is a problem of the whole file (FILE:0:0), not of its first character
        Optional<Problem> notText = FileHead.notText(name, bytes, EXPECTED);
        if (notText.isPresent()) {
            throw rejected(notText.get());
        }
        JsonNode root;
        try {
            root = MAPPER.readTree(bytes);
        } catch (IOException e) {
            // where Jackson stopped, in its own words without its [Source: ...] internals, and what was expected
            throw rejected(ReadFailures.of(name, e, EXPECTED));
        }
        if (root == null || !root.isObject()) {
            throw unreadable("", "the bundle is not a JSON object");
        }
        String mediaType = root.path("mediaType").asText("");
        if (!MEDIA_TYPES.contains(mediaType)) {
            throw unreadable("/mediaType", "unknown bundle mediaType '" + clip(mediaType)
                    + "' (expected a Sigstore bundle v0.1, v0.2 or v0.3)");
        }
        JsonNode material = object(root, "/verificationMaterial");
        boolean hasCert = material.has("certificate");
        boolean hasChain = material.has("x509CertificateChain");
        boolean hasKey = material.has("publicKey");
        if ((hasCert ? 1 : 0) + (hasChain ? 1 : 0) + (hasKey ? 1 : 0) != 1) {
            throw unreadable("/verificationMaterial",
                    "the bundle needs exactly one of certificate, x509CertificateChain or publicKey");
        }
        if (hasChain) {
            JsonNode certs = material.path("x509CertificateChain").path("certificates");
            if (!certs.isArray() || certs.isEmpty()) {
                throw unreadable("/verificationMaterial/x509CertificateChain", "the certificate chain is empty");
            }
            if (certs.size() > MAX_CHAIN) {
                throw unreadable("/verificationMaterial/x509CertificateChain", "the certificate chain has "
                        + certs.size() + " certificates (at most " + MAX_CHAIN + ")");
            }
        }
        JsonNode entries = material.path("tlogEntries");
        if (!entries.isArray() || entries.isEmpty()) {
            throw new BundleRejected(DayStatus.UNTRUSTED, at("/verificationMaterial")
                    + "the bundle has no transparency log entry, so nothing shows the signature was ever logged");
        }
        if (entries.size() > 1) {
            throw unreadable("/verificationMaterial/tlogEntries", "the bundle has " + entries.size()
                    + " transparency log entries; a bundle carries exactly one");
        }
        JsonNode entry = entries.get(0);
        String e = "/verificationMaterial/tlogEntries/0";
        long logIndex = nonNegative(entry.path("logIndex"), e + "/logIndex", "logIndex");
        base64(entry.path("logId").path("keyId"), e + "/logId/keyId", "logId.keyId", 64);
        String kind = entry.path("kindVersion").path("kind").asText("");
        String version = entry.path("kindVersion").path("version").asText("");
        long integrated = entry.has("integratedTime") ? nonNegative(entry.get("integratedTime"), e + "/integratedTime", "integratedTime") : 0;
        boolean hasSet = !entry.path("inclusionPromise").path("signedEntryTimestamp").asText("").isEmpty();
        if (hasSet) {
            base64(entry.path("inclusionPromise").path("signedEntryTimestamp"), e + "/inclusionPromise", "signedEntryTimestamp", 1024);
        }
        JsonNode proof = entry.path("inclusionProof");
        if (!proof.isObject()) {
            throw new BundleRejected(DayStatus.UNTRUSTED, at(e) + "the log entry has no inclusion proof, so its"
                    + " presence in the log cannot be checked offline");
        }
        long proofIndex = nonNegative(proof.path("logIndex"), e + "/inclusionProof/logIndex", "inclusionProof.logIndex");
        long treeSize = nonNegative(proof.path("treeSize"), e + "/inclusionProof/treeSize", "inclusionProof.treeSize");
        if (proofIndex >= treeSize) {
            throw unreadable(e + "/inclusionProof", "inclusion proof index " + proofIndex + " is not inside a tree of size " + treeSize);
        }
        base64(proof.path("rootHash"), e + "/inclusionProof/rootHash", "inclusionProof.rootHash", 64);
        JsonNode hashes = proof.path("hashes");
        if (hashes.size() > MAX_PROOF_HASHES) {
            throw unreadable(e + "/inclusionProof/hashes", "the inclusion proof has " + hashes.size() + " hashes (at most "
                    + MAX_PROOF_HASHES + ")");
        }
        for (int i = 0; i < hashes.size(); i++) {
            base64(hashes.get(i), e + "/inclusionProof/hashes/" + i, "inclusion proof hash", 64);
        }
        String checkpoint = proof.path("checkpoint").path("envelope").asText("");
        if (checkpoint.isEmpty() || checkpoint.length() > MAX_CHECKPOINT_CHARS) {
            throw new BundleRejected(DayStatus.UNTRUSTED, at(e + "/inclusionProof")
                    + "the inclusion proof has " + (checkpoint.isEmpty() ? "no" : "an oversized") + " signed checkpoint");
        }
        byte[] bodyBytes = base64(entry.path("canonicalizedBody"), e + "/canonicalizedBody", "canonicalizedBody", BundleLimits.MAX_BUNDLE_BYTES);
        JsonNode body;
        try {
            body = MAPPER.readTree(bodyBytes);
        } catch (IOException ex) {
            throw unreadable(e + "/canonicalizedBody", "the log entry body is not JSON: " + TrustRoots.message(ex));
        }
        if (body == null || !body.isObject()) {
            throw unreadable(e + "/canonicalizedBody", "the log entry body is not a JSON object");
        }
        if (!kind.equals(body.path("kind").asText()) || !version.equals(body.path("apiVersion").asText())) {
            throw new BundleRejected(DayStatus.BAD_SIGNATURE, at(e + "/kindVersion") + "the entry claims "
                    + clip(kind) + " " + clip(version) + " but its body is " + clip(body.path("kind").asText()) + " "
                    + clip(body.path("apiVersion").asText()));
        }

        boolean message = root.has("messageSignature");
        boolean dsse = root.has("dsseEnvelope");
        if (message == dsse) {
            throw unreadable("", "the bundle needs exactly one of messageSignature or dsseEnvelope");
        }
        byte[] signature;
        byte[] digest = null;
        String payloadType = null;
        byte[] payload = null;
        int dsseSignatures = 0;
        if (message) {
            JsonNode ms = object(root, "/messageSignature");
            signature = base64(ms.path("signature"), "/messageSignature/signature", "messageSignature.signature", 16 * 1024);
            if (ms.has("messageDigest")) {
                String algorithm = ms.path("messageDigest").path("algorithm").asText("");
                if (!algorithm.equals("SHA2_256")) {
                    throw unreadable("/messageSignature/messageDigest", "message digest algorithm '" + clip(algorithm)
                            + "' (expected SHA2_256)");
                }
                digest = base64(ms.path("messageDigest").path("digest"), "/messageSignature/messageDigest/digest",
                        "messageDigest.digest", 64);
            }
        } else {
            JsonNode env = object(root, "/dsseEnvelope");
            payloadType = env.path("payloadType").asText("");
            payload = base64(env.path("payload"), "/dsseEnvelope/payload", "dsseEnvelope.payload", BundleLimits.MAX_BUNDLE_BYTES);
            JsonNode sigs = env.path("signatures");
            if (!sigs.isArray() || sigs.isEmpty()) {
                throw new BundleRejected(DayStatus.BAD_SIGNATURE, at("/dsseEnvelope") + "the DSSE envelope has no signature");
            }
            dsseSignatures = sigs.size();
            signature = base64(sigs.get(0).path("sig"), "/dsseEnvelope/signatures/0/sig", "DSSE signature", 16 * 1024);
        }
        JsonNode stamps = material.path("timestampVerificationData").path("rfc3161Timestamps");
        if (stamps.size() > MAX_TIMESTAMPS) {
            throw unreadable("/verificationMaterial/timestampVerificationData", "the bundle has " + stamps.size()
                    + " RFC 3161 timestamps (at most " + MAX_TIMESTAMPS + ")");
        }
        List<byte[]> timestamps = new ArrayList<>();
        for (int i = 0; i < stamps.size(); i++) {
            timestamps.add(base64(stamps.get(i).path("signedTimestamp"),
                    "/verificationMaterial/timestampVerificationData/rfc3161Timestamps/" + i, "RFC 3161 timestamp", 64 * 1024));
        }
        if (!hasSet && timestamps.isEmpty()) {
            throw new BundleRejected(DayStatus.UNTRUSTED, at(e) + "the bundle has neither a signed entry timestamp nor an"
                    + " RFC 3161 timestamp, so no trusted time says when it was signed");
        }
        if (integrated == 0 && kind.equals("hashedrekord") && version.equals("0.0.1") && timestamps.isEmpty()) {
            throw new BundleRejected(DayStatus.UNTRUSTED, at(e) + "the log entry has no integrated time");
        }

        String text = new String(bytes, StandardCharsets.UTF_8);
        if (hasKey) {
            RekorEntry rekorEntry;
            try {
                rekorEntry = RekorEntry.fromTLogEntryJson(entry.toString());
            } catch (Exception ex) { // sigstore-java may throw unchecked exceptions here too
                throw unreadable(e, "sigstore-java cannot read the log entry: " + TrustRoots.message(ex));
            }
            return new ParsedBundle(mediaType, List.of(), material.path("publicKey").path("hint").asText(""), rekorEntry,
                    kind, version, body, hasSet, digest, signature, payloadType, payload, dsseSignatures, timestamps, null,
                    Digests.sha256(bytes));
        }
        Bundle library;
        try {
            library = Bundle.from(new StringReader(text));
        } catch (Exception ex) { // BundleParseException, and the unchecked ones sigstore-java lets escape
            throw unreadable("", "sigstore-java cannot read the bundle: " + TrustRoots.message(ex)
                    + (ex.getCause() != null ? " (" + TrustRoots.message(ex.getCause()) + ")" : ""));
        }
        List<X509Certificate> certs = new ArrayList<>();
        for (var c : library.getCertPath().getCertificates()) {
            certs.add((X509Certificate) c);
        }
        if (certs.isEmpty() || library.getEntries().size() != 1) {
            throw unreadable("/verificationMaterial", "the bundle has no signing certificate");
        }
        if (library.getEntries().getFirst().getLogIndex() != logIndex) {
            throw unreadable(e + "/logIndex", "sigstore-java read a different log index");
        }
        return new ParsedBundle(mediaType, List.copyOf(certs), null, library.getEntries().getFirst(), kind, version, body,
                hasSet, digest, signature, payloadType, payload, dsseSignatures, timestamps, library, Digests.sha256(bytes));
    }

    private JsonNode object(JsonNode parent, String pointer) throws BundleRejected {
        JsonNode node = parent.at(pointer.substring(pointer.lastIndexOf('/')));
        if (!node.isObject()) {
            throw unreadable(pointer, pointer.substring(1).replace('/', '.') + " is missing or not an object");
        }
        return node;
    }

    /** A proto-JSON int64: a string of digits or a JSON integer, never negative. */
    private long nonNegative(JsonNode node, String pointer, String what) throws BundleRejected {
        long value;
        if (node.isIntegralNumber() && node.canConvertToLong()) {
            value = node.asLong();
        } else if (node.isTextual() && node.asText().matches("-?[0-9]{1,19}")) {
            try {
                value = Long.parseLong(node.asText());
            } catch (NumberFormatException ex) {
                throw unreadable(pointer, what + " '" + clip(node.asText()) + "' is out of range");
            }
        } else if (node.isMissingNode() || node.isNull()) {
            throw unreadable(pointer, what + " is missing");
        } else {
            throw unreadable(pointer, what + " '" + clip(node.asText()) + "' is not an integer");
        }
        if (value < 0) {
            throw unreadable(pointer, what + " is negative (" + value + ")");
        }
        return value;
    }

    private byte[] base64(JsonNode node, String pointer, String what, int maxBytes) throws BundleRejected {
        String text = node.isTextual() ? node.asText() : "";
        if (text.isEmpty()) {
            throw unreadable(pointer, what + " is missing");
        }
        if (text.length() > (maxBytes / 3 + 2) * 4 + 4) {
            throw unreadable(pointer, what + " is larger than " + maxBytes + " bytes");
        }
        try {
            return Base64.getDecoder().decode(text);
        } catch (IllegalArgumentException ex) {
            try {
                return Base64.getUrlDecoder().decode(text);
            } catch (IllegalArgumentException ex2) {
                throw unreadable(pointer, what + " is not valid base64: " + ex.getMessage());
            }
        }
    }

    /** "name:line:column: " of a JSON value; the locations are only worked out when a reason needs them. */
    private String at(String pointer) {
        if (where == null) {
            where = JsonLocations.of(JSON, bytes);
        }
        long[] loc = where.at(pointer);
        return name + ":" + loc[0] + ":" + loc[1] + ": ";
    }

    /** An UNREADABLE verdict from a problem already located (at 0:0 for the whole file, or where Jackson stopped). */
    private static BundleRejected rejected(Problem problem) {
        return new BundleRejected(DayStatus.UNREADABLE, problem.format());
    }

    private BundleRejected unreadable(String pointer, String reason) {
        return new BundleRejected(DayStatus.UNREADABLE, at(pointer) + reason);
    }

    static String clip(String s) {
        return s.length() > 80 ? s.substring(0, 80) + "…" : s;
    }
}
