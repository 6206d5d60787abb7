package dev.greenops.model.ledger.sample;

import dev.greenops.model.ledger.sample.SampleLedger.Row;
import dev.greenops.model.store.Workspace;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.TreeMap;

/**
 * The files in sample-data/examples, one per importer, for demos: a CodeCarbon emissions.csv, a GCP Carbon Footprint
 * export (BigQuery JSON shape), a BigQuery JSON export of the ledger table, Parquet and NDJSON copies of September,
 * and two deliberately malformed files. All SAMPLE data.
 */
final class SampleExamples {

    static final String DIR = "examples";
    static final String CODECARBON = "codecarbon-emissions.csv";
    static final String GCP_EXPORT = "gcp-carbon-footprint-export.ndjson";
    static final String BIGQUERY = "bigquery-ledger-export-2026-10.ndjson";
    static final String PARQUET = "ufms-003-2026-09.parquet";
    static final String NDJSON = "ufms-003-2026-09.ndjson";
    static final String MALFORMED_CSV = "malformed-ledger.csv";
    static final String MALFORMED_JSON = "malformed-truncated.ndjson";

    private SampleExamples() {}

    static void write(Path out, List<Row> rows, ReferenceTables reference, Path septemberCsv) throws IOException {
        Path dir = Files.createDirectories(out.resolve(DIR));
        List<Row> september = rows.stream().filter(r -> r.date().getMonthValue() == 9).toList();
        StringBuilder ndjson = new StringBuilder();
        for (Row r : september) {
            ndjson.append(SampleRows.ndjsonLine(SampleRows.values(r))).append('\n');
        }
        Files.writeString(dir.resolve(NDJSON), ndjson, StandardCharsets.UTF_8);
        parquet(septemberCsv, dir.resolve(PARQUET));
        Files.writeString(dir.resolve(BIGQUERY), bigQueryExport(rows), StandardCharsets.UTF_8);
        Files.writeString(dir.resolve(GCP_EXPORT), gcpExport(rows), StandardCharsets.UTF_8);
        Files.writeString(dir.resolve(CODECARBON), codeCarbon(reference), StandardCharsets.UTF_8);
        Files.writeString(dir.resolve(MALFORMED_CSV), malformedCsv(september), StandardCharsets.UTF_8);
        String[] lines = ndjson.toString().split("\n", 7);
        String truncated = String.join("\n", List.of(lines).subList(0, 5)) + "\n"
                + lines[5].substring(0, lines[5].length() / 2);
        Files.writeString(dir.resolve(MALFORMED_JSON), truncated, StandardCharsets.UTF_8);
    }

    /** DuckDB writes the Parquet copy (typed columns), single-threaded so the bytes never change. */
    private static void parquet(Path csv, Path target) throws IOException {
        Files.deleteIfExists(target);
        String typed = "SELECT CAST(date AS DATE) AS date, resource_id, job_id, team, owner, model_family, model,"
                + " framework, provider, region, gpu_type, CAST(gpu_count AS INTEGER) AS gpu_count,"
                + " CAST(gpu_hours AS DECIMAL(18,2)) AS gpu_hours, CAST(energy_kwh AS DECIMAL(18,3)) AS energy_kwh,"
                + " CAST(pue AS DECIMAL(8,2)) AS pue,"
                + " CAST(grid_intensity_g_per_kwh AS DECIMAL(12,2)) AS grid_intensity_g_per_kwh,"
                + " CAST(emissions_kgco2e AS DECIMAL(18,4)) AS emissions_kgco2e,"
                + " CAST(market_based_kgco2e AS DECIMAL(18,4)) AS market_based_kgco2e,"
                + " CAST(embodied_kgco2e AS DECIMAL(18,4)) AS embodied_kgco2e,"
                + " CAST(cost_usd AS DECIMAL(18,2)) AS cost_usd, methodology, intensity_source,"
                + " CAST(signed_at AS TIMESTAMP) AS signed_at"
                + " FROM read_csv('" + csv.toString().replace("'", "''") + "', header = true, all_varchar = true)";
        try (Workspace scratch = Workspace.inMemory()) {
            scratch.execute("SET threads = 1");
            scratch.execute("COPY (" + typed + ") TO '" + target.toString().replace("'", "''")
                    + "' (FORMAT parquet, COMPRESSION zstd)");
        } catch (SQLException e) {
            throw new IOException("cannot write " + target + ": " + e.getMessage(), e);
        }
    }

