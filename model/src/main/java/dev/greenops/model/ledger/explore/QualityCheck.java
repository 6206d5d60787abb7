package dev.greenops.model.ledger.explore;

import dev.greenops.model.ledger.LedgerValidator;

/**
 * The data-quality checks run over ledger rows (DATA-MODEL.md "Checks beyond types", plus what an auditor asks next).
 * Each is a SQL predicate over one row of the unaliased {@code ledger} table that is true when the row FAILS.
 */
public enum QualityCheck {
    EMISSIONS_DO_NOT_RECOMPUTE(
            Severity.WARNING,
            "Emissions do not recompute",
            "emissions_kgco2e differs from energy_kwh \u00d7 grid_intensity_g_per_kwh / 1000 by more than 0.5%"
                    + " (differences under 0.5 g are rounding), the importer's rule",
            "abs(emissions_kgco2e - " + QualityCheck.RECOMPUTED + ") > greatest("
                    + LedgerValidator.RECOMPUTE_TOLERANCE + " * abs(" + QualityCheck.RECOMPUTED + "), "
                    + LedgerValidator.RECOMPUTE_FLOOR_KG + ")"),
    REPEATED_ACROSS_IMPORTS(
            Severity.WARNING,
            "Same row in several imports",
            "the same (date, resource_id, job_id) came in more than one import batch: its energy and emissions count"
                    + " more than once",
            "(date, resource_id, job_id) in (select date, resource_id, job_id from ledger group by all"
                    + " having count(distinct batch_id) > 1)"),
    FUTURE_DATE(Severity.ERROR, "Date in the future", "a ledger records energy already used", "date > current_date"),
    IMPOSSIBLE_VALUE(
            Severity.ERROR,
            "Negative value or PUE below 1",
            "energy, GPU-hours, intensity and emissions are \u2265 0; PUE is \u2265 1",
            "energy_kwh < 0 or gpu_hours < 0 or grid_intensity_g_per_kwh < 0 or emissions_kgco2e < 0 or pue < 1"),
    OWNER_NOT_EMAIL(
            Severity.WARNING,
            "Owner is not an email",
            "the owner (attribution 3) names a person by email address",
            "not " + QualityCheck.OWNER_IS_EMAIL),
    NOT_FULLY_ATTRIBUTED(
            Severity.WARNING,
            "Not fully attributed",
            "a row is fully attributed when its owner is an email and its methodology is named",
            "not (" + QualityCheck.FULLY_ATTRIBUTED + ")"),
    UNKNOWN_ATTRIBUTION(
            Severity.INFO,
            "Attribution marked unknown",
            "an importer marked a missing attribution (team, model, region, ...) as 'unknown'",
            "'unknown' in (lower(job_id), lower(team), lower(owner), lower(model_family), lower(model),"
                    + " lower(framework), lower(provider), lower(region), lower(gpu_type))"),
    ANNUAL_AVERAGE_INTENSITY(
            Severity.INFO,
            "Annual-average intensity",
            "an annual average grid factor is a floor, not a ceiling: hourly data would usually be higher",
            "lower(intensity_source) like '%annual%'"),
    NO_MARKET_BASED(
            Severity.INFO,
            "No market-based figure",
            "GHG Protocol Scope 2 dual reporting needs market-based emissions too",
            "market_based_kgco2e is null");

    /** Emissions recomputed from the row's own energy and intensity, in kgCO2e. */
    public static final String RECOMPUTED = "(energy_kwh * grid_intensity_g_per_kwh / 1000)";

    static final String OWNER_IS_EMAIL = "regexp_full_match(owner, '[^@\\s]+@[^@\\s]+\\.[^@\\s]+')";

    /** Owner + methodology, as the Overview's attribution tile counts it (SCREENS.md). */
    public static final String FULLY_ATTRIBUTED =
            OWNER_IS_EMAIL + " and trim(methodology) <> '' and lower(trim(methodology)) <> 'unknown'";

    /** How bad a failure is. */
    public enum Severity {
        ERROR,
        WARNING,
        INFO
    }

    private final Severity severity;
    private final String title;
    private final String description;
    private final String predicate;

    QualityCheck(Severity severity, String title, String description, String predicate) {
        this.severity = severity;
        this.title = title;
        this.description = description;
        this.predicate = predicate;
    }

    public Severity severity() {
        return severity;
    }

    public String title() {
        return title;
    }

    public String description() {
        return description;
    }

    /** True for a failing row of the unaliased {@code ledger} table. */
    public String predicate() {
        return predicate;
    }
}
