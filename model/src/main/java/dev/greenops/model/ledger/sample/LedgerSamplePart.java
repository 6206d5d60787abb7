package dev.greenops.model.ledger.sample;

import dev.greenops.model.common.ProgressListener;
import dev.greenops.model.ledger.UfmsSchema;
import dev.greenops.model.ledger.sample.SampleLedger.Planted;
import dev.greenops.model.ledger.sample.SampleLedger.Row;
import dev.greenops.model.sample.SamplePart;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * The sample quarter's UFMS:003 ledgers ({@code ledgers/ufms-003-2026-08.csv} .. {@code -10.csv}), the schema
 * ({@code schema/ufms-003-greenops-schema.json}) and one example file per importer ({@code examples/}).
 */
public final class LedgerSamplePart implements SamplePart {

    public static final String LEDGERS = "ledgers";
    public static final List<String> MONTHS = List.of("2026-08", "2026-09", "2026-10");

    /** The file of a sample month, relative to the sample-data folder. */
    public static String ledgerFile(String month) {
        return LEDGERS + "/ufms-003-" + month + ".csv";
    }

    @Override
    public String name() {
        return "ledgers";
    }

    @Override
    public void write(Path outDir, ProgressListener progress) throws IOException {
        ReferenceTables reference = new ReferenceTables();
        List<Row> rows = new SampleLedger(reference).rows();
        Path schema = outDir.resolve(UfmsSchema.SAMPLE_PATH);
        Files.createDirectories(schema.getParent());
        Files.write(schema, UfmsSchema.standard().bytes());
        Files.createDirectories(outDir.resolve(LEDGERS));
        for (String month : MONTHS) {
            ProgressListener.checkCancelled();
            StringBuilder csv = new StringBuilder(SampleRows.csvHeader()).append('\n');
            for (Row r : rows) {
                if (YearMonth.from(r.date()).toString().equals(month)) {
                    csv.append(SampleRows.csvLine(SampleRows.values(r))).append('\n');
                }
            }
            Files.writeString(outDir.resolve(ledgerFile(month)), csv, StandardCharsets.UTF_8);
        }
        SampleExamples.write(outDir, rows, reference, outDir.resolve(ledgerFile("2026-09")));
    }

    @Override
    public List<String> attributionRows() {
        String derived = "derived: the SAMPLE ledgers and examples are computed from it";
        return List.of(
                "| ledgers/*.csv, examples/* (europe-west3 factors; the CodeCarbon runs' factors) |"
                        + " HewlettPackard/sustain-cluster @ 293fbd15, data/carbon_intensity/DE-LU/2023/DE-LU_2023_hourly.csv"
                        + " (bundled as model reference/intensity/DE_2023_hourly.csv) | ODbL 1.0; carbon intensity data:"
                        + " Electricity Maps (electricitymaps.com) | Germany's hourly direct gCO2eq/kWh of 2023, shifted +156"
                        + " weeks; " + derived + " |",
                "| ledgers/*.csv, examples/* except codecarbon-emissions.csv (other regions' factors, market-based,"
                        + " the planted stale factors) | GoogleCloudPlatform/region-carbon-info @ 49f3f26b, data/yearly/2024.csv"
                        + " and 2023.csv | Apache-2.0 | GCP annual grid intensity and Google CFE share per region (2024;"
                        + " 2023 only for the rows planted with a stale factor); " + derived + " |",
                "| ledgers/*.csv, examples/* (energy) | mlco2/impact @ d0d3ee5a, data/gpus.csv | MIT | GPU TDPs (H100"
                        + " SXM 700 W, A100 SXM4 80 GB 400 W, L4 72 W, T4 70 W, RTX A6000 300 W). They give the energy of the"
                        + " CodeCarbon runs and of every ledger row except the seven scheduler jobs', whose energy is"
                        + " scheduler/jobs.yaml's (the TDPs only bound it); " + derived + " |",
                "| ledgers/*.csv, examples/* except codecarbon-emissions.csv (pue) | GreenAlgorithms/green-algorithms-tool"
                        + " @ 30df2fee, data/latest/defaults_PUE.csv | CC BY 4.0 | default PUE of gcp (1.12); " + derived
                        + " |",
                "| examples/codecarbon-emissions.csv | column layout of CodeCarbon's emissions.csv (mlco2/codecarbon,"
                        + " v3.3.0) | MIT | only the layout; the runs are SAMPLE data |",
                "| examples/gcp-carbon-footprint-export.ndjson | field layout of the Google Cloud Carbon Footprint export"
                        + " (cloud.google.com/carbon-footprint/docs/data-schema) | layout only | the figures are SAMPLE"
                        + " data summed from the sample ledgers |");
    }

