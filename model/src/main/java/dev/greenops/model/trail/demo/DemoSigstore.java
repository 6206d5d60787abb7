package dev.greenops.model.trail.demo;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.cert.CertificateEncodingException;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;

/**
 * Our own DEMO Sigstore instance: a CA (Fulcio's role), a CT log and a transparency log (Rekor's role), all with keys
 * derived from a fixed seed. It signs files the way keyless Sigstore does (a short-lived certificate for an identity,
 * an embedded SCT, a hashedrekord entry with a signed entry timestamp, an inclusion proof and a signed checkpoint)
 * and writes v0.3 bundles and the matching trusted root. Everything is deterministic, so sample data regenerates
 * byte for byte, and everything says DEMO: it proves nothing about real signatures.
 */
public final class DemoSigstore {

    public static final String DEFAULT_SEED = "greenops-workbench/DEMO-sigstore/v1";
    public static final String SIGNER = "ledger-signer@demo.greenops.example";
    public static final String ISSUER = "https://oidc.demo.greenops.example";
    public static final String CA_ORGANIZATION = "GreenOps Workbench DEMO (not a real Sigstore instance)";
    public static final String CA_COMMON_NAME = "GreenOps DEMO Sigstore CA";
    static final String CA_URL = "https://fulcio.demo.greenops.example";
    static final String CT_URL = "https://ct.demo.greenops.example";
    static final String LOG_HOST = "rekor.demo.greenops.example";
    public static final Instant VALID_FROM = Instant.parse("2024-01-01T00:00:00Z");
    static final Instant CA_EXPIRES = Instant.parse("2036-01-01T00:00:00Z");
    static final String BUNDLE_MEDIA_TYPE = "application/vnd.dev.sigstore.bundle.v0.3+json";

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final DefaultPrettyPrinter PRETTY = new DefaultPrettyPrinter()
            .withoutSpacesInObjectEntries()
            .withObjectIndenter(new DefaultIndenter("  ", "\n"))
            .withArrayIndenter(new DefaultIndenter("  ", "\n"));

    private final String seed;
    private final DemoKey caKey;
    private final DemoKey ctKey;
    private final DemoKey logKey;
    private final X509Certificate ca;
    private final MerkleLog log = new MerkleLog();

    public DemoSigstore() {
        this(DEFAULT_SEED);
    }

    /** An instance from another seed: a different CA and logs (tests use it as "someone else's" Sigstore). */
    public DemoSigstore(String seed) {
        this.seed = Objects.requireNonNull(seed, "seed");
        this.caKey = DemoKey.derive(seed, "ca");
        this.ctKey = DemoKey.derive(seed, "ct-log");
        this.logKey = DemoKey.derive(seed, "transparency-log");
        this.ca = DemoCertificates.ca(caKey, VALID_FROM, CA_EXPIRES);
    }

    /** How many entries the DEMO log holds so far. */
    public int logSize() {
        return log.size();
    }

    /**
     * Signs {@code artifact} as {@code identity} (issued by {@code oidcIssuer}) at {@code signingTime}: a certificate
     * valid from then for ten minutes, integrated into the log two seconds later. Returns the bundle JSON.
     */
    public String sign(byte[] artifact, String identity, String oidcIssuer, Instant signingTime) {
        byte[] digest = DemoCertificates.sha256(artifact);
        DemoKey leafKey = DemoKey.derive(seed, "signer/" + identity + "/" + signingTime + "/" + HexFormat.of().formatHex(digest));
        X509Certificate leaf = DemoCertificates.leaf(caKey, ctKey, leafKey, identity, oidcIssuer, signingTime);
        byte[] signature = leafKey.signDigest(digest);
        String pem = pem("CERTIFICATE", der(leaf));
        ObjectNode bundle = bundle(digest, signature, pem, signingTime.plusSeconds(2).getEpochSecond());
        ObjectNode material = (ObjectNode) bundle.get("verificationMaterial");
        ObjectNode certificate = JSON.createObjectNode().put("rawBytes", b64(der(leaf)));
        material.set("certificate", certificate);
        return write(order(bundle));
    }

