package dev.greenops.model.trail.demo;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.AlgorithmParameters;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.MessageDigest;
import java.security.PublicKey;
import java.security.spec.ECGenParameterSpec;
import java.security.spec.ECParameterSpec;
import java.security.spec.ECPoint;
import java.security.spec.ECPublicKeySpec;
import org.bouncycastle.asn1.ASN1Integer;
import org.bouncycastle.asn1.DERSequence;
import org.bouncycastle.asn1.x509.AlgorithmIdentifier;
import org.bouncycastle.asn1.x9.X9ECParameters;
import org.bouncycastle.asn1.x9.X9ObjectIdentifiers;
import org.bouncycastle.crypto.digests.SHA256Digest;
import org.bouncycastle.crypto.ec.CustomNamedCurves;
import org.bouncycastle.crypto.params.ECDomainParameters;
import org.bouncycastle.crypto.params.ECPrivateKeyParameters;
import org.bouncycastle.crypto.signers.ECDSASigner;
import org.bouncycastle.crypto.signers.HMacDSAKCalculator;
import org.bouncycastle.operator.ContentSigner;

/**
 * A P-256 key of the DEMO Sigstore instance, derived from a seed and a label, that signs deterministically (ECDSA
 * with RFC 6979 nonces). The same seed and label always give the same key and the same signatures, so
 * {@code greenops sample} writes identical bytes every time. The seed is public: these keys protect nothing, which is
 * why everything they sign is labelled DEMO and verifies only against the DEMO root.
 */
public final class DemoKey {

    private static final X9ECParameters CURVE = CustomNamedCurves.getByName("secp256r1");
    private static final ECDomainParameters DOMAIN =
            new ECDomainParameters(CURVE.getCurve(), CURVE.getG(), CURVE.getN(), CURVE.getH());

    private final ECPrivateKeyParameters privateKey;
    private final PublicKey publicKey;

    private DemoKey(BigInteger d) throws GeneralSecurityException {
        this.privateKey = new ECPrivateKeyParameters(d, DOMAIN);
        var q = CURVE.getG().multiply(d).normalize();
        AlgorithmParameters params = AlgorithmParameters.getInstance("EC");
        params.init(new ECGenParameterSpec("secp256r1"));
        ECParameterSpec spec = params.getParameterSpec(ECParameterSpec.class);
        ECPoint w = new ECPoint(q.getAffineXCoord().toBigInteger(), q.getAffineYCoord().toBigInteger());
        this.publicKey = KeyFactory.getInstance("EC").generatePublic(new ECPublicKeySpec(w, spec));
    }

    /** The key for {@code label} under {@code seed}: d = SHA-256(seed, label) reduced into [1, n-1]. */
    public static DemoKey derive(String seed, String label) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update(seed.getBytes(StandardCharsets.UTF_8));
            sha.update((byte) 0);
            sha.update(label.getBytes(StandardCharsets.UTF_8));
            BigInteger d = new BigInteger(1, sha.digest()).mod(CURVE.getN().subtract(BigInteger.ONE)).add(BigInteger.ONE);
            return new DemoKey(d);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("the JDK lacks P-256", e);
        }
    }

    public PublicKey publicKey() {
        return publicKey;
    }

    /** The DER SubjectPublicKeyInfo, as trusted roots and log ids use it. */
    public byte[] spki() {
        return publicKey.getEncoded();
    }

    /** ECDSA-SHA256 over {@code message}, DER encoded, with an RFC 6979 nonce. */
    public byte[] sign(byte[] message) {
        try {
            return signDigest(MessageDigest.getInstance("SHA-256").digest(message));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** ECDSA over an already computed SHA-256 digest (what a hashedrekord signature is). */
    public byte[] signDigest(byte[] digest) {
        ECDSASigner signer = new ECDSASigner(new HMacDSAKCalculator(new SHA256Digest()));
        signer.init(true, privateKey);
        BigInteger[] rs = signer.generateSignature(digest);
        try {
            return new DERSequence(new ASN1Integer[] {new ASN1Integer(rs[0]), new ASN1Integer(rs[1])}).getEncoded();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A BouncyCastle content signer (ecdsa-with-SHA256) for certificates, deterministic like everything here. */
    public ContentSigner contentSigner() {
        return new ContentSigner() {
            private final ByteArrayOutputStream buffer = new ByteArrayOutputStream();

            @Override
            public AlgorithmIdentifier getAlgorithmIdentifier() {
                return new AlgorithmIdentifier(X9ObjectIdentifiers.ecdsa_with_SHA256);
            }

            @Override
            public OutputStream getOutputStream() {
                return buffer;
            }

            @Override
            public byte[] getSignature() {
                return sign(buffer.toByteArray());
            }
        };
    }
}
