package dev.greenops.model.trail;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.greenops.model.common.InvalidInputException;
import dev.greenops.model.common.Problem;
import dev.greenops.model.common.ReadFailures;
import dev.greenops.model.imports.FileHead;
import dev.sigstore.trustroot.SigstoreTrustedRoot;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Loads Sigstore trusted roots ({@code trusted_root.json}) from files or the snapshot bundled with the workbench, and
 * checks what sigstore-java 2.0.0 lets through: a key or CA whose {@code validFor} has no start would be read as
 * valid since 1970, so such a root is refused here with the place to fix. Never touches the network.
 */
public final class TrustRoots {

    static final String EXPECTED = "a Sigstore trusted_root.json";

    /** Real roots are a few KiB; anything this large is not one. */
    static final long MAX_ROOT_BYTES = 4L << 20;

    static final String BUNDLED_PRODUCTION = "production-trusted_root.json";
    static final String BUNDLED_PRODUCTION_LABEL = "Sigstore public-good production";
    /** The bundled snapshot was last changed upstream in sigstore-python commit 276c5e8f (2025-10-21, see ATTRIBUTION). */
    static final Instant BUNDLED_PRODUCTION_AS_OF = Instant.parse("2025-10-21T15:56:22Z");

    private static final JsonFactory JSON = JsonFactory.builder()
            .streamReadConstraints(StreamReadConstraints.builder()
                    .maxNestingDepth(32)
                    .maxStringLength(1 << 20)
                    .maxNumberLength(64)
                    .build())
            .enable(com.fasterxml.jackson.core.StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .build();
    private static final ObjectMapper MAPPER = new ObjectMapper(JSON);

    private static volatile byte[] bundledProductionBytes;

    private TrustRoots() {}

    /** Loads a root file the user chose. Every problem names the file, line and column. */
    public static TrustRoot load(Path file) throws InvalidInputException {
        String name = file.toString();
        byte[] bytes;
        try {
            if (!Files.isRegularFile(file)) {
                throw InvalidInputException.of(name, 0, 0, Files.isDirectory(file) ? "is a folder" : "no such file",
                        "a Sigstore trusted_root.json");
            }
            if (Files.size(file) > MAX_ROOT_BYTES) {
                throw InvalidInputException.of(name, 0, 0, String.format(java.util.Locale.ROOT,
                                "the file is %,d bytes, far more than any trusted root", Files.size(file)),
                        String.format(java.util.Locale.ROOT, "a Sigstore trusted_root.json of at most %,d bytes",
                                MAX_ROOT_BYTES));
            }
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            throw new InvalidInputException(ReadFailures.of(name, e, "a readable Sigstore trusted_root.json"));
        }
        String source = file.toAbsolutePath().normalize().toString();
        if (java.util.Arrays.equals(Digests.sha256(bytes), Digests.sha256(bundledProductionBytes()))) {
            // the same bytes as our pinned snapshot: it is that snapshot, and as old as it
            return parse(bytes, name, source, BUNDLED_PRODUCTION_AS_OF,
                    "snapshot embedded by sigstore-python, last updated 2025-10-21", BUNDLED_PRODUCTION_LABEL);
        }
        // the age comes from the content: a copy, a checkout or an unzip resets a file's modification time
        return parse(bytes, name, source, null, NEWEST_KEY_BASIS, null);
    }

    /** The Sigstore public-good production root as pinned in the workbench (see ATTRIBUTION.md beside it). */
    public static TrustRoot bundledProduction() {
        try {
            return parse(bundledProductionBytes(), BUNDLED_PRODUCTION, "bundled:" + BUNDLED_PRODUCTION,
                    BUNDLED_PRODUCTION_AS_OF, "snapshot embedded by sigstore-python, last updated 2025-10-21",
                    BUNDLED_PRODUCTION_LABEL);
        } catch (InvalidInputException e) {
            throw new IllegalStateException("the bundled production root does not load: " + e.getMessage(), e);
        }
    }

    static byte[] bundledProductionBytes() {
        byte[] b = bundledProductionBytes;
        if (b == null) {
            try (InputStream in = TrustRoots.class.getResourceAsStream(BUNDLED_PRODUCTION)) {
                if (in == null) {
                    throw new IllegalStateException("missing resource " + BUNDLED_PRODUCTION + " (a packaging bug)");
                }
                b = in.readAllBytes();
            } catch (IOException e) {
                throw new IllegalStateException("cannot read the bundled production root", e);
            }
            bundledProductionBytes = b;
        }
        return b;
    }

    /** How the age of a root file is established ({@link TrustRootInfo#asOfBasis()}). */
    public static final String NEWEST_KEY_BASIS = "the newest validFor.start of its keys and CAs";

    /**
     * Checks and parses root bytes; {@code asOf} null means: the newest {@code validFor.start} in the root (its latest
     * key rotation); {@code fixedLabel} null means: name it after its CA and log.
     */
    public static TrustRoot parse(byte[] bytes, String name, String source, Instant asOf, String asOfBasis, String fixedLabel)
            throws InvalidInputException {
        // empty, UTF-16 or binary is a problem of the whole file (FILE:0:0), not of its first character
        Optional<Problem> notText = FileHead.notText(name, bytes, EXPECTED);
        if (notText.isPresent()) {
            throw new InvalidInputException(notText.get());
        }
        JsonNode root;
        try {
            root = MAPPER.readTree(bytes);
        } catch (IOException e) {
            // where Jackson stopped, in its own words without its [Source: ...] internals
            throw new InvalidInputException(ReadFailures.of(name, e, EXPECTED));
        }
        JsonLocations where = JsonLocations.of(JSON, bytes);
        List<Problem> problems = new ArrayList<>();
        Checker check = new Checker(name, where, problems);
        Instant newest = check.document(root);
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        SigstoreTrustedRoot library;
        try {
            library = SigstoreTrustedRoot.from(new ByteArrayInputStream(bytes));
        } catch (Exception e) { // sigstore-java throws unchecked exceptions on some malformed roots: contain them
            throw InvalidInputException.of(name, 0, 0, "sigstore-java cannot use this root: " + message(e),
                    "a Sigstore trusted_root.json");
        }
        if (asOf == null && newest == null) {
            throw InvalidInputException.of(name, 1, 1, "the root has no key or CA with a validFor.start, so its age cannot"
                    + " be told", "a Sigstore trusted_root.json with at least one transparency log or CA");
        }
        boolean demo = check.demo;
        String label = fixedLabel != null ? fixedLabel : check.label();
        TrustRootInfo info = new TrustRootInfo(label, source, Digests.hex(Digests.sha256(bytes)), demo,
                asOf == null ? newest : asOf, asOfBasis, newest);
        try {
            return new TrustRoot(info, library);
        } catch (Exception e) {
            throw InvalidInputException.of(name, 0, 0, "a key or certificate in this root cannot be used: " + message(e),
                    "keys and certificates Java can read");
        }
    }

    static String message(Throwable e) {
        String m = e.getMessage();
        return (m == null || m.isBlank() ? e.getClass().getSimpleName() : m.lines().findFirst().orElse(m));
    }

    /** Walks the root JSON and records every problem with its location. */
    private static final class Checker {
        final String file;
        final JsonLocations where;
        final List<Problem> problems;
        boolean demo;
        String caName;
        String logHost;

        Checker(String file, JsonLocations where, List<Problem> problems) {
            this.file = file;
            this.where = where;
            this.problems = problems;
        }

        Instant document(JsonNode root) {
            if (!root.isObject()) {
                problem("", "the document is not a JSON object", "a Sigstore trusted_root.json");
                return null;
            }
            String mediaType = root.path("mediaType").asText("");
            if (!mediaType.startsWith("application/vnd.dev.sigstore.trustedroot")) {
                problem("/mediaType", "mediaType is '" + mediaType + "'",
                        "application/vnd.dev.sigstore.trustedroot+json;version=0.1 (or a later version)");
            }
            Instant newest = null;
            for (String logs : List.of("tlogs", "ctlogs")) {
                JsonNode array = root.path(logs);
                for (int i = 0; i < array.size(); i++) {
                    String at = "/" + logs + "/" + i;
                    JsonNode log = array.get(i);
                    String url = log.path("baseUrl").asText("");
                    if (url.isBlank()) {
                        problem(at, logs + "[" + i + "] has no baseUrl", "the log's URL");
                    } else if (logs.equals("tlogs") && logHost == null) {
                        logHost = hostOf(url);
                    }
                    base64(log.path("publicKey").path("rawBytes"), at + "/publicKey/rawBytes",
                            logs + "[" + i + "] (" + url + ") public key");
                    base64(log.path("logId").path("keyId"), at + "/logId/keyId", logs + "[" + i + "] (" + url + ") log id");
                    newest = later(newest, validity(log.path("publicKey").path("validFor"), at + "/publicKey/validFor",
                            logs + "[" + i + "] (" + url + ") key"));
                }
            }
            for (String cas : List.of("certificateAuthorities", "timestampAuthorities")) {
                JsonNode array = root.path(cas);
                for (int i = 0; i < array.size(); i++) {
                    String at = "/" + cas + "/" + i;
                    JsonNode ca = array.get(i);
                    String uri = ca.path("uri").asText("");
                    JsonNode certs = ca.path("certChain").path("certificates");
                    if (!certs.isArray() || certs.isEmpty()) {
                        problem(at + "/certChain", cas + "[" + i + "] (" + uri + ") has no certificates",
                                "certChain.certificates with at least one certificate");
                    } else {
                        for (int c = 0; c < certs.size(); c++) {
                            base64(certs.get(c).path("rawBytes"), at + "/certChain/certificates/" + c + "/rawBytes",
                                    cas + "[" + i + "] certificate " + (c + 1));
                        }
                    }
                    newest = later(newest, validity(ca.path("validFor"), at + "/validFor", cas + "[" + i + "] (" + uri + ")"));
                    if (cas.equals("certificateAuthorities")) {
                        String org = ca.path("subject").path("organization").asText("");
                        String cn = ca.path("subject").path("commonName").asText("");
                        if (org.contains("DEMO") || cn.contains("DEMO")) {
                            demo = true;
                        }
                        if (caName == null) {
                            caName = cn.isBlank() ? org : cn; // the CA's own name; its organisation only if it has none
                        }
                    }
                }
            }
            return newest;
        }

        /** A validity window must have a start: without one, sigstore-java would take "since 1970". */
        Instant validity(JsonNode validFor, String at, String what) {
            if (validFor.isMissingNode() || validFor.path("start").isMissingNode() || validFor.path("start").isNull()) {
                problem(at, what + ": validFor has no start, so nothing can say when it became trustworthy",
                        "validFor.start as an RFC 3339 time");
                return null;
            }
            Instant start = time(validFor.get("start"), at + "/start", what + " validFor.start");
            if (validFor.has("end") && !validFor.get("end").isNull()) {
                Instant end = time(validFor.get("end"), at + "/end", what + " validFor.end");
                if (start != null && end != null && end.isBefore(start)) {
                    problem(at + "/end", what + ": validFor ends (" + end + ") before it starts (" + start + ")",
                            "an end after the start");
                }
            }
            return start;
        }

        Instant time(JsonNode node, String at, String what) {
            try {
                return OffsetDateTime.parse(node.asText("")).toInstant();
            } catch (DateTimeParseException e) {
                problem(at, what + " is '" + node.asText("") + "'", "an RFC 3339 time such as 2025-01-01T00:00:00Z");
                return null;
            }
        }

        void base64(JsonNode node, String at, String what) {
            String text = node.asText("");
            if (text.isEmpty()) {
                problem(at, what + " is missing", "base64 bytes");
                return;
            }
            try {
                Base64.getDecoder().decode(text);
            } catch (IllegalArgumentException e) {
                try {
                    Base64.getUrlDecoder().decode(text);
                } catch (IllegalArgumentException e2) {
                    problem(at, what + " is not base64: " + e.getMessage(), "base64 bytes");
                }
            }
        }

        void problem(String pointer, String message, String expected) {
            long[] at = where.at(pointer);
            problems.add(Problem.error(file, at[0], at[1], message, expected));
        }

        String label() {
            String ca = caName == null || caName.isBlank() ? "no certificate authority" : caName;
            return logHost == null ? ca : ca + ", log " + logHost;
        }

        static Instant later(Instant a, Instant b) {
            return a == null ? b : b == null ? a : a.isAfter(b) ? a : b;
        }

        static String hostOf(String url) {
            try {
                String host = java.net.URI.create(url).getHost();
                return host == null ? url : host.toLowerCase(Locale.ROOT);
            } catch (IllegalArgumentException e) {
                return url;
            }
        }
    }

}
