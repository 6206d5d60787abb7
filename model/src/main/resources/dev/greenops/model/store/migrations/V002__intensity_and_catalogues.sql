-- Grid carbon-intensity series (per grid zone or region key) and the region / GPU catalogues.
create table intensity (
    region             varchar   not null,  -- grid zone (DE, US-CAL-CISO) or a cloud region key
    start              timestamp not null,  -- UTC
    duration           interval  not null,  -- the step this point covers
    g_per_kwh          double    not null,
    signal             varchar   not null,  -- average | marginal
    basis              varchar   not null,  -- direct | lifecycle
    source             varchar   not null,  -- e.g. electricitymaps:DE:hourly (say "annual-average" for floors)
    estimated          boolean   not null,
    forecast_issued_at timestamp,           -- null for measured history
    batch_id           bigint
);

-- Cloud regions and their grid zones (editable); annual averages are a floor where no hourly data exists.
create table region (
    region            varchar primary key,  -- provider's region id (europe-west3) or a zone id
    provider          varchar,
    zone              varchar,              -- grid zone whose series this region draws from (DE)
    location          varchar,
    annual_g_per_kwh  double,
    annual_year       integer,
    cfe_share         double,
    pue               double,
    source            varchar
);

create table gpu (
    gpu_type      varchar primary key,
    tdp_w         double not null,
    tflops_fp32   double,
    tflops_fp16   double,
    memory_gb     double,
    source        varchar
);
