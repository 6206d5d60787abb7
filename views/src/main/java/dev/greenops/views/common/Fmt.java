package dev.greenops.views.common;

import dev.greenops.model.common.SavingRounding;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.text.NumberFormat;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * How the workbench writes numbers for people: thousands separators, a unit after every quantity, and never more
 * digits than the data has (a stored value is shown as stored; a total is rounded to what a reader can use). Exports
 * never go through here: they write plain values.
 */
public final class Fmt {

    public static final String KG = "kgCO2e";
    public static final String KWH = "kWh";
    public static final String GPU_H = "GPU-h";
    public static final String USD = "USD";
    public static final String G_PER_KWH = "g/kWh";
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
    private static final DateTimeFormatter INSTANT =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ZoneOffset.UTC);
    private static final DateTimeFormatter HOUR_MINUTE = DateTimeFormatter.ofPattern("HH:mm").withZone(ZoneOffset.UTC);

    private Fmt() {}

    private static Locale locale() {
        return Locale.getDefault(Locale.Category.FORMAT);
    }

    /** A stored value exactly as precise as it was stored (trailing zeros dropped), with thousands separators. */
    public static String exact(BigDecimal v) {
        if (v == null) {
            return "";
        }
        BigDecimal s = v.stripTrailingZeros();
        if (s.scale() < 0) {
            s = s.setScale(0);
        }
        NumberFormat f = NumberFormat.getNumberInstance(locale());
        f.setGroupingUsed(true);
        f.setMinimumFractionDigits(s.scale());
        f.setMaximumFractionDigits(s.scale());
        return f.format(s);
    }

    /**
     * A total, rounded for reading: no decimals from 1,000 up, one from 10, two from 1, three significant digits below
     * 1; and never more decimals than the value itself has.
     */
    public static String amount(BigDecimal v) {
        if (v == null) {
            return "";
        }
        BigDecimal abs = v.abs();
        BigDecimal rounded;
        if (abs.compareTo(BigDecimal.valueOf(1000)) >= 0) {
            rounded = v.setScale(0, RoundingMode.HALF_UP);
        } else if (abs.compareTo(BigDecimal.TEN) >= 0) {
            rounded = v.setScale(Math.min(1, Math.max(0, v.scale())), RoundingMode.HALF_UP);
        } else if (abs.compareTo(BigDecimal.ONE) >= 0) {
            rounded = v.setScale(Math.min(2, Math.max(0, v.scale())), RoundingMode.HALF_UP);
        } else if (abs.signum() == 0) {
            rounded = BigDecimal.ZERO;
        } else {
            rounded = v.round(new MathContext(3, RoundingMode.HALF_UP));
            if (rounded.scale() > 6) {
                rounded = rounded.setScale(6, RoundingMode.HALF_UP);
            }
        }
        return exact(rounded);
    }

    public static String amount(double v) {
        if (Double.isNaN(v) || Double.isInfinite(v)) {
            return "n/a";
        }
        return amount(BigDecimal.valueOf(v));
    }

    public static String withUnit(String number, String unit) {
        return number.isEmpty() ? "" : number + " " + unit;
    }

    public static String kg(BigDecimal v) {
        return withUnit(amount(v), KG);
    }

    public static String kg(double v) {
        return withUnit(amount(v), KG);
    }

    public static String kwh(BigDecimal v) {
        return withUnit(amount(v), KWH);
    }

    public static String gpuHours(BigDecimal v) {
        return withUnit(amount(v), GPU_H);
    }

    public static String usd(BigDecimal v) {
        return withUnit(amount(v), USD);
    }

    public static String count(long n) {
        return NumberFormat.getIntegerInstance(locale()).format(n);
    }

    /** "1 row", "2,208 rows". */
    public static String rows(long n) {
        return count(n) + (n == 1 ? " row" : " rows");
    }

    /** A share in percent with one decimal, e.g. "97.3%". */
    public static String percent(double share) {
        if (Double.isNaN(share) || Double.isInfinite(share)) {
            return "n/a";
        }
        NumberFormat f = NumberFormat.getNumberInstance(locale());
        f.setMaximumFractionDigits(1);
        f.setMinimumFractionDigits(1);
        return f.format(share) + "%";
    }

    /** A change in percent with its sign, e.g. "+4.2%", "−12.0%"; "n/a" when there is nothing to compare with. */
    public static String change(Double pct) {
        if (pct == null || pct.isNaN() || pct.isInfinite()) {
            return "n/a";
        }
        String p = percent(Math.abs(pct));
        return (pct > 0.05 ? "+" : pct < -0.05 ? "\u2212" : "\u00b1") + p;
    }

    /** A UTC timestamp as "yyyy-MM-dd HH:mm UTC". */
    public static String utc(LocalDateTime t) {
        return t == null ? "" : DATE_TIME.format(t) + " UTC";
    }

    /** An instant as "yyyy-MM-dd HH:mm UTC". */
    public static String utc(Instant t) {
        return t == null ? "" : INSTANT.format(t) + " UTC";
    }

    /** An instant as "yyyy-MM-dd HH:mm" in UTC, for columns and ranges whose heading already says UTC. */
    public static String dateTime(Instant t) {
        return t == null ? "" : INSTANT.format(t);
    }

    /** The UTC time of day, "HH:mm". */
    public static String hm(Instant t) {
        return HOUR_MINUTE.format(t);
    }

    /** The end of a stretch within a day: "24:00" for the end of the day rather than "00:00". */
    public static String endHm(Instant end, Instant dayStart) {
        return Duration.between(dayStart, end).equals(Duration.ofDays(1)) ? "24:00" : HOUR_MINUTE.format(end);
    }

    /**
     * A measured figure with up to {@code maxDecimals} decimals (fewer when the value has fewer) and thousands
     * separators: for values published with a known precision, such as intensities with two decimals.
     */
    public static String number(double v, int maxDecimals) {
        return digits(v, 0, maxDecimals);
    }

    /** A computed figure with exactly {@code decimals} decimals, so a column of them lines up. */
    public static String decimals(double v, int decimals) {
        return digits(v, decimals, decimals);
    }

    private static String digits(double v, int minDecimals, int maxDecimals) {
        if (Double.isNaN(v) || Double.isInfinite(v)) {
            return "n/a";
        }
        NumberFormat f = NumberFormat.getNumberInstance(locale());
        f.setGroupingUsed(true);
        f.setMinimumFractionDigits(minDecimals);
        f.setMaximumFractionDigits(maxDecimals);
        f.setRoundingMode(RoundingMode.HALF_UP);
        return noNegativeZero(f.format(v));
    }

    /**
     * A saving (kgCO2e saved, saving %, share of a possible saving) with {@code decimals} decimals and a true minus
     * sign below zero. A negative that would round to zero gains decimals until its first digit shows (at most 6), so
     * a run or policy that made things dirtier, however slightly, never reads as break-even: −0.04 at one decimal is
     * "−0.04", never "0.0" or "−0.0". Quantities whose sign means nothing at their precision keep
     * {@link #decimals(double, int)}, which drops the sign of a negative zero.
     */
    public static String saving(double v, int decimals) {
        if (Double.isNaN(v) || Double.isInfinite(v)) {
            return "n/a";
        }
        int d = savingDecimals(v, decimals);
        NumberFormat f = NumberFormat.getNumberInstance(locale());
        f.setGroupingUsed(true);
        f.setMinimumFractionDigits(d);
        f.setMaximumFractionDigits(d);
        f.setRoundingMode(RoundingMode.HALF_UP);
        String s = f.format(Math.abs(v));
        return v < 0 ? "\u2212" + s : s;
    }

    /** A saving in percent, as {@link #saving(double, int)} with "%"; "n/a" when there is none (null, NaN). */
    public static String savingPercent(Double pct, int decimals) {
        return pct == null || pct.isNaN() || pct.isInfinite() ? "n/a" : saving(pct, decimals) + "%";
    }

    /** A saving in kgCO2e as a total reads ({@link #amount(double)}), with a true minus sign below zero. */
    public static String savingKg(double v) {
        String s = amount(v);
        return withUnit(s.startsWith("-") ? "\u2212" + s.substring(1) : s, KG);
    }

    /**
     * How many decimals {@link #saving(double, int)} gives {@code v}: {@code decimals}, or more for a negative that
     * would round to zero at {@code decimals} (up to 6): the model's {@link SavingRounding}, so the screen, its exports
     * and the model's figures agree.
     */
    public static int savingDecimals(double v, int decimals) {
        return SavingRounding.decimals(v, decimals);
    }

    /** {@code v} rounded (half up) as {@link #saving(double, int)} shows it. */
    public static double roundSaving(double v, int decimals) {
        return SavingRounding.round(v, decimals);
    }

    private static String noNegativeZero(String s) {
        return s.startsWith("-") && s.substring(1).matches("[0.,\\s\u00a0\u202f]*") ? s.substring(1) : s;
    }

    /** A grid intensity, e.g. "1,234.57 g/kWh" (two decimals at most, as published); "no data" for a gap. */
    public static String gPerKwh(double v) {
        return Double.isNaN(v) ? "no data" : number(v, 2) + " " + G_PER_KWH;
    }

    /** Hours with one decimal, e.g. "1.5 h". */
    public static String hours(double h) {
        return Double.isNaN(h) ? "n/a" : decimals(h, 1) + " h";
    }

    /** A share in percent with {@code decimals} decimals; "n/a" when there is none (null, NaN). */
    public static String percent(Double share, int decimals) {
        return share == null || share.isNaN() || share.isInfinite() ? "n/a" : decimals(share, decimals) + "%";
    }

    /**
     * A title as it reads inside a sentence: "Team" becomes "team", but a name that starts with an acronym keeps it
     * ("GPU type", "GPU-hours"), so nothing says "gpu type".
     */
    public static String inSentence(String title) {
        if (title == null || title.isEmpty()) {
            return "";
        }
        boolean acronym = title.length() > 1 && Character.isUpperCase(title.charAt(0))
                && Character.isUpperCase(title.charAt(1));
        return acronym ? title : Character.toLowerCase(title.charAt(0)) + title.substring(1);
    }
}