    @Override
    public String readmeSection() {
        ReferenceTables reference = new ReferenceTables();
        List<Row> rows = new SampleLedger(reference).rows();
        Map<String, long[]> perMonth = new TreeMap<>();
        Map<String, BigDecimal> perTeam = new TreeMap<>();
        for (Row r : rows) {
            perMonth.computeIfAbsent(YearMonth.from(r.date()).toString(), k -> new long[1])[0]++;
            perTeam.merge(r.resource().team(), r.emissions(), BigDecimal::add);
        }
        StringBuilder s = new StringBuilder();
        s.append("## Ledgers (SAMPLE)\n\n");
        s.append("`ledgers/ufms-003-2026-08.csv`, `-09.csv` and `-10.csv` hold the sample quarter 2026-08-01..2026-10-31"
                + " as UFMS:003 rows (one per resource and UTC day; header and column order as in\n"
                + "`schema/ufms-003-greenops-schema.json`, the JSON Schema every import is checked against). ");
        s.append(String.format(Locale.ROOT, "%,d rows (", rows.size()));
        s.append(String.join(", ", perMonth.entrySet().stream()
                .map(e -> String.format(Locale.ROOT, "%s: %,d", e.getKey(), e.getValue()[0]))
                .toList()));
        s.append(") from an invented fleet: 6 teams, 8 model families, 4 GCP regions (europe-west3, europe-west1,"
                + " us-central1, us-west2),\n4 GPU types (H100 SXM, A100 SXM4 80 GB, L4, T4). The seven scheduler jobs"
                + " (train-rec-v3, train-search-v2, train-fraud-v4, feature-backfill, batch-predict, anomaly-refresh,"
                + " vector-reindex) are computed from\n`scheduler/jobs.yaml`: each run starts when the job is"
                + " submitted (no carbon-aware shifting: the scheduler replay shows what shifting would save), lasts"
                + " its\n`duration_estimate_hours`, and its rows add up to its `energy_kwh`.\n\n");
        s.append("How the figures are made (all inputs are real published data, see ATTRIBUTION.md; usage is"
                + " invented and seeded):\n\n");
        s.append("- IT energy = GPU count x TDP (mlco2/impact gpus.csv) x the hour's load share, summed over the hours"
                + " a resource works that day;\n  `energy_kwh` = IT energy x PUE 1.12 (gcp in green-algorithms"
                + " defaults_PUE.csv). Methodology `tdp-estimate@1`; serving fleets are labelled `measured-nvml@1`.\n"
                + "  The scheduler jobs' energy is given by jobs.yaml instead; their draw (at most 90% of TDP) is derived"
                + " from it.\n");
        s.append("- europe-west3: the factor is Germany's real 2023 hourly direct intensity, shifted +156 weeks"
                + " (2023-08-05 -> 2026-08-01, a Saturday\n  both), weighted by the resource's energy in each hour of"
                + " the day. Source `" + SampleLedger.HOURLY_SOURCE + "`.\n");
        s.append("- Other regions: GCP's 2024 annual average (`" + SampleLedger.ANNUAL_SOURCE + "`). An annual"
                + " average is a floor, not a ceiling: hourly factors\n  would be higher in dirty hours.\n");
        s.append("- `emissions_kgco2e` = energy_kwh x grid_intensity_g_per_kwh / 1000 (location-based).\n");
        s.append("- `market_based_kgco2e` = location-based x (1 - Google CFE share of the region, 2024). This is a SAMPLE"
                + " approximation\n  of market-based accounting (it credits Google's carbon-free energy), not a"
                + " residual-mix calculation.\n");
        s.append("- `embodied_kgco2e` = GPU-hours / 8 x 1,795.7 kgCO2e / 35,040 h: a share of a server's embodied"
                + " emissions (Cloud Carbon\n  Footprint's example server figure, ORACLES.md) over a 4-year life; a SAMPLE"
                + " assumption, GPU servers embody more.\n");
        s.append("- `cost_usd` = GPU-hours x an illustrative on-demand price per GPU-hour (H100 11.06, A100 5.07, L4"
                + " 0.71, T4 0.35 USD;\n  SAMPLE assumptions, not quotes).\n");
        s.append("- `signed_at` is empty here; the signed trail adds signing times to its daily files.\n");
        s.append("- Research notebooks (`notebooks-research`) have owner `unknown`: attribution a source did not"
                + " record.\n\n");
        s.append("Scheduler jobs as they appear in the ledgers (europe-west3; hours and kWh per run, facility"
                + " energy):\n\n");
        s.append("| job | runs | start (UTC) | resources | hours per run | kWh per run |\n|---|---|---|---|---|---|\n");
        s.append(jobTable(rows));
        s.append("\nLocation-based kgCO2e per team over the quarter (SAMPLE): ");
        s.append(String.join(", ", perTeam.entrySet().stream()
                .map(e -> String.format(Locale.ROOT, "%s %,.1f", e.getKey(), e.getValue()))
                .toList()));
        s.append(".\n\nNine rows deliberately fail the recompute check (emissions not within 0.5% of energy x"
                + " intensity / 1000), so the\ndata-quality view has something real to show. An import reports them"
                + " as warnings and keeps them:\n\n");
        s.append("| date | resource_id | what is wrong |\n|---|---|---|\n");
        for (Planted p : SampleLedger.FLAWS) {
            s.append("| ").append(p.date()).append(" | ").append(p.resourceId()).append(" | ")
                    .append(p.flaw().description).append(" |\n");
        }
        s.append("\n### Examples (SAMPLE)\n\n");
        s.append("`examples/` holds one file per ledger importer, for demos (`greenops import --workspace W"
                + " examples/FILE`):\n\n");
        s.append("- `" + SampleExamples.CODECARBON + "`: CodeCarbon 3.x emissions.csv of research runs on a Munich"
                + " workstation (the last run flushed three times;\n  CodeCarbon rows are running totals, the importer"
                + " keeps the last).\n");
        s.append("- `" + SampleExamples.GCP_EXPORT + "`: GCP Carbon Footprint export, BigQuery JSON shape; the Cloud"
                + " Storage lines in the `eu`\n  multi-region have no regional average, so the importer warns.\n");
        s.append("- `" + SampleExamples.BIGQUERY + "`: the ledger table as BigQuery exports it (STRUCTs, INT64/NUMERIC"
                + " as strings), October's first 80 rows.\n");
        s.append("- `" + SampleExamples.PARQUET + "`, `" + SampleExamples.NDJSON + "`: September as Parquet and as"
                + " NDJSON.\n");
        s.append("- `" + SampleExamples.MALFORMED_CSV + "`: September's first rows with one mistake each (line 3 text"
                + " in energy_kwh, 4 negative energy, 5 PUE 0.98,\n  6 owner not an email, 7 a date in 2099, 8 a"
                + " methodology without version, 10 a duplicate of line 2). `greenops check` lists all seven and\n"
                + "  exits 1; `greenops import` exits 2 and imports nothing.\n");
        s.append("- `" + SampleExamples.MALFORMED_JSON + "`: NDJSON cut off in the middle of line 6; `greenops check`"
                + " exits 2 (unreadable).\n");
        return s.toString();
    }

