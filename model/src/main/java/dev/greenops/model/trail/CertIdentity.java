package dev.greenops.model.trail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.bouncycastle.asn1.ASN1Encodable;
import org.bouncycastle.asn1.ASN1OctetString;
import org.bouncycastle.asn1.ASN1Primitive;
import org.bouncycastle.asn1.ASN1String;
import org.bouncycastle.asn1.ASN1TaggedObject;
import org.bouncycastle.asn1.x509.GeneralName;
import org.bouncycastle.asn1.x509.GeneralNames;
import org.bouncycastle.asn1.x509.OtherName;

/** Reads the signer identity Fulcio writes into a certificate: the SAN and the OIDC issuer extension. */
public final class CertIdentity {

    /** Fulcio's issuer extension, v2 (a DER UTF8String). */
    public static final String OIDC_ISSUER_V2 = "1.3.6.1.4.1.57264.1.8";
    /** Fulcio's issuer extension, v1 (the raw string, deprecated but still written). */
    public static final String OIDC_ISSUER_V1 = "1.3.6.1.4.1.57264.1.1";

    private CertIdentity() {}

    /** Every email, URI and Fulcio username (otherName) in the Subject Alternative Name, in order. */
    public static List<String> subjectAlternativeNames(X509Certificate cert) {
        List<String> out = new ArrayList<>();
        byte[] ext = cert.getExtensionValue("2.5.29.17");
        if (ext == null) {
            return out;
        }
        try {
            GeneralNames names = GeneralNames.getInstance(ASN1OctetString.getInstance(ext).getOctets());
            for (GeneralName name : names.getNames()) {
                switch (name.getTagNo()) {
                    case GeneralName.rfc822Name, GeneralName.uniformResourceIdentifier, GeneralName.dNSName ->
                            out.add(((ASN1String) name.getName()).getString());
                    case GeneralName.otherName -> {
                        ASN1Encodable value = OtherName.getInstance(name.getName()).getValue();
                        if (value instanceof ASN1TaggedObject tagged) {
                            value = tagged.getBaseObject();
                        }
                        if (value instanceof ASN1String s) {
                            out.add(s.getString());
                        }
                    }
                    default -> {
                        // IP addresses and directory names are not Sigstore identities
                    }
                }
            }
        } catch (RuntimeException e) {
            // a malformed SAN has no identity in it: the policy check then fails, which is the safe answer
        }
        return out;
    }

    /** The OIDC issuer the certificate was issued for (v2 extension first, then v1), if any. */
    public static Optional<String> oidcIssuer(X509Certificate cert) {
        try {
            byte[] v2 = cert.getExtensionValue(OIDC_ISSUER_V2);
            if (v2 != null) {
                ASN1Primitive inner = ASN1Primitive.fromByteArray(ASN1OctetString.getInstance(v2).getOctets());
                if (inner instanceof ASN1String s) {
                    return Optional.of(s.getString());
                }
            }
            byte[] v1 = cert.getExtensionValue(OIDC_ISSUER_V1);
            if (v1 != null) {
                return Optional.of(new String(ASN1OctetString.getInstance(v1).getOctets(), StandardCharsets.UTF_8));
            }
        } catch (IOException | RuntimeException e) {
            // unreadable extension: no issuer, so an issuer policy fails
        }
        return Optional.empty();
    }
}
