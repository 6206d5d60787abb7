-- Scheduler ESG records, one per job run of a replay (DATA-MODEL.md "Scheduler ESG record").
create table job_metrics (
    replay_id                varchar   not null,
    job_id                   varchar   not null,
    job_class                varchar   not null,  -- hard | soft
    region                   varchar   not null,
    submitted_at             timestamp not null,
    dispatch_ts              timestamp not null,
    dispatch_delay_h         double    not null,
    window_expiry            timestamp,
    decision                 varchar   not null,  -- immediate | deferred | forced_at_expiry | never_deferred | migrated
    policy                   varchar   not null,
    est_kwh                  double    not null,
    baseline_intensity       double    not null,
    actual_intensity         double    not null,
    baseline_emissions_kgco2 double    not null,
    actual_emissions_kgco2   double    not null,
    carbon_saved_kgco2       double    not null,
    saving_pct               double,
    csrd_eligible            boolean   not null,
    intensity_source         varchar   not null
);
