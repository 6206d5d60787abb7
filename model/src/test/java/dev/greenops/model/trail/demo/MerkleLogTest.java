package dev.greenops.model.trail.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.sigstore.merkle.InclusionProofVerifier;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import org.junit.jupiter.api.Test;

class MerkleLogTest {

    static byte[] leafHash(byte[] body) throws Exception {
        MessageDigest sha = MessageDigest.getInstance("SHA-256");
        sha.update((byte) 0);
        sha.update(body);
        return sha.digest();
    }

    @Test
    void every_inclusion_proof_of_every_tree_up_to_40_entries_verifies_with_sigstore_java() throws Exception {
        MerkleLog log = new MerkleLog();
        for (int i = 0; i < 40; i++) {
            log.append(("entry " + i).getBytes(StandardCharsets.UTF_8));
        }
        for (int n = 1; n <= 40; n++) {
            for (int i = 0; i < n; i++) {
                final int size = n;
                final int index = i;
                byte[] leaf = leafHash(("entry " + index).getBytes(StandardCharsets.UTF_8));
                var proof = log.inclusionProof(index, size);
                byte[] root = log.root(size);
                assertThatCode(() -> InclusionProofVerifier.verify(leaf, index, size, proof, root))
                        .as(index + " in " + size).doesNotThrowAnyException();
            }
        }
        byte[] wrongLeaf = leafHash("entry 3".getBytes(StandardCharsets.UTF_8));
        assertThatThrownBy(() -> InclusionProofVerifier.verify(wrongLeaf, 4, 9, log.inclusionProof(4, 9), log.root(9)))
                .isInstanceOf(Exception.class);
    }

    @Test
    void demo_keys_and_signatures_are_deterministic_and_valid_ecdsa() throws Exception {
        DemoKey a = DemoKey.derive("seed", "label");
        DemoKey b = DemoKey.derive("seed", "label");
        assertThat(a.spki()).isEqualTo(b.spki());
        assertThat(DemoKey.derive("seed", "other").spki()).isNotEqualTo(a.spki());
        byte[] msg = "hello".getBytes(StandardCharsets.UTF_8);
        assertThat(a.sign(msg)).isEqualTo(b.sign(msg));
        var jca = java.security.Signature.getInstance("SHA256withECDSA");
        jca.initVerify(a.publicKey());
        jca.update(msg);
        assertThat(jca.verify(a.sign(msg))).isTrue();
    }
}
