package dev.greenops.app.cli;

import dev.greenops.model.common.InvalidInputException;
import dev.greenops.model.common.ReadFailures;
import dev.greenops.model.trail.BundleLimits;
import dev.greenops.model.trail.BundleVerdict;
import dev.greenops.model.trail.BundleVerifier;
import dev.greenops.model.trail.Digests;
import dev.greenops.model.trail.SignerPolicy;
import dev.greenops.model.trail.TrustRoot;
import dev.greenops.model.trail.TrustRoots;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code greenops verify-bundle}: verifies one Sigstore bundle, offline, following the sigstore-conformance client
 * protocol (argument order, {@code sha256:} digests, exit 0 only when verified).
 */
@Command(
        name = "verify-bundle",
        mixinStandardHelpOptions = true,
        description = {
            "Verify one Sigstore bundle offline against a trusted root.",
            "It follows the sigstore-conformance client protocol. Without --trusted-root the Sigstore public-good"
                    + " production root bundled with the workbench is used; nothing goes to the network.",
        },
        footer = {"", "Exit codes: 0 verified; 1 not verified; 2 bad arguments or an unreadable root, key or file;"
                + " 3 internal error (a bug)."})
public final class VerifyBundleCommand implements Callable<Integer> {

    private static final SignerOptions SIGNER = new SignerOptions("--certificate-identity",
            "--certificate-identity-regexp", "--certificate-oidc-issuer",
            "give --certificate-identity (or --certificate-identity-regexp) and --certificate-oidc-issuer, or --key");

    @Spec
    CommandSpec spec;

    @Option(names = "--staging", description = "The bundle is from Sigstore's staging instance (then --trusted-root is required).")
    boolean staging;

    @Option(names = "--bundle", required = true, paramLabel = "FILE", description = "The Sigstore bundle (.sigstore.json).")
    Path bundle;

    @Option(names = "--certificate-identity", paramLabel = "SAN", description = "Expected signer (certificate SAN), exactly.")
    String identity;

    @Option(names = "--certificate-identity-regexp", paramLabel = "RE", description = "Expected signer as a regular expression"
            + " matching the whole SAN.")
    String identityRegex;

    @Option(names = "--certificate-oidc-issuer", paramLabel = "URL", description = "Expected OIDC issuer of the certificate.")
    String issuer;

    @Option(names = "--key", paramLabel = "PUB.pem", description = "Verify a bundle signed with this public key instead.")
    Path key;

    @Option(names = "--trusted-root", paramLabel = "FILE", description = "Sigstore trusted_root.json to verify against.")
    Path trustedRoot;

    @Parameters(index = "0", paramLabel = "FILE_OR_sha256:HEX", description = "The signed file, or its digest as sha256:<64 hex>.")
    String artifact;

    @Override
    public Integer call() throws IOException, InvalidInputException {
        SignerPolicy policy = SIGNER.policy(spec, key, identity, identityRegex, issuer);
        TrustRoot root;
        if (trustedRoot != null) {
            root = TrustRoots.load(trustedRoot);
        } else if (staging) {
            throw new ParameterException(spec.commandLine(), "no staging root is bundled: pass --trusted-root FILE");
        } else {
            root = TrustRoots.bundledProduction();
        }
        byte[] digest = digest();
        if (!Files.isRegularFile(bundle)) {
            throw InvalidInputException.of(bundle.toString(), 0, 0, Files.isDirectory(bundle) ? "is a folder"
                    : "no such file", "a Sigstore bundle");
        }
        long size = Files.size(bundle);
        if (BundleLimits.tooLarge(size)) { // never read a huge file into memory; the same limit as the trail's
            String problem = BundleLimits.tooLargeProblem(bundle.toString(), size).format();
            spec.commandLine().getErr().println("greenops: " + problem.replaceFirst("^(.*?:0:0): ", "$1: UNREADABLE: "));
            return ExitCode.PROBLEMS_FOUND;
        }
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(bundle);
        } catch (IOException e) {
            throw new InvalidInputException(ReadFailures.of(bundle.toString(), e, "a readable Sigstore bundle"));
        }
        BundleVerdict verdict = new BundleVerifier(root, Clock.systemUTC())
                .verify(bundle.getFileName().toString(), bytes, policy, digest);
        if (verdict.isVerified()) {
            spec.commandLine().getOut().println("OK: " + bundle + " verified against " + root.info().label() + " ("
                    + policy.describe() + ")");
            return ExitCode.OK;
        }
        // a reason that already names the place in the bundle ("FILE:LINE:COL: ...") keeps it up front, once
        String reason = verdict.reason();
        String located = bundle.getFileName().toString();
        String rest = reason.startsWith(located) ? reason.substring(located.length()) : "";
        spec.commandLine().getErr().println(rest.matches(":\\d+:\\d+: .*")
                ? "greenops: " + bundle + rest.replaceFirst("^(:\\d+:\\d+): ", "$1: " + verdict.status() + ": ")
                : "greenops: " + bundle + ": " + verdict.status() + ": " + reason);
        return ExitCode.PROBLEMS_FOUND;
    }

    private byte[] digest() throws IOException, InvalidInputException {
        if (artifact.startsWith("sha256:")) {
            String hex = artifact.substring("sha256:".length());
            if (!hex.matches("[0-9a-fA-F]{64}")) {
                throw new ParameterException(spec.commandLine(), "'" + artifact + "' is not sha256: followed by 64 hex digits");
            }
            return Digests.parseSha256Hex(hex);
        }
        Path file = Path.of(artifact);
        if (!Files.isRegularFile(file)) {
            throw InvalidInputException.of(artifact, 0, 0, Files.isDirectory(file) ? "is a folder" : "no such file",
                    "the signed file, or sha256:<64 hex digits>");
        }
        return Digests.sha256(file);
    }
}
