package dev.greenops.model.trail;

import com.fasterxml.jackson.databind.JsonNode;
import dev.sigstore.encryption.signers.Verifiers;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.security.PublicKey;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Locale;
import org.bouncycastle.asn1.x509.SubjectPublicKeyInfo;
import org.bouncycastle.openssl.PEMParser;

/**
 * The signature, and the log entry's agreement with the bundle (the defence against CVE-2022-36056-style swaps): the
 * entry must record this signature, this digest and this signer. Covers hashedrekord 0.0.1/0.0.2, DSSE in dsse
 * 0.0.1/0.0.2, Rekor v2's hashedrekord-over-PAE and intoto 0.0.2 entries, and public-key bundles; sigstore-java
 * handles only some of these, which is why this is written out here.
 */
final class EntryChecks {

    static final String IN_TOTO = "application/vnd.in-toto+json";

    private EntryChecks() {}

    static void verify(VerificationRun run) throws BundleRejected {
        if (run.bundle.isDsse()) {
            dsse(run);
        } else {
            messageSignature(run);
        }
    }

    private static void messageSignature(VerificationRun run) throws BundleRejected {
        ParsedBundle b = run.bundle;
        JsonNode spec = b.body().path("spec");
        byte[] digest;
        byte[] loggedSignature;
        Boolean loggedSigner;
        switch (b.kindVersion()) {
            case "hashedrekord 0.0.1" -> {
                String algorithm = spec.path("data").path("hash").path("algorithm").asText("");
                String value = spec.path("data").path("hash").path("value").asText("");
                if (!algorithm.equals("sha256") || !value.matches("[0-9a-fA-F]{64}")) {
                    throw run.fail(Check.LOG_ENTRY_MATCH, DayStatus.BAD_SIGNATURE, "the log entry does not record a SHA-256"
                            + " digest (algorithm '" + BundleParser.clip(algorithm) + "')");
                }
                digest = HexFormat.of().parseHex(value.toLowerCase(Locale.ROOT));
                loggedSignature = decode(spec.path("signature").path("content"));
                loggedSigner = pemMatches(run, decode(spec.path("signature").path("publicKey").path("content")));
            }
            case "hashedrekord 0.0.2" -> {
                JsonNode v2 = spec.path("hashedRekordV002");
                if (!v2.path("data").path("algorithm").asText("").equals("SHA2_256")) {
                    throw run.fail(Check.LOG_ENTRY_MATCH, DayStatus.BAD_SIGNATURE, "the log entry does not record a SHA-256 digest");
                }
                digest = decode(v2.path("data").path("digest"));
                loggedSignature = decode(v2.path("signature").path("content"));
                loggedSigner = verifierMatches(run, v2.path("signature").path("verifier"));
            }
            default -> throw run.fail(Check.LOG_ENTRY_MATCH, DayStatus.BAD_SIGNATURE, "a message signature logged as "
                    + BundleParser.clip(b.kindVersion()) + " (expected hashedrekord 0.0.1 or 0.0.2)");
        }
        if (digest == null || digest.length != 32) {
            throw run.fail(Check.LOG_ENTRY_MATCH, DayStatus.BAD_SIGNATURE, "the log entry's digest is not 32 bytes");
        }
        if (b.messageDigest() != null && !Arrays.equals(b.messageDigest(), digest)) {
            throw run.fail(Check.LOG_ENTRY_MATCH, DayStatus.BAD_SIGNATURE, "the bundle says it signed "
                    + Digests.hex(b.messageDigest()) + " but the log entry records " + Digests.hex(digest));
        }
        if (!verifies(run.signingKey(), digest, b.signature(), true)) {
            throw run.fail(Check.SIGNATURE, DayStatus.BAD_SIGNATURE, "the signature does not verify over the signed digest"
                    + " with the signer's key");
        }
        run.pass(Check.SIGNATURE);
        if (!Arrays.equals(loggedSignature, b.signature())) {
            throw run.fail(Check.LOG_ENTRY_MATCH, DayStatus.BAD_SIGNATURE, "the log entry records a different signature");
        }
        if (!Boolean.TRUE.equals(loggedSigner)) {
            throw run.fail(Check.LOG_ENTRY_MATCH, DayStatus.BAD_SIGNATURE, "the log entry records a different "
                    + (b.isPublicKey() ? "public key" : "certificate") + " than the bundle's");
        }
        run.pass(Check.LOG_ENTRY_MATCH);
        run.signedDigests.add(digest);
    }

