package dev.greenops.model.trail;

import java.security.PublicKey;
import java.util.Objects;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/** Who must have signed: a certificate identity (keyless Sigstore) or a plain public key ({@code --key}). */
public sealed interface SignerPolicy {

    /** One line for reports: what was required. */
    String describe();

    /**
     * The certificate's Subject Alternative Name must equal {@code san} (or, for a regex policy, match it whole), and
     * its OIDC issuer extension must equal {@code issuer}.
     */
    record Identity(String san, Pattern sanPattern, String issuer) implements SignerPolicy {
        public Identity {
            Objects.requireNonNull(issuer, "issuer");
            if ((san == null) == (sanPattern == null)) {
                throw new IllegalArgumentException("give the SAN either exactly or as a regular expression, not both");
            }
            if (san != null && san.isBlank()) {
                throw new IllegalArgumentException("the expected SAN is empty");
            }
            if (issuer.isBlank()) {
                throw new IllegalArgumentException("the expected OIDC issuer is empty");
            }
        }

        public static Identity exact(String san, String issuer) {
            return new Identity(san, null, issuer);
        }

        /** @throws PatternSyntaxException if {@code regex} is not a Java regular expression */
        public static Identity regex(String regex, String issuer) {
            return new Identity(null, Pattern.compile(regex), issuer);
        }

        public boolean isRegex() {
            return sanPattern != null;
        }

        public boolean matchesSan(String candidate) {
            return candidate != null && (isRegex() ? sanPattern.matcher(candidate).matches() : san.equals(candidate));
        }

        @Override
        public String describe() {
            return (isRegex() ? "SAN matches /" + sanPattern.pattern() + "/" : "SAN = " + san) + ", OIDC issuer = " + issuer;
        }
    }

    /** Signed with the private half of {@code key} (no certificate); {@code source} says where the key came from. */
    record Key(PublicKey key, String source) implements SignerPolicy {
        public Key {
            Objects.requireNonNull(key, "key");
            Objects.requireNonNull(source, "source");
        }

        /** SHA-256 of the key's SubjectPublicKeyInfo, in hex: how reports name a key. */
        public String fingerprint() {
            return Digests.hex(Digests.sha256(key.getEncoded()));
        }

        @Override
        public String describe() {
            return "public key " + source + " (" + key.getAlgorithm() + ", SHA-256 " + fingerprint().substring(0, 16) + "…)";
        }
    }
}
