package dev.greenops.model.ledger.explore;

import java.math.BigDecimal;

/** The totals a pivot can chart; the table always shows all of them. */
public enum Measure {
    EMISSIONS("Emissions, location-based", "kgCO2e"),
    MARKET_BASED("Emissions, market-based", "kgCO2e"),
    ENERGY("Facility energy", "kWh"),
    GPU_HOURS("GPU-hours", "GPU-h"),
    COST("Cost", "USD");

    private final String title;
    private final String unit;

    Measure(String title, String unit) {
        this.title = title;
        this.unit = unit;
    }

    public String title() {
        return title;
    }

    public String unit() {
        return unit;
    }

    public String titleWithUnit() {
        return title + " (" + unit + ")";
    }

    /** This measure's value in {@code totals}; null when no row had a value (e.g. no market-based figures). */
    public BigDecimal of(Totals totals) {
        return switch (this) {
            case EMISSIONS -> totals.emissionsKgCo2e();
            case MARKET_BASED -> totals.marketBasedKgCo2e();
            case ENERGY -> totals.energyKwh();
            case GPU_HOURS -> totals.gpuHours();
            case COST -> totals.costUsd();
        };
    }
}