    private static void dsse(VerificationRun run) throws BundleRejected {
        ParsedBundle b = run.bundle;
        if (b.dsseSignatureCount() != 1) {
            throw run.fail(Check.SIGNATURE, DayStatus.BAD_SIGNATURE, "the DSSE envelope holds " + b.dsseSignatureCount()
                    + " signatures; exactly one is expected");
        }
        byte[] pae = pae(b.dssePayloadType(), b.dssePayload());
        if (!verifies(run.signingKey(), pae, b.signature(), false)) {
            throw run.fail(Check.SIGNATURE, DayStatus.BAD_SIGNATURE, "the DSSE signature does not verify with the signer's key");
        }
        run.pass(Check.SIGNATURE);
        byte[] payloadSha = Digests.sha256(b.dssePayload());
        JsonNode spec = b.body().path("spec");
        boolean match = switch (b.kindVersion()) {
            case "dsse 0.0.1" -> {
                JsonNode sigs = spec.path("signatures");
                yield spec.path("payloadHash").path("algorithm").asText("").equals("sha256")
                        && spec.path("payloadHash").path("value").asText("").equalsIgnoreCase(Digests.hex(payloadSha))
                        && sigs.size() == 1
                        && Arrays.equals(decode(sigs.get(0).path("signature")), b.signature())
                        && Boolean.TRUE.equals(pemMatches(run, decode(sigs.get(0).path("verifier"))));
            }
            case "dsse 0.0.2" -> {
                JsonNode v2 = spec.path("dsseV002");
                JsonNode sigs = v2.path("signatures");
                yield v2.path("payloadHash").path("algorithm").asText("").equals("SHA2_256")
                        && Arrays.equals(decode(v2.path("payloadHash").path("digest")), payloadSha)
                        && sigs.size() == 1
                        && Arrays.equals(decode(sigs.get(0).path("content")), b.signature())
                        && Boolean.TRUE.equals(verifierMatches(run, sigs.get(0).path("verifier")));
            }
            case "hashedrekord 0.0.2" -> { // Rekor v2 logs a DSSE envelope as a hashedrekord over its PAE
                JsonNode v2 = spec.path("hashedRekordV002");
                yield v2.path("data").path("algorithm").asText("").equals("SHA2_256")
                        && Arrays.equals(decode(v2.path("data").path("digest")), Digests.sha256(pae))
                        && Arrays.equals(decode(v2.path("signature").path("content")), b.signature())
                        && Boolean.TRUE.equals(verifierMatches(run, v2.path("signature").path("verifier")));
            }
            case "intoto 0.0.2" -> { // the envelope is stored with payload and signature base64-encoded twice
                JsonNode env = spec.path("content").path("envelope");
                JsonNode sigs = env.path("signatures");
                String payloadB64 = Base64.getEncoder().encodeToString(b.dssePayload());
                String sigB64 = Base64.getEncoder().encodeToString(b.signature());
                yield env.path("payloadType").asText("").equals(b.dssePayloadType())
                        && payloadB64.equals(text(decode(env.path("payload"))))
                        && spec.path("content").path("payloadHash").path("algorithm").asText("").equals("sha256")
                        && spec.path("content").path("payloadHash").path("value").asText("").equalsIgnoreCase(Digests.hex(payloadSha))
                        && sigs.size() == 1
                        && sigB64.equals(text(decode(sigs.get(0).path("sig"))))
                        && Boolean.TRUE.equals(pemMatches(run, decode(sigs.get(0).path("publicKey"))));
            }
            default -> throw run.fail(Check.LOG_ENTRY_MATCH, DayStatus.BAD_SIGNATURE, "a DSSE envelope logged as "
                    + BundleParser.clip(b.kindVersion()) + " is not supported");
        };
        if (!match) {
            throw run.fail(Check.LOG_ENTRY_MATCH, DayStatus.BAD_SIGNATURE, "the log entry (" + b.kindVersion()
                    + ") does not record this envelope's payload, signature and signer");
        }
        run.pass(Check.LOG_ENTRY_MATCH);
        if (!IN_TOTO.equals(b.dssePayloadType())) {
            throw run.fail(Check.ARTIFACT_DIGEST, DayStatus.BAD_SIGNATURE, "the DSSE payload type is '"
                    + BundleParser.clip(b.dssePayloadType()) + "', not an in-toto statement naming signed files");
        }
        try {
            JsonNode statement = BundleParser.MAPPER.readTree(b.dssePayload());
            for (JsonNode subject : statement.path("subject")) {
                String hex = subject.path("digest").path("sha256").asText("");
                if (hex.matches("[0-9a-fA-F]{64}")) {
                    run.signedDigests.add(HexFormat.of().parseHex(hex.toLowerCase(Locale.ROOT)));
                }
            }
        } catch (IOException e) {
            throw run.fail(Check.ARTIFACT_DIGEST, DayStatus.BAD_SIGNATURE, "the in-toto statement is not JSON: "
                    + TrustRoots.message(e));
        }
    }

