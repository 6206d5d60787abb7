package dev.greenops.model.ledger.explore;

import dev.greenops.model.ledger.LedgerValidator;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Objects;

/**
 * One ledger row as stored (UFMS:003 columns plus its import batch and source line). Numbers stay BigDecimal so a
 * screen never shows more (or fewer) digits than the file had.
 */
public record LedgerRow(
        LocalDate date,
        String resourceId,
        String jobId,
        String team,
        String owner,
        String modelFamily,
        String model,
        String framework,
        String provider,
        String region,
        String gpuType,
        Integer gpuCount,
        BigDecimal gpuHours,
        BigDecimal energyKwh,
        BigDecimal pue,
        BigDecimal gridIntensityGPerKwh,
        BigDecimal emissionsKgCo2e,
        BigDecimal marketBasedKgCo2e,
        BigDecimal embodiedKgCo2e,
        BigDecimal costUsd,
        String methodology,
        String intensitySource,
        LocalDateTime signedAt,
        long batchId,
        Long sourceLine) {

    /** Relative tolerance of the recompute check (DATA-MODEL.md: flag rows off by more than 0.5%), the importer's. */
    public static final BigDecimal TOLERANCE = BigDecimal.valueOf(LedgerValidator.RECOMPUTE_TOLERANCE);

    /** Differences under this many kgCO2e are rounding, never flagged (the importer's floor). */
    public static final BigDecimal FLOOR_KG = BigDecimal.valueOf(LedgerValidator.RECOMPUTE_FLOOR_KG);

    public LedgerRow {
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(energyKwh, "energyKwh");
        Objects.requireNonNull(gridIntensityGPerKwh, "gridIntensityGPerKwh");
        Objects.requireNonNull(emissionsKgCo2e, "emissionsKgCo2e");
    }

    /** energy_kwh × grid_intensity_g_per_kwh / 1000, in kgCO2e. */
    public BigDecimal recomputedKgCo2e() {
        return energyKwh.multiply(gridIntensityGPerKwh).divide(BigDecimal.valueOf(1000), MathContext.DECIMAL64);
    }

    /**
     * Whether the reported emissions recompute: within 0.5%, or within 0.5 g for tiny rows; the importer's rule, and
     * the same as {@link QualityCheck#EMISSIONS_DO_NOT_RECOMPUTE}.
     */
    public boolean recomputes() {
        BigDecimal recomputed = recomputedKgCo2e();
        BigDecimal diff = emissionsKgCo2e.subtract(recomputed).abs();
        return diff.compareTo(recomputed.abs().multiply(TOLERANCE).max(FLOOR_KG)) <= 0;
    }

    /** (reported − recomputed) / recomputed in percent, or null when nothing recomputes to compare with. */
    public BigDecimal deviationPercent() {
        BigDecimal recomputed = recomputedKgCo2e();
        if (recomputed.signum() == 0) {
            return null;
        }
        return emissionsKgCo2e
                .subtract(recomputed)
                .multiply(BigDecimal.valueOf(100))
                .divide(recomputed, 2, RoundingMode.HALF_UP);
    }

    /** The value of {@code column} in this row (null when the optional column is empty). */
    public Object value(LedgerColumn column) {
        return switch (column) {
            case DATE -> date;
            case RESOURCE_ID -> resourceId;
            case JOB_ID -> jobId;
            case TEAM -> team;
            case OWNER -> owner;
            case MODEL_FAMILY -> modelFamily;
            case MODEL -> model;
            case FRAMEWORK -> framework;
            case PROVIDER -> provider;
            case REGION -> region;
            case GPU_TYPE -> gpuType;
            case GPU_COUNT -> gpuCount;
            case GPU_HOURS -> gpuHours;
            case ENERGY_KWH -> energyKwh;
            case PUE -> pue;
            case GRID_INTENSITY -> gridIntensityGPerKwh;
            case EMISSIONS -> emissionsKgCo2e;
            case MARKET_BASED -> marketBasedKgCo2e;
            case EMBODIED -> embodiedKgCo2e;
            case COST_USD -> costUsd;
            case METHODOLOGY -> methodology;
            case INTENSITY_SOURCE -> intensitySource;
            case SIGNED_AT -> signedAt;
            case BATCH_ID -> batchId;
            case SOURCE_LINE -> sourceLine;
        };
    }
}
