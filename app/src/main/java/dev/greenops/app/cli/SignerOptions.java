package dev.greenops.app.cli;

import dev.greenops.model.common.InvalidInputException;
import dev.greenops.model.trail.SignerPolicy;
import java.nio.file.Path;
import java.util.regex.PatternSyntaxException;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;

/**
 * Who must have signed, as {@code verify} and {@code verify-bundle} take it: a public key, or a certificate identity
 * (exact or a regular expression) with its OIDC issuer. The two commands name these options differently
 * ({@code verify-bundle} follows the sigstore-conformance protocol), so each passes its own names.
 *
 * @param identityOption the option for the exact SAN
 * @param regexOption the option for the SAN as a regular expression
 * @param issuerOption the option for the OIDC issuer
 * @param missingHint what to say when no signer is given at all
 */
record SignerOptions(String identityOption, String regexOption, String issuerOption, String missingHint) {

    /** The policy the given options describe; a usage error (exit 2) when they are contradictory or incomplete. */
    SignerPolicy policy(CommandSpec spec, Path key, String identity, String identityRegex, String issuer)
            throws InvalidInputException {
        if (key != null) {
            if (identity != null || identityRegex != null || issuer != null) {
                throw new ParameterException(spec.commandLine(), "--key replaces " + identityOption + "/" + regexOption
                        + " and " + issuerOption + ": give one or the other");
            }
            return new SignerPolicy.Key(PublicKeys.read(key), key.toString());
        }
        if (identity != null && identityRegex != null) {
            throw new ParameterException(spec.commandLine(), "give " + identityOption + " or " + regexOption + ", not both");
        }
        if ((identity == null && identityRegex == null) || issuer == null) {
            throw new ParameterException(spec.commandLine(), missingHint);
        }
        try {
            return identity != null
                    ? SignerPolicy.Identity.exact(identity, issuer)
                    : SignerPolicy.Identity.regex(identityRegex, issuer);
        } catch (PatternSyntaxException e) {
            throw new ParameterException(spec.commandLine(), regexOption + " is not a regular expression: "
                    + e.getDescription());
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), e.getMessage());
        }
    }
}
