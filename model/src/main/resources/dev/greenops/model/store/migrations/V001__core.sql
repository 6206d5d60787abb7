-- Workspace settings (offline by default) and the UFMS:003 ledger with its import batches.
create table setting (
    key   varchar primary key,
    value varchar not null
);
insert into setting values ('offline', 'true');

create sequence import_batch_seq start 1;

create table import_batch (
    batch_id     bigint primary key default nextval('import_batch_seq'),
    file_name    varchar   not null,   -- the name as given by the user
    file_path    varchar,              -- absolute path at import time
    sha256       varchar   not null,   -- hex digest of the file bytes
    row_count    bigint    not null,
    format       varchar   not null,   -- ufms-csv, ufms-json, parquet, codecarbon, electricitymaps, ...
    target       varchar   not null,   -- the table the rows went to: ledger, intensity, ...
    imported_at  timestamp not null,   -- UTC
    note         varchar
);

-- UFMS:003 per-resource per-day emissions ledger (../shared/design/DATA-MODEL.md); column names are a contract.
create table ledger (
    date                     date      not null,
    resource_id              varchar   not null,
    job_id                   varchar   not null,
    team                     varchar   not null,
    owner                    varchar   not null,
    model_family             varchar   not null,
    model                    varchar   not null,
    framework                varchar   not null,
    provider                 varchar   not null,
    region                   varchar   not null,
    gpu_type                 varchar   not null,
    gpu_count                integer,
    gpu_hours                decimal(18, 6) not null,
    energy_kwh               decimal(18, 6) not null,
    pue                      decimal(8, 4)  not null,
    grid_intensity_g_per_kwh decimal(12, 4) not null,
    emissions_kgco2e         decimal(18, 6) not null,
    market_based_kgco2e      decimal(18, 6),
    embodied_kgco2e          decimal(18, 6),
    cost_usd                 decimal(18, 4),
    methodology              varchar   not null,
    intensity_source         varchar   not null,
    signed_at                timestamp,
    batch_id                 bigint    not null,
    source_line              bigint    -- line (CSV/NDJSON) or row number (Parquet) in the batch's file
);
