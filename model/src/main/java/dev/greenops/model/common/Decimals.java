package dev.greenops.model.common;

import java.math.BigDecimal;

/**
 * Decimal values as the data has them. A DECIMAL(18, 6) column holds 71.49 as 71.490000: the six places are the
 * column's scale, not digits anyone measured, so whatever prints or exports a value drops the padding (never more
 * digits than the data has) without rounding away a digit that is there.
 */
public final class Decimals {

    private Decimals() {}

    /** {@code value} without trailing zeros and without an exponent: 71.490000 → 71.49, 100.000 → 100, 0E-6 → 0. */
    public static BigDecimal plain(BigDecimal value) {
        if (value == null) {
            return null;
        }
        BigDecimal stripped = value.stripTrailingZeros();
        // 100 strips to 1E+2: give such values scale 0 so they print as 100, not in exponent form
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }

    /** {@link #plain} as text: 71.49, 100, -0.5. */
    public static String plainText(BigDecimal value) {
        return value == null ? null : plain(value).toPlainString();
    }

    /**
     * A DuckDB expression giving {@code expression} (a DECIMAL) as text without the padding of its scale: 71.490000 →
     * '71.49', 100.000000 → '100'; NULL stays NULL. For exports DuckDB writes itself (COPY), where the value never
     * passes through the JVM.
     */
    public static String sqlPlainText(String expression) {
        return "regexp_replace(regexp_replace(cast(" + expression + " as varchar), '(\\.[0-9]*?)0+$', '\\1'),"
                + " '\\.$', '')";
    }
}
