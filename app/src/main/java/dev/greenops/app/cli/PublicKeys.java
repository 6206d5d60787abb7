package dev.greenops.app.cli;

import dev.greenops.model.common.InvalidInputException;
import dev.greenops.model.common.ReadFailures;
import dev.greenops.model.imports.FileHead;
import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.PublicKey;
import org.bouncycastle.asn1.x509.SubjectPublicKeyInfo;
import org.bouncycastle.openssl.PEMParser;
import org.bouncycastle.openssl.jcajce.JcaPEMKeyConverter;

/**
 * Reads a PEM public key file ({@code --key}); anything else is bad input naming the file. A key file is one thing, so
 * what is wrong with it is a problem of the whole file ({@code FILE:0:0}).
 */
final class PublicKeys {

    private static final String EXPECTED = "a PEM public key (-----BEGIN PUBLIC KEY-----)";
    /** A PEM public key is a few hundred bytes (RSA 4096: under 1 KiB); a larger file is not one. */
    private static final long MAX_KEY_BYTES = 64 * 1024;

    private PublicKeys() {}

    static PublicKey read(Path file) throws InvalidInputException {
        String name = file.toString();
        if (!Files.isRegularFile(file)) {
            throw InvalidInputException.of(name, 0, 0, Files.isDirectory(file) ? "is a folder" : "no such file", EXPECTED);
        }
        byte[] bytes;
        try {
            if (Files.size(file) > MAX_KEY_BYTES) {
                throw InvalidInputException.of(name, 0, 0, String.format(java.util.Locale.ROOT,
                        "the file is %,d bytes, far more than any public key", Files.size(file)), EXPECTED);
            }
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            throw new InvalidInputException(ReadFailures.of(name, e, EXPECTED));
        }
        var notText = FileHead.notText(name, bytes, EXPECTED + "; a binary DER key must be converted to PEM");
        if (notText.isPresent()) {
            throw new InvalidInputException(notText.get());
        }
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw new InvalidInputException(ReadFailures.notUtf8(name, 0));
        }
        try (Reader in = new StringReader(text);
                PEMParser pem = new PEMParser(in)) {
            Object o = pem.readObject();
            if (o instanceof SubjectPublicKeyInfo spki) {
                return new JcaPEMKeyConverter().getPublicKey(spki);
            }
            throw InvalidInputException.of(name, 0, 0, o == null ? "no PEM object in the file"
                    : "the PEM object is not a public key", EXPECTED);
        } catch (IOException | RuntimeException e) {
            throw InvalidInputException.of(name, 0, 0, "not a usable public key: " + firstLine(e),
                    "a PEM public key (ECDSA, Ed25519 or RSA)");
        }
    }

    private static String firstLine(Throwable e) {
        String m = e.getMessage();
        return m == null || m.isBlank() ? e.getClass().getSimpleName() : m.lines().findFirst().orElse(m);
    }
}
