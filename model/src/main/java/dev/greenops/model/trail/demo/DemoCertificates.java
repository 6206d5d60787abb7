package dev.greenops.model.trail.demo;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.cert.CertificateException;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.Date;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.DEROctetString;
import org.bouncycastle.asn1.DERUTF8String;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x500.X500NameBuilder;
import org.bouncycastle.asn1.x500.style.BCStyle;
import org.bouncycastle.asn1.x509.AuthorityKeyIdentifier;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.ExtendedKeyUsage;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.GeneralName;
import org.bouncycastle.asn1.x509.GeneralNames;
import org.bouncycastle.asn1.x509.KeyPurposeId;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.asn1.x509.SubjectKeyIdentifier;
import org.bouncycastle.asn1.x509.SubjectPublicKeyInfo;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cert.X509v3CertificateBuilder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;

/**
 * Certificates of the DEMO instance, shaped like Fulcio's: a self-signed CA whose subject says DEMO, and per-signature
 * leaf certificates valid for ten minutes with the signer in the SAN, the OIDC issuer in Fulcio's extensions and an
 * SCT from the DEMO CT log embedded (RFC 6962 precertificate signing).
 */
final class DemoCertificates {

    static final ASN1ObjectIdentifier ISSUER_V1 = new ASN1ObjectIdentifier("1.3.6.1.4.1.57264.1.1");
    static final ASN1ObjectIdentifier ISSUER_V2 = new ASN1ObjectIdentifier("1.3.6.1.4.1.57264.1.8");
    static final ASN1ObjectIdentifier SCT_LIST = new ASN1ObjectIdentifier("1.3.6.1.4.1.11129.2.4.2");

    private DemoCertificates() {}

    static X500Name caName() {
        return new X500NameBuilder(BCStyle.INSTANCE)
                .addRDN(BCStyle.O, DemoSigstore.CA_ORGANIZATION)
                .addRDN(BCStyle.CN, DemoSigstore.CA_COMMON_NAME)
                .build();
    }

    static X509Certificate ca(DemoKey caKey, Instant from, Instant to) {
        try {
            SubjectPublicKeyInfo spki = SubjectPublicKeyInfo.getInstance(caKey.spki());
            var builder = new X509v3CertificateBuilder(caName(), serial("ca", caKey), Date.from(from), Date.from(to), caName(), spki)
                    .addExtension(Extension.basicConstraints, true, new BasicConstraints(0))
                    .addExtension(Extension.keyUsage, true, new KeyUsage(KeyUsage.keyCertSign | KeyUsage.cRLSign))
                    .addExtension(Extension.subjectKeyIdentifier, false, keyId(caKey));
            return convert(builder.build(caKey.contentSigner()));
        } catch (IOException | CertificateException e) {
            throw new IllegalStateException("cannot build the DEMO CA certificate", e);
        }
    }

    /**
     * A leaf for {@code identity}, issued at {@code notBefore} for ten minutes, with an embedded SCT signed by the CT
     * log key over the precertificate (the same TBS without the SCT extension).
     */
    static X509Certificate leaf(DemoKey caKey, DemoKey ctKey, DemoKey leafKey, String identity, String oidcIssuer, Instant notBefore) {
        try {
            Instant notAfter = notBefore.plusSeconds(600);
            BigInteger serial = serial("leaf/" + identity + "/" + notBefore, leafKey);
            X509v3CertificateBuilder pre = leafBuilder(caKey, leafKey, identity, oidcIssuer, notBefore, notAfter, serial);
            byte[] precertTbs = pre.build(caKey.contentSigner()).toASN1Structure().getTBSCertificate().getEncoded();
            byte[] sct = sct(ctKey, caKey, precertTbs, notBefore.toEpochMilli());
            ByteArrayOutputStream list = new ByteArrayOutputStream();
            writeLength(list, sct.length + 2, 2);
            writeLength(list, sct.length, 2);
            list.write(sct);
            X509v3CertificateBuilder fin = leafBuilder(caKey, leafKey, identity, oidcIssuer, notBefore, notAfter, serial)
                    .addExtension(SCT_LIST, false, new DEROctetString(list.toByteArray()));
            return convert(fin.build(caKey.contentSigner()));
        } catch (IOException | CertificateException e) {
            throw new IllegalStateException("cannot build a DEMO signing certificate", e);
        }
    }

