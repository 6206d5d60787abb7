-- Results of signature-trail verification runs, one row per expected day.
create table verification (
    run_id          varchar   not null,
    trail_dir       varchar   not null,
    date            date      not null,
    status          varchar   not null,  -- VERIFIED, TAMPERED, BAD_SIGNATURE, UNTRUSTED, WRONG_IDENTITY, ...
    reason          varchar,
    signer          varchar,
    issuer          varchar,
    log_index       bigint,
    integrated_time timestamp,
    trusted_root    varchar,
    verified_at     timestamp not null
);
