package dev.greenops.views.testing;

import dev.greenops.model.store.Workspace;

/**
 * A synthetic ledger for view tests and screenshots, made by DuckDB from a fixed recipe (no randomness: values come
 * from hashes of the row keys): the sample quarter 2026-08-01..2026-10-31, the seven scheduler jobs of the shared
 * facts on europe-west3, three monthly import batches, some rows whose emissions do not recompute, one team with no
 * owner email and no market-based figures. Labelled TEST FIXTURE in its intensity source; it is not the sample data.
 */
public final class FixtureLedger {

    private FixtureLedger() {}

    public static void fill(Workspace ws) throws Exception {
        for (String month : new String[] {"08", "09", "10"}) {
            ws.execute("insert into import_batch (file_name, file_path, sha256, row_count, format, target, imported_at, note)"
                    + " values ('ufms-003-2026-" + month + ".csv', '/fixtures/ufms-003-2026-" + month + ".csv', sha256('"
                    + month + "'), 0, 'ufms-csv', 'ledger', timestamp '2026-11-02 08:1" + month.charAt(1) + ":00',"
                    + " 'test fixture')");
        }
        ws.execute("""
                insert into ledger
                with jobs(job_id, team, owner, family, model, framework, gpu_type, gpus, hours, kw, price, kind) as (values
                  ('train-rec-v3', 'recsys', 'ana.silva@example.com', 'recsys', 'rec-v3', 'pytorch', 'H100 SXM', 8, 9.0, 0.70, 4.10, 'weekly'),
                  ('train-search-v2', 'search', 'li.wei@example.com', 'ranking', 'search-v2', 'jax', 'H100 SXM', 8, 7.5, 0.70, 4.10, 'weekly'),
                  ('train-fraud-v4', 'risk', 'omar.haddad@example.com', 'fraud', 'fraud-v4', 'pytorch', 'A100 SXM4 80GB', 4, 6.0, 0.40, 2.90, 'weekly'),
                  ('feature-backfill', 'data-platform', 'unknown', 'etl', 'feature-store', 'spark', 'L4', 2, 3.0, 0.072, 0.80, 'daily'),
                  ('batch-predict', 'ml-serving', 'ines.moreau@example.com', 'recsys', 'rec-v3', 'pytorch', 'L4', 4, 2.0, 0.072, 0.80, 'daily'),
                  ('anomaly-refresh', 'risk', 'omar.haddad@example.com', 'anomaly', 'iforest-v1', 'sklearn', 'T4', 1, 1.0, 0.070, 0.35, 'daily'),
                  ('vector-reindex', 'search', 'li.wei@example.com', 'retrieval', 'embed-v2', 'pytorch', 'A100 SXM4 80GB', 1, 1.5, 0.40, 2.90, 'monthly')),
                days as (select cast(d as date) as date from range(date '2026-08-01', date '2026-11-01', interval 1 day) t(d)),
                runs as (select * from days, jobs where kind = 'daily' or (kind = 'weekly' and dayofweek(date) = 0)
                         or (kind = 'monthly' and day(date) = 1)),
                nodes as (select r.*, n, (hash(job_id || cast(date as varchar) || n) % 1000) / 1000.0 as f
                          from runs r, range(1, case when gpus >= 8 then 5 when gpus >= 2 then 3 else 2 end) t(n)),
                figures as (select *, round(gpus * hours * (0.9 + 0.2 * f), 6) as gpu_hours,
                                  round(gpus * hours * (0.9 + 0.2 * f) * kw * 1.1, 6) as energy,
                                  round(250 + 150 * f, 4) as intensity from nodes),
                rows as (select *, round(energy * intensity / 1000 * (case when hash(job_id || cast(date as varchar)) % 53 = 0
                                  then 1.08 else 1 end), 6) as emissions from figures)
                select date, job_id || '-node-' || n, job_id, team, owner, family, model, framework, 'gcp', 'europe-west3',
                       gpu_type, gpus, gpu_hours, energy, 1.1, intensity, emissions,
                       case when team = 'data-platform' then null else round(emissions * 0.35, 6) end,
                       null, round(gpu_hours * price, 4),
                       case when gpu_type in ('H100 SXM', 'A100 SXM4 80GB') then 'measured-nvml@1' else 'tdp-estimate@1' end,
                       'fixture:europe-west3:hourly (TEST FIXTURE)',
                       case when date >= date '2026-10-02' then cast(date + 1 as timestamp) + interval 5 minute end,
                       (select batch_id from import_batch where file_name = 'ufms-003-2026-' || strftime(date, '%m') || '.csv'),
                       1 + row_number() over (partition by month(date) order by date, job_id, n)
                from rows
                """);
        ws.execute("update import_batch set row_count = (select count(*) from ledger where ledger.batch_id ="
                + " import_batch.batch_id) where note = 'test fixture'");
    }

    /** Adds {@code copies} shifted copies of every row (for browsing a large ledger by hand; never in a timed test). */
    public static void multiply(Workspace ws, int copies) throws Exception {
        ws.execute("insert into ledger select date, resource_id || '-copy-' || c, job_id, team, owner, model_family, model,"
                + " framework, provider, region, gpu_type, gpu_count, gpu_hours, energy_kwh, pue, grid_intensity_g_per_kwh,"
                + " emissions_kgco2e, market_based_kgco2e, embodied_kgco2e, cost_usd, methodology, intensity_source,"
                + " signed_at, batch_id, source_line + c * 100000 from ledger, range(1, " + (copies + 1) + ") t(c)");
    }
}
