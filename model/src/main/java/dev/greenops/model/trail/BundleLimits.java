package dev.greenops.model.trail;

import dev.greenops.model.common.Problem;
import java.util.Locale;

/**
 * The one size limit on a Sigstore bundle, for every reader of one (the parser, the trail verifier, {@code greenops
 * verify-bundle}), so that a bundle is never accepted by one and refused by another, and the refusal names the limit.
 */
public final class BundleLimits {

    /** Real bundles are 5–20 KiB; a mebibyte is generous and still cheap to refuse before reading. */
    public static final int MAX_BUNDLE_BYTES = 1 << 20;

    private BundleLimits() {}

    /** Whether a bundle file of {@code sizeBytes} is over the limit. */
    public static boolean tooLarge(long sizeBytes) {
        return sizeBytes > MAX_BUNDLE_BYTES;
    }

    /** The problem of a bundle over the limit, for the whole file ({@code FILE:0:0}), naming its size and the limit. */
    public static Problem tooLargeProblem(String file, long sizeBytes) {
        return Problem.error(file, 0, 0, String.format(Locale.ROOT, "the bundle is %,d bytes", sizeBytes),
                String.format(Locale.ROOT, "a Sigstore bundle of at most %,d bytes (1 MiB)", MAX_BUNDLE_BYTES));
    }
}
