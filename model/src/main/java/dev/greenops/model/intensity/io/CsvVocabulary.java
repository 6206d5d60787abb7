package dev.greenops.model.intensity.io;

import java.util.List;
import java.util.Set;

/** Column names the generic intensity CSVs use, normalised (lower case, spaces collapsed). */
final class CsvVocabulary {

    static final Set<String> TIME = Set.of("timestamp", "time", "datetime", "date_time", "datetime (utc)", "datetime_utc",
            "point_time", "start", "period_start", "interval_start", "timestamp_utc", "time (utc)");

    static final Set<String> REGION = Set.of("region", "zone", "zone_id", "zone id", "location", "ba", "grid_zone", "area");

    /** Value columns in g/kWh. */
    static final Set<String> VALUE_G_PER_KWH = Set.of("g_per_kwh", "gco2_per_kwh", "gco2eq_per_kwh", "gco2e_per_kwh",
            "intensity_g_per_kwh", "carbon_intensity_g_per_kwh", "carbon_intensity_gco2_kwh", "carbon_intensity_gco2_per_kwh",
            "carbon_intensity", "carbon intensity", "intensity", "value", "ci", "g/kwh", "gco2/kwh", "gco2eq/kwh");

    /** Value columns in lbs/MWh (WattTime's unit). */
    static final Set<String> VALUE_LBS_PER_MWH = Set.of("moer", "moer_lbs_per_mwh", "lbs_per_mwh", "lbs/mwh");

    /** Value columns in kg/MWh (= g/kWh). */
    static final Set<String> VALUE_KG_PER_MWH = Set.of("kg_per_mwh", "kgco2_per_mwh", "kg/mwh");

    static final Set<String> UNIT = Set.of("unit", "units");
    static final Set<String> SIGNAL = Set.of("signal", "signal_type");
    static final Set<String> BASIS = Set.of("basis");
    static final Set<String> SOURCE = Set.of("source", "intensity_source");
    static final Set<String> ESTIMATED = Set.of("estimated", "is_estimated", "data estimated");
    static final Set<String> DURATION = Set.of("duration", "step");
    static final Set<String> ISSUED = Set.of("forecast_issued_at", "issued_at", "generated_at");

    /**
     * Columns of ledgers and CodeCarbon files: a file with any of these is never taken for an intensity table, so the
     * sniffing of the generic formats cannot claim a UFMS ledger.
     */
    static final Set<String> LEDGER = Set.of("date", "resource_id", "job_id", "team", "owner", "model_family", "model",
            "framework", "provider", "gpu_type", "gpu_hours", "energy_kwh", "pue", "grid_intensity_g_per_kwh",
            "emissions_kgco2e", "methodology", "intensity_source", "project_name", "run_id", "emissions", "energy_consumed",
            "cpu_energy", "gpu_energy", "ram_energy", "country_iso_code", "cloud_provider", "cloud_region", "usage_month",
            "billing_account_id", "duration_s", "emissions_rate");

    static boolean isValue(String normalised) {
        return VALUE_G_PER_KWH.contains(normalised) || VALUE_LBS_PER_MWH.contains(normalised)
                || VALUE_KG_PER_MWH.contains(normalised);
    }

    static String unitOfValueColumn(String normalised) {
        if (VALUE_LBS_PER_MWH.contains(normalised)) {
            return "lbs/MWh";
        }
        if (VALUE_KG_PER_MWH.contains(normalised)) {
            return "kg/MWh";
        }
        return "g/kWh";
    }

    static boolean anyLedger(List<String> header) {
        return header.stream().map(CsvTable::normalise).anyMatch(LEDGER::contains);
    }

    private CsvVocabulary() {}
}
