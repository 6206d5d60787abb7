package dev.greenops.model.trail;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** SHA-256 of bytes and files, and hex. */
public final class Digests {

    private static final HexFormat HEX = HexFormat.of();

    private Digests() {}

    public static byte[] sha256(byte[] data) {
        return sha().digest(data);
    }

    /** Streams the file, so a ledger of any size is hashed in constant memory. */
    public static byte[] sha256(Path file) throws IOException {
        MessageDigest md = sha();
        byte[] buffer = new byte[1 << 16];
        try (InputStream in = Files.newInputStream(file)) {
            for (int n; (n = in.read(buffer)) > 0; ) {
                md.update(buffer, 0, n);
            }
        }
        return md.digest();
    }

    public static String hex(byte[] bytes) {
        return HEX.formatHex(bytes);
    }

    /** Parses 64 hex digits (either case) into 32 bytes. */
    public static byte[] parseSha256Hex(String hex) {
        if (hex == null || hex.length() != 64) {
            throw new IllegalArgumentException("a SHA-256 digest is 64 hex digits");
        }
        return HEX.parseHex(hex.toLowerCase(java.util.Locale.ROOT));
    }

    static MessageDigest sha() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
