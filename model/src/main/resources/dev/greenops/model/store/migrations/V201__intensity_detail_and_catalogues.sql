-- Intensity area (issue #3). The contract tables of V002 stay as they are; what they cannot hold lives beside them.

-- Per-point provenance of imported intensity: the file line it came from and what the publisher said about it
-- (Electricity Maps' data source and estimation method, carbon-free and renewable shares). Joined on
-- (batch_id, region, start, basis).
create table intensity_detail (
    batch_id           bigint    not null,
    region             varchar   not null,
    start              timestamp not null,
    basis              varchar   not null,
    source_line        bigint,              -- CSV line; null for JSON
    data_source        varchar,             -- e.g. entsoe.eu, "Electricity Maps Estimation"
    estimation_method  varchar,             -- e.g. ESTIMATED_FORECASTS_HIERARCHY
    cfe_pct            double,
    renewable_pct      double
);

-- Every published annual average, not only the latest one the region table shows (GCP 2019-2024, codecarbon).
create table region_annual (
    region      varchar not null,
    provider    varchar,
    year        integer,                    -- null when the publisher gives none (codecarbon impact.csv)
    g_per_kwh   double  not null,
    basis       varchar,                    -- lifecycle (GCP 2019-2020), or as published
    cfe_share   double,
    source      varchar not null
);

-- Default PUE per provider (Green Algorithms); "unknown" is the fallback.
create table pue_default (
    provider  varchar primary key,
    pue       double  not null,
    source    varchar
);
