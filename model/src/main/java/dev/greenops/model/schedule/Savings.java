package dev.greenops.model.schedule;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * The arithmetic of one savings record, rounded the way the reference deployment publishes it: each emission figure to
 * the gram (kg with 3 decimals) first, the saving as the difference of the rounded figures, and the percentage from
 * those to a whole percent. So 1.8 kWh at 138 → 71 g/kWh gives 0.248 → 0.128 kg, saved 0.120 kg, 48% (not the 0.121
 * kg and 49% the unrounded figures would give).
 *
 * @param savingPct null when the baseline is zero (no percentage of nothing)
 */
public record Savings(double baselineKg, double actualKg, double savedKg, Double savingPct) {

    public static Savings of(double energyKwh, double baselineGPerKwh, double actualGPerKwh) {
        BigDecimal kwh = BigDecimal.valueOf(energyKwh);
        BigDecimal baseline = kg(kwh, baselineGPerKwh);
        BigDecimal actual = kg(kwh, actualGPerKwh);
        BigDecimal saved = baseline.subtract(actual);
        Double pct = baseline.signum() == 0
                ? null
                : saved.multiply(BigDecimal.valueOf(100)).divide(baseline, 0, RoundingMode.HALF_UP).doubleValue();
        return new Savings(baseline.doubleValue(), actual.doubleValue(), saved.doubleValue(), pct);
    }

    /** kWh × g/kWh / 1000, to the gram. */
    public static double emissionsKg(double energyKwh, double gPerKwh) {
        return kg(BigDecimal.valueOf(energyKwh), gPerKwh).doubleValue();
    }

    private static BigDecimal kg(BigDecimal kwh, double gPerKwh) {
        return kwh.multiply(BigDecimal.valueOf(gPerKwh)).movePointLeft(3).setScale(3, RoundingMode.HALF_UP);
    }
}