    /** The ledger table as BigQuery exports it to JSON, with STRUCT columns; the first 80 rows of October. */
    private static String bigQueryExport(List<Row> rows) {
        StringBuilder out = new StringBuilder();
        rows.stream().filter(r -> r.date().getMonthValue() == 10).limit(80).forEach(r -> {
            Map<String, String> v = SampleRows.values(r);
            out.append("{\"date\":").append(q(v.get("date")))
                    .append(",\"resource_id\":").append(q(v.get("resource_id")))
                    .append(",\"job_id\":").append(q(v.get("job_id")))
                    .append(",\"attribution\":{\"team\":").append(q(v.get("team")))
                    .append(",\"owner\":").append(q(v.get("owner")))
                    .append(",\"model_family\":").append(q(v.get("model_family")))
                    .append(",\"model\":").append(q(v.get("model")))
                    .append(",\"framework\":").append(q(v.get("framework")))
                    .append(",\"provider\":").append(q(v.get("provider")))
                    .append(",\"region\":").append(q(v.get("region")))
                    .append(",\"gpu_type\":").append(q(v.get("gpu_type")))
                    .append("},\"usage\":{\"gpu_count\":").append(q(v.get("gpu_count")))
                    .append(",\"gpu_hours\":").append(q(v.get("gpu_hours")))
                    .append(",\"energy_kwh\":").append(q(v.get("energy_kwh")))
                    .append(",\"pue\":").append(q(v.get("pue")))
                    .append("},\"carbon\":{\"grid_intensity_g_per_kwh\":").append(v.get("grid_intensity_g_per_kwh"))
                    .append(",\"emissions_kgco2e\":").append(q(v.get("emissions_kgco2e")))
                    .append(",\"market_based_kgco2e\":").append(q(v.get("market_based_kgco2e")))
                    .append(",\"embodied_kgco2e\":").append(q(v.get("embodied_kgco2e")))
                    .append("},\"cost_usd\":").append(q(v.get("cost_usd")))
                    .append(",\"methodology\":").append(q(v.get("methodology")))
                    .append(",\"intensity_source\":").append(q(v.get("intensity_source")))
                    .append(",\"signed_at\":null}\n");
        });
        return out.toString();
    }

    private static String q(String s) {
        return SampleRows.jsonString(s);
    }

    /**
     * A GCP Carbon Footprint export in BigQuery's JSON shape: per month, project, service and location, the sample
     * ledger's totals as Compute Engine, plus a small Cloud Storage line in europe-west1 (a regional bucket: a
     * multi-region such as {@code eu} has no annual average, and the import would refuse it without --region).
     */
    private static String gcpExport(List<Row> rows) {
        Map<String, BigDecimal[]> sums = new TreeMap<>();
        for (Row r : rows) {
            String key = YearMonth.from(r.date()) + "|" + r.resource().region();
            BigDecimal[] s = sums.computeIfAbsent(key, k -> new BigDecimal[] {BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO});
            s[0] = s[0].add(r.emissions());
            s[1] = s[1].add(r.marketBased());
            s[2] = s[2].add(r.embodied());
        }
        StringBuilder out = new StringBuilder();
        for (Map.Entry<String, BigDecimal[]> e : sums.entrySet()) {
            String[] k = e.getKey().split("\\|");
            String project = k[1].startsWith("europe-west3") || k[1].startsWith("us-central1")
                    ? "ml-training-prod"
                    : "ml-serving-prod";
            BigDecimal scope2Location = scale(e.getValue()[0]);
            BigDecimal scope2Market = scale(e.getValue()[1]);
            BigDecimal scope3 = scale(e.getValue()[2].multiply(BigDecimal.valueOf(3)));
            BigDecimal scope1 = scale(scope2Location.multiply(new BigDecimal("0.002")));
            out.append(gcpLine(k[0] + "-01", project, "382712046921", "Compute Engine", "6F81-5844-456A", k[1] + "-a",
                    k[1], scope1, scope2Location, scope2Market, scope3));
        }
        for (String month : List.of("2026-08", "2026-09", "2026-10")) {
            out.append(gcpLine(month + "-01", "ml-training-prod", "382712046921", "Cloud Storage", "95FF-2EF5-5EA1",
                    "europe-west1", "europe-west1", new BigDecimal("0.0100"), new BigDecimal("1.8400"), new BigDecimal("0.2900"),
                    new BigDecimal("0.6100")));
        }
        return out.toString();
    }

