package dev.greenops.model.trail.demo;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.List;

/** An append-only RFC 6962 Merkle tree in memory: the DEMO transparency log's entries, roots and inclusion proofs. */
final class MerkleLog {

    private final List<byte[]> leaves = new ArrayList<>();

    /** Appends an entry body and returns its index. */
    int append(byte[] body) {
        leaves.add(hash(new byte[] {0x00}, body));
        return leaves.size() - 1;
    }

    int size() {
        return leaves.size();
    }

    /** MTH of the first {@code size} entries. */
    byte[] root(int size) {
        return mth(0, size);
    }

    /** The audit path of entry {@code index} in the tree of the first {@code size} entries, leaf to root. */
    List<byte[]> inclusionProof(int index, int size) {
        if (index < 0 || index >= size || size > leaves.size()) {
            throw new IllegalArgumentException("entry " + index + " is not in a tree of " + size);
        }
        List<byte[]> path = new ArrayList<>();
        path(index, 0, size, path);
        return path;
    }

    private void path(int m, int from, int to, List<byte[]> out) {
        int n = to - from;
        if (n == 1) {
            return;
        }
        int k = largestPowerOfTwoBelow(n);
        if (m < k) {
            path(m, from, from + k, out);
            out.add(mth(from + k, to));
        } else {
            path(m - k, from + k, to, out);
            out.add(mth(from, from + k));
        }
    }

    private byte[] mth(int from, int to) {
        int n = to - from;
        if (n == 0) {
            return hash(new byte[0], new byte[0]);
        }
        if (n == 1) {
            return leaves.get(from);
        }
        int k = largestPowerOfTwoBelow(n);
        return hash(new byte[] {0x01}, concat(mth(from, from + k), mth(from + k, to)));
    }

    private static int largestPowerOfTwoBelow(int n) {
        return Integer.highestOneBit(n - 1);
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] out = new byte[a.length + b.length];
        System.arraycopy(a, 0, out, 0, a.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }

    private static byte[] hash(byte[] prefix, byte[] data) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update(prefix);
            sha.update(data);
            return sha.digest();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
