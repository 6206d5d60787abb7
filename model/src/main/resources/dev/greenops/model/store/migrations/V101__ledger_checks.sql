-- Data-quality findings over the whole ledger, one row per row and failing check, for the data-quality view and for
-- `greenops query`. The recompute rule is the importer's: emissions_kgco2e within 0.5% of
-- energy_kwh x grid_intensity_g_per_kwh / 1000, differences under 0.5 g never flagged.
create view ledger_issue as
select batch_id, source_line, date, resource_id, job_id,
       'recompute' as check_name,
       'warning' as severity,
       'emissions_kgco2e ' || emissions_kgco2e::varchar || ' is not energy_kwh x grid_intensity_g_per_kwh / 1000 = '
           || round(energy_kwh::double * grid_intensity_g_per_kwh::double / 1000, 6)::varchar as detail
from ledger
where abs(emissions_kgco2e::double - energy_kwh::double * grid_intensity_g_per_kwh::double / 1000)
      > greatest(0.005 * abs(energy_kwh::double * grid_intensity_g_per_kwh::double / 1000), 0.0005)
union all
select batch_id, source_line, date, resource_id, job_id,
       'unattributed' as check_name,
       'info' as severity,
       'attribution not recorded: ' || concat_ws(', ',
           case when owner = 'unknown' then 'owner' end,
           case when team = 'unknown' then 'team' end,
           case when job_id = 'unknown' then 'job_id' end,
           case when model = 'unknown' then 'model' end) as detail
from ledger
where owner = 'unknown' or team = 'unknown' or job_id = 'unknown' or model = 'unknown'
union all
select batch_id, source_line, date, resource_id, job_id,
       'repeated' as check_name,
       'warning' as severity,
       'the same (date, resource_id, job_id) is in ' || batches::varchar || ' import batches: it counts more than once'
           as detail
from (select *, count(distinct batch_id) over (partition by date, resource_id, job_id) as batches from ledger)
where batches > 1;
