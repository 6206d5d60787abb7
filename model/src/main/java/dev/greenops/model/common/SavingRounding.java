package dev.greenops.model.common;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * How a saving (kgCO2e saved, saving %, share of a possible saving) is rounded, wherever it is computed or shown: half
 * up to the decimals asked for, except that a negative that would round to zero keeps more decimals until its first
 * digit shows (at most {@value #MAX_DECIMALS}). A run or policy that made things dirtier, however slightly, must never
 * read as break-even: −0.04% at one decimal stays −0.04, never 0.0 or −0.0. One rule, so the model's figures, the
 * CLI's and the screens' agree.
 */
public final class SavingRounding {

    /** The most decimals a tiny negative is given; beyond that it is noise, and reads as −0.000001 at worst. */
    public static final int MAX_DECIMALS = 6;

    private SavingRounding() {}

    /** The decimals {@code v} is rounded to: {@code decimals}, or more for a negative that would round to zero. */
    public static int decimals(BigDecimal v, int decimals) {
        int d = decimals;
        if (v.signum() < 0) {
            while (d < MAX_DECIMALS && v.setScale(d, RoundingMode.HALF_UP).signum() == 0) {
                d++;
            }
        }
        return d;
    }

    /** As {@link #decimals(BigDecimal, int)}; NaN and infinities get {@code decimals}. */
    public static int decimals(double v, int decimals) {
        return Double.isNaN(v) || Double.isInfinite(v) ? decimals : decimals(BigDecimal.valueOf(v), decimals);
    }

    /** {@code v} rounded by the rule. */
    public static BigDecimal round(BigDecimal v, int decimals) {
        return v.setScale(decimals(v, decimals), RoundingMode.HALF_UP);
    }

    /** {@code v} rounded by the rule; NaN and infinities unchanged. */
    public static double round(double v, int decimals) {
        return Double.isNaN(v) || Double.isInfinite(v) ? v : round(BigDecimal.valueOf(v), decimals).doubleValue();
    }

    /** {@code part} as a percentage of {@code whole}, rounded by the rule; null when {@code whole} is zero. */
    public static Double percent(BigDecimal part, BigDecimal whole, int decimals) {
        if (whole.signum() == 0) {
            return null;
        }
        BigDecimal exact = part.multiply(BigDecimal.valueOf(100)).divide(whole, MathContext.DECIMAL64);
        return round(exact, decimals).doubleValue();
    }
}
