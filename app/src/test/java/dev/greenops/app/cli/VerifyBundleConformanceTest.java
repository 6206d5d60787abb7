package dev.greenops.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * The sigstore-conformance verify cases (test resources, see sigstore-conformance/ATTRIBUTION.md), each run twice
 * through the real {@code greenops verify-bundle} entry point: once with the artifact's path, once with its
 * {@code sha256:} digest. A case named {@code *_fail} must not verify (exit 1 or 2, never an internal error); every
 * other case must verify (exit 0). No case reaches the network: cases without a root use the bundled production root.
 */
class VerifyBundleConformanceTest {

    static final String DEFAULT_IDENTITY = "https://github.com/sigstore-conformance/extremely-dangerous-public-oidc-beacon/"
            + ".github/workflows/extremely-dangerous-oidc-beacon.yml@refs/heads/main";
    static final String DEFAULT_ISSUER = "https://token.actions.githubusercontent.com";

    static Path cases() throws URISyntaxException {
        return Path.of(VerifyBundleConformanceTest.class.getResource("/sigstore-conformance/bundle-verify").toURI());
    }

    static List<Path> caseDirs() throws Exception {
        try (Stream<Path> s = Files.list(cases())) {
            return s.filter(Files::isDirectory).sorted().toList();
        }
    }

    @Test
    void all_seventy_cases_are_in_the_test_resources() throws Exception {
        assertThat(caseDirs()).hasSize(70);
    }

    @TestFactory
    Stream<DynamicTest> every_case_in_path_and_digest_form() throws Exception {
        List<DynamicTest> tests = new ArrayList<>();
        for (Path dir : caseDirs()) {
            for (boolean digestForm : new boolean[] {false, true}) {
                String name = dir.getFileName() + (digestForm ? " (sha256:)" : " (path)");
                tests.add(DynamicTest.dynamicTest(name, () -> run(dir, digestForm)));
            }
        }
        return tests.stream();
    }

    static void run(Path dir, boolean digestForm) throws Exception {
        boolean mustFail = dir.getFileName().toString().endsWith("_fail");
        Path artifact = Files.exists(dir.resolve("artifact")) ? dir.resolve("artifact") : cases().resolve("a.txt");
        List<String> args = new ArrayList<>(List.of("verify-bundle", "--bundle", dir.resolve("bundle.sigstore.json").toString()));
        if (Files.exists(dir.resolve("key.pub"))) {
            args.addAll(List.of("--key", dir.resolve("key.pub").toString()));
        } else {
            args.addAll(List.of("--certificate-identity", read(dir, "identity", DEFAULT_IDENTITY),
                    "--certificate-oidc-issuer", read(dir, "issuer", DEFAULT_ISSUER)));
        }
        if (Files.exists(dir.resolve("trusted_root.json"))) {
            args.addAll(List.of("--trusted-root", dir.resolve("trusted_root.json").toString()));
        }
        args.add(digestForm
                ? "sha256:" + HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256")
                        .digest(Files.readAllBytes(artifact)))
                : artifact.toString());
        CliTest.Run r = CliTest.run(args.toArray(String[]::new));
        if (mustFail) {
            assertThat(r.code()).as("must not verify: %s%s", r.out(), r.err()).isIn(ExitCode.PROBLEMS_FOUND, ExitCode.BAD_INPUT);
            assertThat(r.err()).startsWith("greenops: ").doesNotContain("internal error").doesNotContain("Exception");
        } else {
            assertThat(r.code()).as("must verify: %s%s", r.out(), r.err()).isEqualTo(ExitCode.OK);
            assertThat(r.out()).startsWith("OK: ");
        }
    }

    static String read(Path dir, String file, String fallback) throws Exception {
        Path p = dir.resolve(file);
        return Files.exists(p) ? Files.readString(p).strip() : fallback;
    }
}
