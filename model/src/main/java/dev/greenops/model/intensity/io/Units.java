package dev.greenops.model.intensity.io;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The intensity units files use, and the factor to g/kWh. A pound of CO2 per MWh is 453.59237 g per 1,000 kWh, so
 * lbs/MWh × 0.45359237 = g/kWh (WattTime MOER); kg/MWh equals g/kWh.
 */
final class Units {

    static final double LBS_PER_MWH_TO_G_PER_KWH = 0.45359237;

    /** Normalised spelling → factor to g/kWh. */
    private static final Map<String, Double> FACTORS = Map.ofEntries(
            Map.entry("g/kwh", 1.0),
            Map.entry("gco2/kwh", 1.0),
            Map.entry("gco2e/kwh", 1.0),
            Map.entry("gco2eq/kwh", 1.0),
            Map.entry("g_per_kwh", 1.0),
            Map.entry("gco2_per_kwh", 1.0),
            Map.entry("gco2eq_per_kwh", 1.0),
            Map.entry("g_co2_per_kwh", 1.0),
            Map.entry("kg/mwh", 1.0),
            Map.entry("kgco2/mwh", 1.0),
            Map.entry("kgco2eq/mwh", 1.0),
            Map.entry("kg_co2_per_mwh", 1.0),
            Map.entry("kg/kwh", 1000.0),
            Map.entry("kgco2/kwh", 1000.0),
            Map.entry("kgco2eq/kwh", 1000.0),
            Map.entry("t/mwh", 1000.0),
            Map.entry("tco2/mwh", 1000.0),
            Map.entry("tco2eq/mwh", 1000.0),
            Map.entry("lbs/mwh", LBS_PER_MWH_TO_G_PER_KWH),
            Map.entry("lb/mwh", LBS_PER_MWH_TO_G_PER_KWH),
            Map.entry("lbsco2/mwh", LBS_PER_MWH_TO_G_PER_KWH),
            Map.entry("lbs_co2_per_mwh", LBS_PER_MWH_TO_G_PER_KWH),
            Map.entry("lbs_per_mwh", LBS_PER_MWH_TO_G_PER_KWH));

    static final String EXPECTED = "g/kWh, gCO2eq/kWh, kg/MWh, kg/kWh, t/MWh or lbs/MWh";

    private Units() {}

    static String normalise(String unit) {
        return unit.strip()
                .toLowerCase(Locale.ROOT)
                .replace('₂', '2')
                .replace(" ", "")
                .replace("co₂", "co2");
    }

    /** The factor to g/kWh, or empty for a unit that is not an intensity. */
    static Optional<Double> factor(String unit) {
        return Optional.ofNullable(FACTORS.get(normalise(unit)));
    }

    /** A readable label for a known unit (for messages). */
    static String label(String unit) {
        return unit.strip();
    }
}
