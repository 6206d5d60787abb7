package dev.greenops.model.ledger.explore;

import java.util.Locale;

/**
 * The columns of the {@code ledger} table that the explorer shows, filters and sorts on. The SQL name is a constant
 * of this enum, never user input, so it can be written into a statement as an identifier.
 */
public enum LedgerColumn {
    DATE("date", "Date", Kind.DATE, ""),
    RESOURCE_ID("resource_id", "Resource", Kind.TEXT, ""),
    JOB_ID("job_id", "Job", Kind.TEXT, ""),
    TEAM("team", "Team", Kind.TEXT, ""),
    OWNER("owner", "Owner", Kind.TEXT, ""),
    MODEL_FAMILY("model_family", "Model family", Kind.TEXT, ""),
    MODEL("model", "Model", Kind.TEXT, ""),
    FRAMEWORK("framework", "Framework", Kind.TEXT, ""),
    PROVIDER("provider", "Provider", Kind.TEXT, ""),
    REGION("region", "Region", Kind.TEXT, ""),
    GPU_TYPE("gpu_type", "GPU type", Kind.TEXT, ""),
    GPU_COUNT("gpu_count", "GPUs", Kind.NUMBER, ""),
    GPU_HOURS("gpu_hours", "GPU-hours", Kind.NUMBER, "GPU-h"),
    ENERGY_KWH("energy_kwh", "Energy", Kind.NUMBER, "kWh"),
    PUE("pue", "PUE", Kind.NUMBER, ""),
    GRID_INTENSITY("grid_intensity_g_per_kwh", "Grid intensity", Kind.NUMBER, "gCO2e/kWh"),
    EMISSIONS("emissions_kgco2e", "Emissions (location)", Kind.NUMBER, "kgCO2e"),
    MARKET_BASED("market_based_kgco2e", "Emissions (market)", Kind.NUMBER, "kgCO2e"),
    EMBODIED("embodied_kgco2e", "Embodied", Kind.NUMBER, "kgCO2e"),
    COST_USD("cost_usd", "Cost", Kind.NUMBER, "USD"),
    METHODOLOGY("methodology", "Methodology", Kind.TEXT, ""),
    INTENSITY_SOURCE("intensity_source", "Intensity source", Kind.TEXT, ""),
    SIGNED_AT("signed_at", "Signed at", Kind.TIMESTAMP, "UTC"),
    BATCH_ID("batch_id", "Batch", Kind.NUMBER, ""),
    SOURCE_LINE("source_line", "Line", Kind.NUMBER, "");

    /** How a column is filtered and shown. */
    public enum Kind {
        TEXT,
        NUMBER,
        DATE,
        TIMESTAMP
    }

    private final String sql;
    private final String title;
    private final Kind kind;
    private final String unit;

    LedgerColumn(String sql, String title, Kind kind, String unit) {
        this.sql = sql;
        this.title = title;
        this.kind = kind;
        this.unit = unit;
    }

    /** The column's name in the {@code ledger} table (DATA-MODEL.md). */
    public String sql() {
        return sql;
    }

    public String title() {
        return title;
    }

    /** The title with its unit, e.g. "Energy (kWh)". */
    public String titleWithUnit() {
        return unit.isEmpty() ? title : title + " (" + unit + ")";
    }

    public Kind kind() {
        return kind;
    }

    public String unit() {
        return unit;
    }

    public boolean isText() {
        return kind == Kind.TEXT;
    }

    public boolean isNumber() {
        return kind == Kind.NUMBER;
    }

    /** A DECIMAL column of the ledger (figures with a fixed scale), as opposed to a whole number or text. */
    public boolean isDecimal() {
        return kind == Kind.NUMBER && this != GPU_COUNT && this != BATCH_ID && this != SOURCE_LINE;
    }

    /** The column whose SQL name is {@code name} (case-insensitive). */
    public static LedgerColumn bySqlName(String name) {
        String n = name.toLowerCase(Locale.ROOT);
        for (LedgerColumn c : values()) {
            if (c.sql.equals(n)) {
                return c;
            }
        }
        throw new IllegalArgumentException("no ledger column " + name);
    }
}
