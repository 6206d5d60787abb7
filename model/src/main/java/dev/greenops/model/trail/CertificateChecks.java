package dev.greenops.model.trail;

import dev.sigstore.encryption.certificates.transparency.VerifiedSCT;
import dev.sigstore.trustroot.CertificateAuthority;
import dev.sigstore.trustroot.TransparencyLog;
import java.security.cert.CertPathValidator;
import java.security.cert.CertificateFactory;
import java.security.cert.PKIXParameters;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Date;
import java.util.List;
import java.util.Set;

/**
 * The certificate half: the leaf was valid at every verified signing time, it chains to a CA of the root that was in
 * force when it was issued (checked at each signing time, not only at issuance as sigstore-java does), it is a
 * code-signing certificate, and it carries an SCT from a CT log of the root. sigstore-java's FulcioVerifier must agree.
 */
final class CertificateChecks {

    private static final String CODE_SIGNING = "1.3.6.1.5.5.7.3.3";

    private CertificateChecks() {}

    static void verify(VerificationRun run) throws BundleRejected {
        X509Certificate leaf = run.bundle.leaf();
        Instant notBefore = leaf.getNotBefore().toInstant();
        Instant notAfter = leaf.getNotAfter().toInstant();
        for (SignedTime t : run.signedTimes) {
            if (t.time().isBefore(notBefore) || t.time().isAfter(notAfter)) {
                String by = t.source() == SignedTime.Source.TRANSPARENCY_LOG ? "the log integrated the entry" : "the TSA stamped it";
                throw run.fail(Check.SIGNING_TIME, DayStatus.UNTRUSTED, "the certificate was not valid when " + by + " ("
                        + t.time() + "; certificate valid " + notBefore + " to " + notAfter + ")");
            }
        }
        run.pass(Check.SIGNING_TIME);

        List<CertificateAuthority> cas = CertificateAuthority.find(run.root.library().getCAs(), notBefore);
        if (cas.isEmpty()) {
            throw run.fail(Check.CERTIFICATE_CHAIN, DayStatus.UNTRUSTED, "no certificate authority of the root was in force"
                    + " when the certificate was issued (" + notBefore + ")");
        }
        List<X509Certificate> extra = run.bundle.certificates().subList(1, run.bundle.certificates().size());
        List<X509Certificate> caChain = null;
        String why = "";
        for (CertificateAuthority ca : cas) {
            List<X509Certificate> chain = new ArrayList<>();
            for (var c : ca.getCertPath().getCertificates()) {
                chain.add((X509Certificate) c);
            }
            if (!extra.stream().allMatch(x -> chain.stream().anyMatch(c -> sameCertificate(c, x)))) {
                why = "the bundle carries a certificate that is not part of " + ca.getUri();
                continue;
            }
            try {
                List<X509Certificate> path = new ArrayList<>();
                path.add(leaf);
                path.addAll(chain.subList(0, chain.size() - 1)); // the last one is the anchor itself
                var certPath = CertificateFactory.getInstance("X.509").generateCertPath(path);
                PKIXParameters params = new PKIXParameters(Set.of(ca.asTrustAnchor()));
                params.setRevocationEnabled(false);
                for (SignedTime t : run.signedTimes) {
                    params.setDate(Date.from(t.time()));
                    CertPathValidator.getInstance("PKIX").validate(certPath, params);
                }
                caChain = chain;
                break;
            } catch (Exception e) {
                why = ca.getUri() + ": " + TrustRoots.message(e);
            }
        }
        if (caChain == null) {
            throw run.fail(Check.CERTIFICATE_CHAIN, DayStatus.UNTRUSTED, "the certificate does not chain to a certificate"
                    + " authority of the trusted root (" + why + ")");
        }
        run.pass(Check.CERTIFICATE_CHAIN);

        boolean[] usage = leaf.getKeyUsage();
        List<String> eku;
        try {
            eku = leaf.getExtendedKeyUsage();
        } catch (Exception e) {
            eku = null;
        }
        if (usage == null || !usage[0] || eku == null || !eku.contains(CODE_SIGNING)) {
            throw run.fail(Check.CERTIFICATE_PROFILE, DayStatus.UNTRUSTED, "the certificate is not a code-signing"
                    + " certificate (it needs key usage digitalSignature and extended key usage codeSigning)");
        }
        run.pass(Check.CERTIFICATE_PROFILE);

        List<X509Certificate> full = new ArrayList<>();
        full.add(leaf);
        full.addAll(caChain);
        boolean sctOk = false;
        int seen = 0;
        try {
            var result = run.root.ct().verifySignedCertificateTimestamps(full, null, null);
            seen = result.getValidSCTs().size() + result.getInvalidSCTs().size();
            for (VerifiedSCT v : result.getValidSCTs()) {
                Instant when = Instant.ofEpochMilli(v.sct.getTimestamp());
                if (TransparencyLog.find(run.root.library().getCTLogs(), v.sct.getLogID(), when).isPresent()) {
                    sctOk = true;
                }
            }
        } catch (Exception e) {
            sctOk = false;
        }
        if (!sctOk) {
            throw run.fail(Check.SCT, DayStatus.UNTRUSTED, seen == 0
                    ? "the certificate carries no signed certificate timestamp (SCT) a CT log of the root made"
                    : "none of the certificate's " + seen + " SCTs is signed by a CT log of the root valid at that time");
        }
        run.pass(Check.SCT);

        // sigstore-java's own certificate check; KeylessVerifier repeats it at the end for the shapes it reads
        if (run.bundle.library() != null && !BundleVerifier.sigstoreJavaReads(run.bundle)) {
            try {
                run.root.fulcio().verifySigningCertificate(run.bundle.library().getCertPath());
            } catch (Exception e) {
                throw run.fail(Check.CERTIFICATE_CHAIN, DayStatus.UNTRUSTED, "sigstore-java's certificate check fails: "
                        + TrustRoots.message(e));
            }
        }
    }

    static boolean sameCertificate(X509Certificate a, X509Certificate b) {
        try {
            return Arrays.equals(a.getEncoded(), b.getEncoded());
        } catch (Exception e) {
            return false;
        }
    }
}
