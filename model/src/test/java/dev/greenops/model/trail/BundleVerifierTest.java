package dev.greenops.model.trail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import dev.greenops.model.trail.demo.DemoSigstore;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.List;
import java.util.function.UnaryOperator;
import org.bouncycastle.asn1.x509.SubjectPublicKeyInfo;
import org.bouncycastle.openssl.PEMParser;
import org.bouncycastle.openssl.jcajce.JcaPEMKeyConverter;
import org.junit.jupiter.api.Test;

class BundleVerifierTest {

    static final byte[] LEDGER = (TrailFixtures.HEADER + "\n2026-10-05,node-01,batch-predict,ml,a@example.com,x,y,pytorch,gcp,"
            + "europe-west3,H100 SXM,8,1.0,1.8,1.1,138,0.2484,,,,measured-nvml@1,electricitymaps:hourly:direct,"
            + "2026-10-05T23:40:00Z\n").getBytes(StandardCharsets.UTF_8);
    static final Instant SIGNED = Instant.parse("2026-10-05T23:40:00Z");

    final DemoSigstore demo = new DemoSigstore();
    final TrustRoot demoRoot = root(demo);
    final BundleVerifier verifier = new BundleVerifier(demoRoot, TrailFixtures.CLOCK);

    static TrustRoot root(DemoSigstore s) {
        try {
            return TrustRoots.parse(s.trustedRootJson().getBytes(StandardCharsets.UTF_8), "DEMO-trusted_root.json", "test",
                    Instant.parse("2026-11-01T00:00:00Z"), "test", null);
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    String bundle() {
        return demo.sign(LEDGER, DemoSigstore.SIGNER, DemoSigstore.ISSUER, SIGNED);
    }

    BundleVerdict verify(String bundle, SignerPolicy policy) {
        return verifier.verify("b.sigstore.json", bundle.getBytes(StandardCharsets.UTF_8), policy, Digests.sha256(LEDGER));
    }

    @Test
    void a_demo_bundle_verifies_against_the_demo_root_with_every_check_passed_and_sigstore_java_agreeing() {
        BundleVerdict v = verify(bundle(), TrailFixtures.DEMO_POLICY);
        assertThat(v.status()).as(v.reason()).isEqualTo(DayStatus.VERIFIED);
        BundleFacts f = v.facts();
        assertThat(f.signer()).isEqualTo(DemoSigstore.SIGNER);
        assertThat(f.issuer()).isEqualTo(DemoSigstore.ISSUER);
        assertThat(f.integratedTime()).isEqualTo(SIGNED.plusSeconds(2));
        assertThat(f.certificateIssuer()).contains("DEMO");
        assertThat(f.signedDigests()).containsExactly(Digests.hex(Digests.sha256(LEDGER)));
        for (Check c : List.of(Check.CERTIFICATE_CHAIN, Check.SCT, Check.LOG_KEY, Check.SIGNED_ENTRY_TIMESTAMP,
                Check.INCLUSION_PROOF, Check.CHECKPOINT, Check.SIGNING_TIME, Check.SIGNATURE, Check.LOG_ENTRY_MATCH,
                Check.IDENTITY, Check.ARTIFACT_DIGEST, Check.SIGSTORE_JAVA)) {
            assertThat(f.check(c)).as(c.name()).isEqualTo(Check.State.PASSED);
        }
    }

    @Test
    void the_same_bundle_is_untrusted_against_the_production_root_and_against_another_instance() {
        BundleVerdict prod = new BundleVerifier(TrustRoots.bundledProduction(), TrailFixtures.CLOCK)
                .verify("b", bundle().getBytes(StandardCharsets.UTF_8), TrailFixtures.DEMO_POLICY, Digests.sha256(LEDGER));
        assertThat(prod.status()).isEqualTo(DayStatus.UNTRUSTED);
        assertThat(prod.reason()).contains("transparency log this root does not know");

        BundleVerdict other = new BundleVerifier(root(new DemoSigstore("someone else")), TrailFixtures.CLOCK)
                .verify("b", bundle().getBytes(StandardCharsets.UTF_8), TrailFixtures.DEMO_POLICY, Digests.sha256(LEDGER));
        assertThat(other.status()).isEqualTo(DayStatus.UNTRUSTED);
    }

    @Test
    void a_different_signer_or_issuer_is_wrong_identity_and_a_matching_regex_verifies() {
        assertThat(verify(bundle(), SignerPolicy.Identity.exact("auditor@demo.greenops.example", DemoSigstore.ISSUER)).status())
                .isEqualTo(DayStatus.WRONG_IDENTITY);
        assertThat(verify(bundle(), SignerPolicy.Identity.exact(DemoSigstore.SIGNER, "https://accounts.google.com")).status())
                .isEqualTo(DayStatus.WRONG_IDENTITY);
        assertThat(verify(bundle(), SignerPolicy.Identity.regex(".*@demo\\.greenops\\.example", DemoSigstore.ISSUER)).status())
                .isEqualTo(DayStatus.VERIFIED);
        // a regex must match the whole SAN, not a part of it
        assertThat(verify(bundle(), SignerPolicy.Identity.regex("ledger-signer", DemoSigstore.ISSUER)).status())
                .isEqualTo(DayStatus.WRONG_IDENTITY);
        String stranger = demo.sign(LEDGER, "intruder@demo.greenops.example", DemoSigstore.ISSUER, SIGNED);
        BundleVerdict v = verify(stranger, TrailFixtures.DEMO_POLICY);
        assertThat(v.status()).isEqualTo(DayStatus.WRONG_IDENTITY);
        assertThat(v.reason()).contains("intruder@demo.greenops.example");
    }

    @Test
    void other_file_bytes_are_tampered() {
        byte[] other = "date\n2026-10-05\n".getBytes(StandardCharsets.UTF_8);
        BundleVerdict v = verifier.verify("b", bundle().getBytes(StandardCharsets.UTF_8), TrailFixtures.DEMO_POLICY,
                Digests.sha256(other));
        assertThat(v.status()).isEqualTo(DayStatus.TAMPERED);
        assertThat(v.facts().check(Check.ARTIFACT_DIGEST)).isEqualTo(Check.State.FAILED);
    }

    @Test
    void a_changed_file_signed_by_the_wrong_identity_is_tampered_the_more_serious_finding_naming_both() {
        byte[] other = "date\n2026-10-05\n".getBytes(StandardCharsets.UTF_8);
        String stranger = demo.sign(LEDGER, "intruder@demo.greenops.example", DemoSigstore.ISSUER, SIGNED);
        BundleVerdict v = verifier.verify("b", stranger.getBytes(StandardCharsets.UTF_8), TrailFixtures.DEMO_POLICY,
                Digests.sha256(other));
        assertThat(v.status()).isEqualTo(DayStatus.TAMPERED);
        assertThat(v.reason()).startsWith("the file's SHA-256 is ").contains("intruder@demo.greenops.example");
        assertThat(v.facts().check(Check.ARTIFACT_DIGEST)).isEqualTo(Check.State.FAILED);
        assertThat(v.facts().check(Check.IDENTITY)).isEqualTo(Check.State.FAILED);
        // the same bundle over the file it signed is only the wrong identity
        assertThat(verify(stranger, TrailFixtures.DEMO_POLICY).status()).isEqualTo(DayStatus.WRONG_IDENTITY);
    }

    @Test
    void an_integrated_time_in_the_future_of_the_verifier_is_untrusted() {
        Clock before = Clock.fixed(SIGNED.minusSeconds(3600), ZoneOffset.UTC);
        BundleVerdict v = new BundleVerifier(demoRoot, before).verify("b", bundle().getBytes(StandardCharsets.UTF_8),
                TrailFixtures.DEMO_POLICY, Digests.sha256(LEDGER));
        assertThat(v.status()).isEqualTo(DayStatus.UNTRUSTED);
        assertThat(v.reason()).contains("in the future");
    }

    @Test
    void a_log_key_used_before_its_validity_start_in_the_root_is_untrusted() {
        // the DEMO log key is valid from 2024-01-01: an entry integrated in 2023 must not pass (sigstore-java lets it)
        String early = demo.sign(LEDGER, DemoSigstore.SIGNER, DemoSigstore.ISSUER, Instant.parse("2023-12-30T12:00:00Z"));
        BundleVerdict v = verify(early, TrailFixtures.DEMO_POLICY);
        assertThat(v.status()).isEqualTo(DayStatus.UNTRUSTED);
    }

    @Test
    void a_public_key_bundle_verifies_with_its_key_and_fails_with_an_identity_or_another_key() throws Exception {
        String keyBundle = demo.signWithKey(LEDGER, SIGNED);
        SignerPolicy.Key key = new SignerPolicy.Key(publicKey(demo.managedKeyPem()), "demo.pub");
        assertThat(verify(keyBundle, key).status()).isEqualTo(DayStatus.VERIFIED);
        assertThat(verify(keyBundle, TrailFixtures.DEMO_POLICY).status()).isEqualTo(DayStatus.WRONG_IDENTITY);
        SignerPolicy.Key otherKey = new SignerPolicy.Key(publicKey(new DemoSigstore("x").managedKeyPem()), "x.pub");
        assertThat(verify(keyBundle, otherKey).status()).isIn(DayStatus.BAD_SIGNATURE, DayStatus.WRONG_IDENTITY);
        assertThat(verify(bundle(), key).status()).isEqualTo(DayStatus.WRONG_IDENTITY);
    }

    static java.security.PublicKey publicKey(String pem) throws Exception {
        try (PEMParser p = new PEMParser(new java.io.StringReader(pem))) {
            return new JcaPEMKeyConverter().getPublicKey((SubjectPublicKeyInfo) p.readObject());
        }
    }

    /** Rewrites one JSON string value (found by its exact text) in the bundle. */
    static String replace(String bundle, String field, UnaryOperator<String> change) {
        int at = bundle.indexOf("\"" + field + "\":\"");
        assertThat(at).as(field).isPositive();
        int start = at + field.length() + 4;
        int end = bundle.indexOf('"', start);
        return bundle.substring(0, start) + change.apply(bundle.substring(start, end)) + bundle.substring(end);
    }

    static String flipBase64(String b64, int byteIndex) {
        byte[] raw = Base64.getDecoder().decode(b64);
        raw[Math.floorMod(byteIndex, raw.length)] ^= 0x01;
        return Base64.getEncoder().encodeToString(raw);
    }

    @Test
    void changing_any_signed_part_of_a_bundle_never_verifies() {
        String good = bundle();
        List<String> fields = List.of("signature", "rawBytes", "signedEntryTimestamp", "rootHash", "canonicalizedBody",
                "digest", "keyId");
        for (String field : fields) {
            for (int i : new int[] {0, 7, 31, -1}) {
                String bad = replace(good, field, v -> flipBase64(v, i));
                BundleVerdict v = verify(bad, TrailFixtures.DEMO_POLICY);
                assertThat(v.status()).as(field + " byte " + i + ": " + v.reason()).isNotEqualTo(DayStatus.VERIFIED);
            }
        }
        String otherIndex = good.replace("\"logIndex\":\"0\"", "\"logIndex\":\"1\"");
        assertThat(verify(otherIndex, TrailFixtures.DEMO_POLICY).status()).isNotEqualTo(DayStatus.VERIFIED);
        String otherTime = replace(good, "integratedTime", t -> Long.toString(Long.parseLong(t) + 1));
        assertThat(verify(otherTime, TrailFixtures.DEMO_POLICY).status()).isEqualTo(DayStatus.UNTRUSTED);
    }

    @Test
    void hostile_bundles_are_unreadable_with_a_located_reason_and_never_throw() {
        String good = bundle();
        List<String> hostile = List.of(
                "",
                "not json",
                "[]",
                "{\"mediaType\":1}",
                good.substring(0, good.length() / 2),
                good.replace("\"certificate\":{", "\"x509CertificateChain\":{\"certificates\":[]},\"c\":{"),
                good.replace("\"logIndex\":\"0\"", "\"logIndex\":\"-5\""),
                good.replace("\"logIndex\":\"0\"", "\"logIndex\":\"99999999999999999999999\""),
                good.replace("\"treeSize\":\"1\"", "\"treeSize\":\"0\""),
                "[".repeat(5000) + "]".repeat(5000),
                "{\"a\":\"" + "x".repeat(2_000_000) + "\"}",
                good.replace("\"mediaType\"", "\"mediaType\":\"x\",\"mediaType\""));
        for (String h : hostile) {
            assertThatCode(() -> {
                        BundleVerdict v = verify(h, TrailFixtures.DEMO_POLICY);
                        assertThat(v.status()).as(v.reason()).isIn(DayStatus.UNREADABLE, DayStatus.UNTRUSTED);
                        assertThat(v.reason()).isNotBlank();
                    })
                    .doesNotThrowAnyException();
        }
        BundleVerdict json = verify("{\n  \"mediaType\": oops\n}", TrailFixtures.DEMO_POLICY);
        assertThat(json.reason()).startsWith("b.sigstore.json:2:");
        StringBuilder many = new StringBuilder(good);
        String hashes = "\"hashes\":[";
        int at = many.indexOf(hashes) + hashes.length();
        many.insert(at, ("\"" + Base64.getEncoder().encodeToString(new byte[32]) + "\",").repeat(100));
        assertThat(verify(many.toString(), TrailFixtures.DEMO_POLICY).status()).isEqualTo(DayStatus.UNREADABLE);
    }
}