    /** Signs with the instance's managed key instead of a certificate (a {@code --key} bundle). */
    public String signWithKey(byte[] artifact, Instant signingTime) {
        byte[] digest = DemoCertificates.sha256(artifact);
        DemoKey key = managedKey();
        ObjectNode bundle = bundle(digest, key.signDigest(digest), pem("PUBLIC KEY", key.spki()), signingTime.getEpochSecond());
        ((ObjectNode) bundle.get("verificationMaterial"))
                .set("publicKey", JSON.createObjectNode().put("hint", b64(DemoCertificates.sha256(key.spki()))));
        return write(order(bundle));
    }

    /** The public half of the managed key, as PEM. */
    public String managedKeyPem() {
        return pem("PUBLIC KEY", managedKey().spki());
    }

    private DemoKey managedKey() {
        return DemoKey.derive(seed, "managed-key");
    }

    private ObjectNode bundle(byte[] digest, byte[] signature, String verifierPem, long integratedTime) {
        String body = "{\"apiVersion\":\"0.0.1\",\"kind\":\"hashedrekord\",\"spec\":{\"data\":{\"hash\":{\"algorithm\":\"sha256\","
                + "\"value\":\"" + HexFormat.of().formatHex(digest) + "\"}},\"signature\":{\"content\":\"" + b64(signature)
                + "\",\"publicKey\":{\"content\":\"" + b64(verifierPem.getBytes(StandardCharsets.UTF_8)) + "\"}}}}";
        byte[] bodyBytes = body.getBytes(StandardCharsets.UTF_8);
        int index = log.append(bodyBytes);
        int treeSize = index + 1;
        byte[] logId = DemoCertificates.sha256(logKey.spki());
        // RFC 8785 canonical JSON of the signed entry timestamp's content: keys sorted, no spaces
        String promise = "{\"body\":\"" + b64(bodyBytes) + "\",\"integratedTime\":" + integratedTime + ",\"logID\":\""
                + HexFormat.of().formatHex(logId) + "\",\"logIndex\":" + index + "}";
        byte[] set = logKey.sign(promise.getBytes(StandardCharsets.UTF_8));
        byte[] root = log.root(treeSize);

        ObjectNode entry = JSON.createObjectNode();
        entry.put("logIndex", Long.toString(index));
        entry.set("logId", JSON.createObjectNode().put("keyId", b64(logId)));
        entry.set("kindVersion", JSON.createObjectNode().put("kind", "hashedrekord").put("version", "0.0.1"));
        entry.put("integratedTime", Long.toString(integratedTime));
        entry.set("inclusionPromise", JSON.createObjectNode().put("signedEntryTimestamp", b64(set)));
        ObjectNode proof = JSON.createObjectNode();
        proof.put("logIndex", Long.toString(index));
        proof.put("rootHash", b64(root));
        proof.put("treeSize", Long.toString(treeSize));
        ArrayNode hashes = proof.putArray("hashes");
        for (byte[] h : log.inclusionProof(index, treeSize)) {
            hashes.add(b64(h));
        }
        proof.set("checkpoint", JSON.createObjectNode().put("envelope", checkpoint(treeSize, root, logId)));
        entry.set("inclusionProof", proof);
        entry.put("canonicalizedBody", b64(bodyBytes));

        ObjectNode bundle = JSON.createObjectNode();
        bundle.put("mediaType", BUNDLE_MEDIA_TYPE);
        ObjectNode material = bundle.putObject("verificationMaterial");
        material.putArray("tlogEntries").add(entry);
        ObjectNode message = bundle.putObject("messageSignature");
        message.set("messageDigest", JSON.createObjectNode().put("algorithm", "SHA2_256").put("digest", b64(digest)));
        message.put("signature", b64(signature));
        return bundle;
    }