    private static String jobTable(List<Row> rows) {
        Map<String, List<Row>> byJob = new TreeMap<>();
        for (Row r : rows) {
            if (r.resource().region().equals(SampleLedger.HOURLY_REGION)
                    && !r.resource().jobId().equals("notebooks-research")) {
                byJob.computeIfAbsent(r.resource().jobId(), k -> new java.util.ArrayList<>()).add(r);
            }
        }
        StringBuilder out = new StringBuilder();
        for (Map.Entry<String, List<Row>> e : byJob.entrySet()) {
            List<Row> jobRows = e.getValue();
            long runs = jobRows.stream().map(Row::date).distinct().count();
            long resources = jobRows.stream().map(r -> r.resource().resourceId()).distinct().count();
            BigDecimal kwh = jobRows.stream().map(Row::energyKwh).reduce(BigDecimal.ZERO, BigDecimal::add);
            BigDecimal gpuHours = jobRows.stream().map(Row::gpuHours).reduce(BigDecimal.ZERO, BigDecimal::add);
            SampleResource res = jobRows.getFirst().resource();
            // per run, with the digits the rows have (gpu_hours 2 decimals, energy_kwh 3), trailing zeros dropped
            BigDecimal hoursPerRun = gpuHours.divide(BigDecimal.valueOf(runs * res.count() * resources), 2,
                    java.math.RoundingMode.HALF_UP);
            BigDecimal kwhPerRun = kwh.divide(BigDecimal.valueOf(runs), 3, java.math.RoundingMode.HALF_UP);
            String start = res.load() instanceof SampleResource.SchedulerJob j
                    ? j.start(jobRows.getFirst().date()).toString()
                    : "";
            out.append(String.format(
                    Locale.ROOT,
                    "| %s | %d | %s | %d x %d %s | %s | %s |%n",
                    e.getKey(),
                    runs,
                    start,
                    resources,
                    res.count(),
                    res.gpuType(),
                    hoursPerRun.stripTrailingZeros().toPlainString(),
                    kwhPerRun.stripTrailingZeros().toPlainString()));
        }
        return out.toString();
    }
}