    /** DSSE pre-authentication encoding; lengths are byte counts. */
    static byte[] pae(String type, byte[] payload) {
        byte[] t = type.getBytes(StandardCharsets.UTF_8);
        byte[] head = ("DSSEv1 " + t.length + " " + type + " " + payload.length + " ").getBytes(StandardCharsets.UTF_8);
        byte[] out = Arrays.copyOf(head, head.length + payload.length);
        System.arraycopy(payload, 0, out, head.length, payload.length);
        return out;
    }

    private static boolean verifies(PublicKey key, byte[] data, byte[] signature, boolean prehashed) {
        try {
            var v = Verifiers.newVerifier(key);
            return prehashed ? v.verifyDigest(data, signature) : v.verify(data, signature);
        } catch (Exception e) { // unsupported key, malformed signature: not a valid signature
            return false;
        }
    }

    /** Does PEM text (a certificate or a public key) name the same signer as the bundle? Null if unreadable. */
    private static Boolean pemMatches(VerificationRun run, byte[] pem) {
        if (pem == null) {
            return null;
        }
        try (PEMParser parser = new PEMParser(new StringReader(new String(pem, StandardCharsets.UTF_8)))) {
            Object o = parser.readObject();
            if (o instanceof org.bouncycastle.cert.X509CertificateHolder holder) {
                return !run.bundle.isPublicKey() && Arrays.equals(holder.getEncoded(), run.bundle.leaf().getEncoded());
            }
            if (o instanceof SubjectPublicKeyInfo spki) {
                return run.bundle.isPublicKey() && Arrays.equals(spki.getEncoded(), run.signingKey().getEncoded());
            }
            return null;
        } catch (Exception e) {
            return null;
        }
    }

    /** Rekor v2 verifier: {@code x509Certificate.rawBytes} or {@code publicKey.rawBytes}. */
    private static Boolean verifierMatches(VerificationRun run, JsonNode verifier) {
        try {
            if (verifier.has("x509Certificate")) {
                byte[] der = decode(verifier.path("x509Certificate").path("rawBytes"));
                var cert = (X509Certificate) CertificateFactory.getInstance("X.509")
                        .generateCertificate(new ByteArrayInputStream(der));
                return !run.bundle.isPublicKey() && Arrays.equals(cert.getEncoded(), run.bundle.leaf().getEncoded());
            }
            if (verifier.has("publicKey")) {
                byte[] der = decode(verifier.path("publicKey").path("rawBytes"));
                return run.bundle.isPublicKey() && Arrays.equals(der, run.signingKey().getEncoded());
            }
        } catch (Exception e) {
            return null;
        }
        return null;
    }

    private static byte[] decode(JsonNode node) {
        if (!node.isTextual()) {
            return null;
        }
        try {
            return Base64.getDecoder().decode(node.asText());
        } catch (IllegalArgumentException e) {
            try {
                return Base64.getUrlDecoder().decode(node.asText());
            } catch (IllegalArgumentException e2) {
                return null;
            }
        }
    }

    private static String text(byte[] bytes) {
        return bytes == null ? null : new String(bytes, StandardCharsets.UTF_8);
    }
}