    /** A signed note: origin, size, root, blank line, then "— name base64(keyhint || signature)". */
    private String checkpoint(int treeSize, byte[] root, byte[] logId) {
        String note = LOG_HOST + " - DEMO\n" + treeSize + "\n" + b64(root) + "\n";
        byte[] signature = logKey.sign(note.getBytes(StandardCharsets.UTF_8));
        byte[] hinted = new byte[4 + signature.length];
        System.arraycopy(logId, 0, hinted, 0, 4);
        System.arraycopy(signature, 0, hinted, 4, signature.length);
        return note + "\n\u2014 " + LOG_HOST + " " + b64(hinted) + "\n";
    }

    /** The DEMO trusted root: the CA, the CT log and the transparency log, all valid from {@link #VALID_FROM}. */
    public String trustedRootJson() {
        ObjectNode root = JSON.createObjectNode();
        root.put("mediaType", "application/vnd.dev.sigstore.trustedroot+json;version=0.1");
        root.putArray("tlogs").add(logInstance("https://" + LOG_HOST, logKey));
        ObjectNode ca = JSON.createObjectNode();
        ca.set("subject", JSON.createObjectNode().put("organization", CA_ORGANIZATION).put("commonName", CA_COMMON_NAME));
        ca.put("uri", CA_URL);
        ca.set("certChain", JSON.createObjectNode().set("certificates", JSON.createArrayNode()
                .add(JSON.createObjectNode().put("rawBytes", b64(der(this.ca))))));
        ca.set("validFor", JSON.createObjectNode().put("start", VALID_FROM.toString()));
        root.putArray("certificateAuthorities").add(ca);
        root.putArray("ctlogs").add(logInstance(CT_URL, ctKey));
        root.putArray("timestampAuthorities");
        return write(root);
    }

    private static ObjectNode logInstance(String url, DemoKey key) {
        ObjectNode log = JSON.createObjectNode();
        log.put("baseUrl", url);
        log.put("hashAlgorithm", "SHA2_256");
        ObjectNode pk = log.putObject("publicKey");
        pk.put("rawBytes", b64(key.spki()));
        pk.put("keyDetails", "PKIX_ECDSA_P256_SHA_256");
        pk.set("validFor", JSON.createObjectNode().put("start", VALID_FROM.toString()));
        log.set("logId", JSON.createObjectNode().put("keyId", b64(DemoCertificates.sha256(key.spki()))));
        return log;
    }

    /** Puts the bundle's fields in the order sigstore clients write them (mediaType, material, signature). */
    private static ObjectNode order(ObjectNode bundle) {
        ObjectNode out = JSON.createObjectNode();
        out.set("mediaType", bundle.get("mediaType"));
        ObjectNode material = (ObjectNode) bundle.get("verificationMaterial");
        ObjectNode orderedMaterial = out.putObject("verificationMaterial");
        for (String key : List.of("certificate", "publicKey", "tlogEntries")) {
            if (material.has(key)) {
                orderedMaterial.set(key, material.get(key));
            }
        }
        orderedMaterial.set("timestampVerificationData", JSON.createObjectNode());
        out.set("messageSignature", bundle.get("messageSignature"));
        return out;
    }

    private static String write(ObjectNode node) {
        try {
            return JSON.writer(PRETTY).writeValueAsString(node) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    static String pem(String type, byte[] der) {
        StringBuilder out = new StringBuilder("-----BEGIN ").append(type).append("-----\n");
        String b64 = Base64.getEncoder().encodeToString(der);
        for (int i = 0; i < b64.length(); i += 64) {
            out.append(b64, i, Math.min(b64.length(), i + 64)).append('\n');
        }
        return out.append("-----END ").append(type).append("-----\n").toString();
    }

    private static byte[] der(X509Certificate cert) {
        try {
            return cert.getEncoded();
        } catch (CertificateEncodingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String b64(byte[] bytes) {
        return Base64.getEncoder().encodeToString(bytes);
    }

    static MessageDigest sha() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