    private static X509v3CertificateBuilder leafBuilder(DemoKey caKey, DemoKey leafKey, String identity, String oidcIssuer,
            Instant notBefore, Instant notAfter, BigInteger serial) throws IOException {
        GeneralName san = identity.contains("@") && !identity.contains("://")
                ? new GeneralName(GeneralName.rfc822Name, identity)
                : new GeneralName(GeneralName.uniformResourceIdentifier, identity);
        return new X509v3CertificateBuilder(caName(), serial, Date.from(notBefore), Date.from(notAfter), new X500Name(new org.bouncycastle.asn1.x500.RDN[0]),
                        SubjectPublicKeyInfo.getInstance(leafKey.spki()))
                .addExtension(Extension.keyUsage, true, new KeyUsage(KeyUsage.digitalSignature))
                .addExtension(Extension.extendedKeyUsage, false, new ExtendedKeyUsage(KeyPurposeId.id_kp_codeSigning))
                .addExtension(Extension.subjectKeyIdentifier, false, keyId(leafKey))
                .addExtension(Extension.authorityKeyIdentifier, false, new AuthorityKeyIdentifier(keyId(caKey).getKeyIdentifier()))
                .addExtension(Extension.subjectAlternativeName, true, new GeneralNames(san))
                .addExtension(ISSUER_V1, false, oidcIssuer.getBytes(StandardCharsets.UTF_8))
                .addExtension(ISSUER_V2, false, new DERUTF8String(oidcIssuer));
    }

    /** An RFC 6962 v1 SCT for a precertificate entry, serialized as in the SCT list. */
    private static byte[] sct(DemoKey ctKey, DemoKey caKey, byte[] precertTbs, long timestampMillis) throws IOException {
        byte[] logId = sha256(ctKey.spki());
        ByteArrayOutputStream signed = new ByteArrayOutputStream();
        signed.write(0); // version v1
        signed.write(0); // signature type: certificate_timestamp
        writeLength(signed, timestampMillis, 8);
        writeLength(signed, 1, 2); // entry type: precert_entry
        signed.write(sha256(caKey.spki())); // issuer key hash
        writeLength(signed, precertTbs.length, 3);
        signed.write(precertTbs);
        writeLength(signed, 0, 2); // no extensions
        byte[] signature = ctKey.sign(signed.toByteArray());

        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(0);
        out.write(logId);
        writeLength(out, timestampMillis, 8);
        writeLength(out, 0, 2);
        out.write(4); // hash: sha256
        out.write(3); // signature: ecdsa
        writeLength(out, signature.length, 2);
        out.write(signature);
        return out.toByteArray();
    }

    private static void writeLength(ByteArrayOutputStream out, long value, int bytes) {
        for (int i = bytes - 1; i >= 0; i--) {
            out.write((int) (value >>> (8 * i)) & 0xff);
        }
    }

    private static SubjectKeyIdentifier keyId(DemoKey key) {
        byte[] h = sha256(key.spki());
        return new SubjectKeyIdentifier(java.util.Arrays.copyOf(h, 20));
    }

    /** Positive, 16 bytes, derived from what the certificate is for: deterministic and distinct. */
    private static BigInteger serial(String what, DemoKey key) {
        MessageDigest sha = sha();
        sha.update(what.getBytes(StandardCharsets.UTF_8));
        sha.update(key.spki());
        return new BigInteger(1, java.util.Arrays.copyOf(sha.digest(), 16)).setBit(120);
    }

    private static X509Certificate convert(X509CertificateHolder holder) throws CertificateException {
        return new JcaX509CertificateConverter().getCertificate(holder);
    }

    static byte[] sha256(byte[] data) {
        return sha().digest(data);
    }

    private static MessageDigest sha() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
