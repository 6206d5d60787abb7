package dev.greenops.app.cli;

import dev.greenops.model.common.InvalidInputException;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.PublicKey;
import org.bouncycastle.asn1.x509.SubjectPublicKeyInfo;
import org.bouncycastle.openssl.PEMParser;
import org.bouncycastle.openssl.jcajce.JcaPEMKeyConverter;

/** Reads a PEM public key file ({@code --key}); anything else is bad input naming the file. */
final class PublicKeys {

    private PublicKeys() {}

    static PublicKey read(Path file) throws InvalidInputException {
        String name = file.toString();
        if (!Files.isRegularFile(file)) {
            throw InvalidInputException.of(name, 0, 0, Files.isDirectory(file) ? "is a folder" : "no such file",
                    "a PEM public key (-----BEGIN PUBLIC KEY-----)");
        }
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8);
                PEMParser pem = new PEMParser(in)) {
            Object o = pem.readObject();
            if (o instanceof SubjectPublicKeyInfo spki) {
                return new JcaPEMKeyConverter().getPublicKey(spki);
            }
            throw InvalidInputException.of(name, 1, 1, o == null ? "no PEM object in the file" : "the PEM object is not a public key",
                    "a PEM public key (-----BEGIN PUBLIC KEY-----)");
        } catch (java.nio.charset.CharacterCodingException e) {
            throw InvalidInputException.of(name, 1, 1, "the file is not text (a binary or DER key?)",
                    "a PEM public key (-----BEGIN PUBLIC KEY-----)");
        } catch (IOException | RuntimeException e) {
            throw InvalidInputException.of(name, 1, 1, "not a usable public key: " + e.getMessage(),
                    "a PEM public key (ECDSA, Ed25519 or RSA)");
        }
    }
}
