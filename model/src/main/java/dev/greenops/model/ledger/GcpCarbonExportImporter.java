package dev.greenops.model.ledger;

import dev.greenops.model.common.InvalidInputException;
import dev.greenops.model.common.Problem;
import dev.greenops.model.common.ProgressListener;
import dev.greenops.model.imports.FileHead;
import dev.greenops.model.imports.ImportOptions;
import dev.greenops.model.reference.ReferenceData;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The Google Cloud Carbon Footprint export (its BigQuery table, exported as CSV with dotted headers, JSON or Parquet):
 * one row per billing account, project, service, location and month. Mapping: date = usage_month (a monthly figure on
 * the month's first day); resource_id = {@code gcp:<project>/<service>/<location>}; emissions_kgco2e = scope 2
 * location-based, market_based_kgco2e = scope 2 market-based, embodied_kgco2e = scope 3 (or the totals when an older
 * export has no scopes); the factor is GCP's annual average for the region and year (bundled region-carbon-info), and
 * energy_kwh is back-computed from it, since the export has no energy (a row whose location has no average is an
 * error: energy is required, and a made-up 0 would give nonsense kg per kWh). Scope 1 has no UFMS:003 column: it is counted in a
 * warning, not imported. Attribution GCP does not know (job, team, owner, model, framework, GPU) is {@code unknown};
 * methodology {@code gcp-carbon-footprint@<carbon_model_version>}.
 */
public final class GcpCarbonExportImporter extends LedgerImporter {

    public static final String FORMAT = "gcp-carbon-export";

    static final String MONTH = "usage_month";
    static final String S1 = "carbon_footprint_kgco2e.scope1";
    static final String S2L = "carbon_footprint_kgco2e.scope2.location_based";
    static final String S2M = "carbon_footprint_kgco2e.scope2.market_based";
    static final String S3 = "carbon_footprint_kgco2e.scope3";
    static final String TL = "carbon_footprint_total_kgco2e.location_based";
    static final String TM = "carbon_footprint_total_kgco2e.market_based";

    private static final List<String> FIELDS = List.of(
            MONTH, "project.id", "project.number", "service.id", "service.description", "location.location",
            "location.region", "carbon_model_version", S1, S2L, S2M, S3, TL, TM);

    private static final Map<Integer, ReferenceData> AVERAGES = Map.of(
            2019, ReferenceData.GCP_REGIONS_2019,
            2020, ReferenceData.GCP_REGIONS_2020,
            2021, ReferenceData.GCP_REGIONS_2021,
            2022, ReferenceData.GCP_REGIONS_2022,
            2023, ReferenceData.GCP_REGIONS_2023,
            2024, ReferenceData.GCP_REGIONS_2024);

    public GcpCarbonExportImporter(Clock clock) {
        super(clock, FORMAT, "Google Cloud Carbon Footprint export (BigQuery table as CSV, JSON or Parquet)");
    }

    @Override
    public boolean accepts(FileHead head) {
        if (head.isParquet()) {
            String footer = footer(head.file());
            return footer.contains(MONTH) && footer.contains("carbon_footprint");
        }
        List<String> csv = HeadSniff.csvHeader(head);
        if (!csv.isEmpty()) {
            return csv.contains(MONTH) && csv.stream().anyMatch(c -> c.startsWith("carbon_footprint"));
        }
        return HeadSniff.firstJsonRecord(head)
                .map(HeadSniff::paths)
                .map(p -> p.contains(MONTH) && p.stream().anyMatch(c -> c.startsWith("carbon_footprint")))
                .orElse(false);
    }

    /** The last 64 KiB of a Parquet file, where its schema (column names) is. */
    private static String footer(Path file) {
        try (RandomAccessFile f = new RandomAccessFile(file.toFile(), "r")) {
            long size = f.length();
            int n = (int) Math.min(size, 64 * 1024);
            byte[] bytes = new byte[n];
            f.seek(size - n);
            f.readFully(bytes);
            return new String(bytes, StandardCharsets.ISO_8859_1);
        } catch (IOException e) {
            return "";
        }
    }

    @Override
    StagedLedger stage(
            StageSession stage, Path file, String displayName, ImportOptions options, ProgressListener progress)
            throws IOException, SQLException, InvalidInputException {
        FlatSource flat = read(stage, file, displayName);
        MappedSource src = new MappedSource(flat, FIELDS);
        List<Problem> problems = new ArrayList<>();
        // a CSV header problem is at 1:1; JSON and Parquet have no header line, so it is the whole file's, 0:0
        long headerLine = flat.kind() == FlatSource.Kind.CSV ? 1 : 0;
        if (!src.has(MONTH)) {
            problems.add(Problem.error(displayName, headerLine, headerLine,
                    "column usage_month is missing", "the Carbon Footprint export's columns"));
        }
        if (!src.has(S2L) && !src.has(TL)) {
            problems.add(Problem.error(displayName, headerLine, headerLine,
                    "neither " + S2L + " nor " + TL + " is present", "the Carbon Footprint export's kgCO2e columns"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        Sql.exec(stage.connection(), "CREATE TABLE " + stage.table("gcp_avg") + " AS " + averages());
        boolean scopes = src.has(S2L);
        String em = scopes ? src.f(S2L) : src.f(TL);
        String mk = scopes ? src.f(S2M) : src.f(TM);
        String avg = stage.table("gcp_avg");
        // the file's own region first; a location GCP publishes no average for (a multi-region, a global service)
        // takes the region the user named with --region, as DATA-MODEL.md lets an import name the zone the file does not
        String base = "coalesce(" + src.f("location.region") + ", " + options.region().map(Sql::literal).orElse("NULL")
                + ", " + src.f("location.location") + ", 'unknown')";
        String key = options.region().isEmpty() ? base : "CASE WHEN EXISTS (SELECT 1 FROM " + avg + " a WHERE a.region = "
                + base + ") THEN " + base + " ELSE " + Sql.literal(options.region().get()) + " END";
        String keyed = "SELECT s.*, " + base + " AS base_region, " + key + " AS region_key FROM (" + src.select() + ") s";
        String year = "year(try_cast(" + src.f(MONTH) + " AS DATE))";
        String nearest = " a WHERE a.region = k.region_key ORDER BY abs(a.year - coalesce(" + year + ", 2024)), a.year"
                + " DESC LIMIT 1)";
        String withFactor = "SELECT k.*, (SELECT g FROM " + avg + nearest + " AS g, (SELECT a.year FROM " + avg + nearest
                + " AS g_year FROM (" + keyed + ") k";
        refuseRowsWithoutEnergy(stage, src, withFactor, displayName);
        String emission = "try_cast(" + em + " AS DOUBLE)";
        Map<String, String> p = new HashMap<>();
        p.put("date", src.f(MONTH));
        p.put("resource_id", "'gcp:' || coalesce(" + src.f("project.id") + ", " + src.f("project.number")
                + ", 'no-project') || '/' || coalesce(" + src.f("service.id") + ", " + src.f("service.description")
                + ", 'unknown-service') || '/' || coalesce(" + src.f("location.location") + ", "
                + src.f("location.region") + ", 'global')");
        for (String unknown : List.of("job_id", "team", "owner", "model_family", "model", "framework", "gpu_type")) {
            p.put(unknown, "'unknown'");
        }
        p.put("provider", "'gcp'");
        p.put("region", "region_key");
        p.put("gpu_hours", "'0'");
        // no made-up zero: an emission the validator refuses leaves the energy missing too (every row has a factor)
        p.put("energy_kwh", "CASE WHEN g > 0 AND " + emission + " >= 0 THEN CAST(round(" + emission
                + " * 1000 / g, 6) AS VARCHAR) END");
        p.put("pue", "'1'");
        p.put("grid_intensity_g_per_kwh", "CAST(g AS VARCHAR)");
        p.put("emissions_kgco2e", em);
        p.put("market_based_kgco2e", mk);
        p.put("embodied_kgco2e", scopes ? src.f(S3) : "NULL");
        p.put("methodology", "'gcp-carbon-footprint@' || coalesce(" + src.f("carbon_model_version") + ", 'unknown')");
        p.put("intensity_source", "'gcp:annual-average:' || g_year || CASE WHEN base_region <> region_key THEN ' of '"
                + " || region_key || ' (named with --region for location ' || base_region || ', which has none)' ELSE ''"
                + " END || ' (energy back-computed from location-based kgCO2e)'");
        boolean json = flat.kind() == FlatSource.Kind.JSON;
        String rows = stage.table("rows");
        Sql.exec(stage.connection(), "CREATE TABLE " + rows + " AS " + Mapped.select(p, json) + " FROM (" + withFactor
                + ") ORDER BY _line");
        Map<String, StagedLedger.Location> at = new HashMap<>();
        at.put("date", src.from(MONTH, "date"));
        at.put("resource_id", src.from("project.id", "resource_id"));
        at.put("region", src.from("location.region", "region"));
        at.put("emissions_kgco2e", src.from(scopes ? S2L : TL, "emissions_kgco2e"));
        at.put("market_based_kgco2e", src.from(scopes ? S2M : TM, "market_based_kgco2e"));
        at.put("embodied_kgco2e", src.from(S3, "embodied_kgco2e"));
        at.put("energy_kwh", src.from(scopes ? S2L : TL, "energy_kwh"));
        at.put("methodology", src.from("carbon_model_version", "methodology"));
        StagedLedger staged = new StagedLedger(rows, TypingMode.TEXT, flat.kind(), Mapped.locations(at), flat.rows(),
                List.of(), "");
        List<Problem> warnings = new ArrayList<>();
        String withSource = "SELECT *, " + src.f(S1) + " AS s1, " + src.f(S2L) + " AS s2l, " + src.f(S3) + " AS s3, "
                + src.f(TL) + " AS tl, region_key AS rk, g AS factor FROM (" + withFactor + ")";
        if (scopes) {
            String[] s1 = Sql.queryRows(stage.connection(), "SELECT coalesce(sum(try_cast(s1 AS DOUBLE)), 0), count(*)"
                    + " FILTER (WHERE try_cast(s1 AS DOUBLE) > 0), min(_line) FILTER (WHERE try_cast(s1 AS DOUBLE) > 0)"
                    + " FROM (" + withSource + ")").getFirst();
            if (Long.parseLong(s1[1]) > 0) {
                long[] at1 = src.locate(stage.connection(), Long.parseLong(s1[2]), S1);
                warnings.add(Problem.warning(displayName, at1[0], at1[1],
                        String.format(Locale.ROOT, "scope 1 (on-site fuel, %.4f kgCO2e over %s rows) has no UFMS:003"
                                + " column and is not imported", Double.parseDouble(s1[0]), s1[1]),
                        "scope 2 and 3 only in the ledger"));
            }
            for (String[] r : Sql.queryRows(stage.connection(), "SELECT _line, tl, s1, s2l, s3 FROM (" + withSource
                    + ") WHERE abs(try_cast(tl AS DOUBLE) - (coalesce(try_cast(s1 AS DOUBLE), 0) + try_cast(s2l AS"
                    + " DOUBLE) + coalesce(try_cast(s3 AS DOUBLE), 0))) > 0.005 * abs(try_cast(tl AS DOUBLE))"
                    + " ORDER BY _line LIMIT " + LedgerValidator.MAX_WARNINGS)) {
                long[] atT = src.locate(stage.connection(), Long.parseLong(r[0]), TL);
                warnings.add(Problem.warning(displayName, atT[0], atT[1],
                        "GCP's total location-based " + r[1] + " kgCO2e is not scope 1 + 2 + 3 = " + r[2] + " + " + r[3]
                                + " + " + r[4],
                        "a total that is the sum of its scopes"));
            }
        }
        return new StagedLedger(staged.table(), staged.mode(), staged.kind(), staged.locations(), staged.rows(),
                warnings, "");
    }

    /**
     * The export has no energy; it is back-computed from the location-based kgCO2e and the region's annual average.
     * Where no average is known there is no energy, and DATA-MODEL.md makes energy_kwh (and the factor) required:
     * writing 0 kWh at 0 g/kWh beside real kgCO2e would be a made-up figure that breaks every kg / kWh ratio drawn from
     * the ledger. So such rows are errors, one per location naming its first row, and nothing is imported.
     */
    private static void refuseRowsWithoutEnergy(StageSession stage, MappedSource src, String withFactor,
            String displayName) throws SQLException, InvalidInputException {
        List<Problem> problems = new ArrayList<>();
        String column = src.has("location.region") ? "location.region" : "location.location";
        for (String[] r : Sql.queryRows(stage.connection(), "SELECT region_key, count(*), min(_line) FROM ("
                + withFactor + ") WHERE g IS NULL OR g <= 0"
                + " GROUP BY region_key ORDER BY 3")) {
            long[] at = src.locate(stage.connection(), Long.parseLong(r[2]), column);
            long rows = Long.parseLong(r[1]);
            problems.add(Problem.error(displayName, at[0], at[1],
                    "no annual grid average for location " + r[0] + " (" + rows + (rows == 1 ? " row" : " rows")
                            + "), so energy_kwh cannot be back-computed from the kgCO2e, and UFMS:003 requires it",
                    "a GCP region with an annual average (GCP has none for multi-regions or global services); name"
                            + " the region whose average such rows take with --region"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
    }

    private static FlatSource read(StageSession stage, Path file, String displayName)
            throws IOException, SQLException, InvalidInputException {
        FileHead head = FileHead.read(file);
        if (head.isParquet()) {
            return ParquetFlatReader.read(stage, file, displayName);
        }
        char first = head.firstNonBlank();
        if (first == '[' || first == '{') {
            return JsonFlatReader.read(stage, file, displayName, true);
        }
        return CsvFlatReader.readChecked(stage, file, displayName,
                "the Carbon Footprint export's columns (usage_month,billing_account_id,project.id,...)",
                header -> List.of());
    }

    /** SQL VALUES of every bundled year's GCP region averages (region, year, g). */
    private static String averages() {
        StringBuilder values = new StringBuilder();
        for (Map.Entry<Integer, ReferenceData> e : AVERAGES.entrySet()) {
            List<String> lines = new String(e.getValue().bytes(), StandardCharsets.UTF_8).lines().toList();
            for (String line : lines.subList(1, lines.size())) {
                String[] f = line.split(",", -1);
                if (f.length >= 4 && f[3].strip().matches("[0-9.]+")) {
                    values.append(values.isEmpty() ? "" : ", ").append("(").append(Sql.literal(f[0].strip()))
                            .append(", ").append(e.getKey()).append(", ").append(f[3].strip()).append(")");
                }
            }
        }
        return "SELECT * FROM (VALUES " + values + ") AS t(region, year, g)";
    }
}