    private static BigDecimal scale(BigDecimal d) {
        return d.setScale(4, RoundingMode.HALF_UP);
    }

    private static String gcpLine(
            String month,
            String project,
            String projectNumber,
            String service,
            String serviceId,
            String location,
            String region,
            BigDecimal scope1,
            BigDecimal s2Location,
            BigDecimal s2Market,
            BigDecimal scope3) {
        BigDecimal totalLocation = scope1.add(s2Location).add(scope3);
        BigDecimal totalMarket = scope1.add(s2Market).add(scope3);
        return "{\"usage_month\":" + q(month) + ",\"billing_account_id\":\"01SAMP-LE0000-0DEMO0\",\"project\":{\"id\":"
                + q(project) + ",\"number\":" + q(projectNumber) + "},\"service\":{\"id\":" + q(serviceId)
                + ",\"description\":" + q(service) + "},\"location\":{\"location\":" + q(location) + ",\"region\":"
                + (region == null ? "null" : q(region)) + "},\"carbon_model_version\":\"12\","
                + "\"carbon_footprint_kgCO2e\":{\"scope1\":" + scope1.toPlainString() + ",\"scope2\":{\"location_based\":"
                + s2Location.toPlainString() + ",\"market_based\":" + s2Market.toPlainString() + "},\"scope3\":"
                + scope3.toPlainString() + "},\"carbon_footprint_total_kgCO2e\":{\"location_based\":"
                + totalLocation.toPlainString() + ",\"market_based\":" + totalMarket.toPlainString() + "}}\n";
    }

    static final String CODECARBON_HEADER = "timestamp,project_name,run_id,experiment_id,duration,emissions,"
            + "emissions_rate,cpu_power,gpu_power,ram_power,cpu_energy,gpu_energy,ram_energy,energy_consumed,"
            + "water_consumed,country_name,country_iso_code,region,cloud_provider,cloud_region,os,python_version,"
            + "codecarbon_version,cpu_count,cpu_model,gpu_count,gpu_model,longitude,latitude,ram_total_size,"
            + "tracking_mode,cpu_utilization_percent,gpu_utilization_percent,ram_utilization_percent,ram_used_gb,"
            + "on_cloud,pue,wue";

