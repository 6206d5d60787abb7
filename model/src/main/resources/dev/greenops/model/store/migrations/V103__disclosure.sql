-- The `disclosure` contract table of DATA-MODEL.md: one row per reporting line of the CSRD-aligned export (csrd.csv),
-- with the column names and order given there. Empty until `greenops disclose` writes a month; it exists now so
-- `greenops query` and scripts can rely on it, as the query help says.
create table disclosure (
    reporting_period         varchar not null,  -- YYYY-MM
    scope                    varchar not null,  -- e.g. Scope 2 (location-based), Scope 3 Category 1
    category                 varchar,
    activity_description     varchar,
    activity_units           varchar,           -- e.g. kWh
    activity_quantity        double,
    emission_factor          double,            -- per activity unit, e.g. kgCO2e per kWh
    total_emissions_kgCO2eq  double
);