    /**
     * CodeCarbon runs on a research workstation in Munich (2 x RTX A6000, TDP from the reference file), with the
     * emissions of each run from the real DE hourly intensity at its end hour; the last run was flushed three times,
     * as CodeCarbon does for long runs (running totals).
     */
    private static String codeCarbon(ReferenceTables reference) {
        StringBuilder out = new StringBuilder(CODECARBON_HEADER).append('\n');
        SplittableRandom rnd = new SplittableRandom(20_260_901L);
        DateTimeFormatter ts = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss", Locale.ROOT);
        double gpuKw = 2 * reference.tdpWatts("RTX A6000") / 1000;
        LocalDateTime start = LocalDateTime.of(2026, 9, 2, 8, 30);
        for (int run = 0; run < 9; run++) {
            double hours = rnd.nextDouble(0.5, 4);
            boolean cumulative = run == 8;
            int parts = cumulative ? 3 : 1;
            String runId = uuid(rnd);
            for (int part = 1; part <= parts; part++) {
                double h = hours * part / parts;
                LocalDateTime end = start.plusSeconds(Math.round(h * 3600));
                double gpuUtil = rnd.nextDouble(0.6, 0.85);
                double cpuW = 140 * rnd.nextDouble(0.3, 0.6);
                double gpuW = gpuKw * 1000 * gpuUtil;
                double ramW = 24;
                double cpuE = cpuW * h / 1000;
                double gpuE = gpuW * h / 1000;
                double ramE = ramW * h / 1000;
                double energy = cpuE + gpuE + ramE;
                double intensity = reference.deDirect(end.minusDays(SampleLedger.SHIFT_DAYS).withMinute(0).withSecond(0));
                double emissions = energy * intensity / 1000;
                out.append(String.join(
                                ",",
                                end.format(ts),
                                "forecast-tft-sweep",
                                runId,
                                "5b0fa12a-3dd7-45bb-9766-cc326314d9f1",
                                num(h * 3600),
                                num(emissions),
                                num(emissions / (h * 3600)),
                                num(cpuW),
                                num(gpuW),
                                num(ramW),
                                num(cpuE),
                                num(gpuE),
                                num(ramE),
                                num(energy),
                                "0.0",
                                "Germany",
                                "DEU",
                                "bavaria",
                                "",
                                "",
                                "Linux-6.8.0-45-generic-x86_64-with-glibc2.39",
                                "3.12.3",
                                "3.3.0",
                                "48",
                                "AMD Ryzen Threadripper PRO 5965WX 24-Cores",
                                "2",
                                "2 x NVIDIA RTX A6000",
                                "11.5755",
                                "48.1374",
                                "64.0",
                                "machine",
                                num(rnd.nextDouble(20, 45)),
                                num(gpuUtil * 100),
                                num(rnd.nextDouble(30, 60)),
                                num(rnd.nextDouble(18, 40)),
                                "N",
                                "1.0",
                                "0.0"))
                        .append('\n');
            }
            start = start.plusHours(Math.round(hours) + 3 + rnd.nextInt(20));
        }
        return out.toString();
    }

    private static String num(double d) {
        return BigDecimal.valueOf(d).setScale(9, RoundingMode.HALF_UP).stripTrailingZeros().toPlainString();
    }

    private static String uuid(SplittableRandom rnd) {
        String hex = "%016x%016x".formatted(rnd.nextLong(), rnd.nextLong());
        return hex.substring(0, 8) + "-" + hex.substring(8, 12) + "-4" + hex.substring(13, 16) + "-a"
                + hex.substring(17, 20) + "-" + hex.substring(20, 32);
    }

    /**
     * September's first rows with one mistake each (the README lists them): text in a number, a negative energy, a PUE
     * under 1, an owner that is not an email address, a future date, a wrong methodology, and a duplicate row.
     */
    private static String malformedCsv(List<Row> september) {
        List<Map<String, String>> rows = new ArrayList<>();
        for (int i = 0; i < 9; i++) {
            rows.add(SampleRows.values(september.get(i)));
        }
        rows.get(1).put("energy_kwh", "n/a");
        rows.get(2).put("energy_kwh", "-3.2");
        rows.get(3).put("pue", "0.98");
        rows.get(4).put("owner", "kenji.tanaka(at)example.com");
        rows.get(5).put("date", "2099-09-01");
        rows.get(6).put("methodology", "tdp-estimate");
        rows.set(8, rows.get(0));
        StringBuilder out = new StringBuilder(SampleRows.csvHeader()).append('\n');
        for (Map<String, String> r : rows) {
            out.append(SampleRows.csvLine(r)).append('\n');
        }
        return out.toString();
    }
}
