package dev.greenops.model.ledger;

import dev.greenops.model.common.InvalidInputException;
import dev.greenops.model.common.Problem;
import dev.greenops.model.common.ProgressListener;
import dev.greenops.model.imports.FileHead;
import dev.greenops.model.imports.ImportOptions;
import java.io.IOException;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * CodeCarbon's {@code emissions.csv} (any version's column set). One CodeCarbon row is one run, or one flush of a
 * run: flushes hold running totals, so of several rows with the same run_id only the last (longest duration) is kept,
 * and a warning says so. Mapping: date = the day of {@code timestamp} (as CodeCarbon wrote it, local time),
 * resource_id = run_id (or experiment_id), job_id = project_name, provider/region from the cloud columns or the
 * country, energy_kwh = energy_consumed, emissions_kgco2e = emissions, the factor = emissions / energy_consumed,
 * methodology {@code codecarbon@<codecarbon_version>}. Team, owner, model family, model and framework are not in the
 * file: {@code unknown}.
 */
public final class CodeCarbonImporter extends LedgerImporter {

    public static final String FORMAT = "codecarbon";

    private static final List<String> FIELDS = List.of(
            "timestamp", "project_name", "run_id", "experiment_id", "duration", "emissions", "energy_consumed",
            "country_iso_code", "region", "cloud_provider", "cloud_region", "on_cloud", "codecarbon_version",
            "gpu_count", "gpu_model", "pue");

    private static final List<String> REQUIRED = List.of("timestamp", "emissions", "energy_consumed");

    public CodeCarbonImporter(Clock clock) {
        super(clock, FORMAT, "CodeCarbon emissions.csv (one row per run; running-total flushes collapsed to the last)");
    }

    @Override
    public boolean accepts(FileHead head) {
        List<String> names = HeadSniff.csvHeader(head);
        return names.containsAll(REQUIRED)
                && (names.contains("project_name") || names.contains("run_id") || names.contains("experiment_id"));
    }

    @Override
    StagedLedger stage(
            StageSession stage, Path file, String displayName, ImportOptions options, ProgressListener progress)
            throws IOException, SQLException, InvalidInputException {
        FlatSource flat = CsvFlatReader.readChecked(stage, file, displayName,
                "CodeCarbon's header (timestamp,project_name,run_id,...)", header -> {
                    List<String> lower = header.stream().map(h -> h.toLowerCase(Locale.ROOT)).toList();
                    return REQUIRED.stream()
                            .filter(required -> !lower.contains(required))
                            .map(required -> Problem.error(displayName, 1, 1, "required CodeCarbon column " + required
                                    + " is missing", "CodeCarbon's emissions.csv header"))
                            .toList();
                });
        MappedSource src = new MappedSource(flat, FIELDS);
        String onCloud = "(upper(coalesce(" + src.f("on_cloud") + ", '')) IN ('Y', 'YES', 'TRUE') AND "
                + src.f("cloud_provider") + " IS NOT NULL)";
        String region = options.region().map(Sql::literal).orElse("NULL");
        String runKey = "coalesce(" + src.f("run_id") + ", " + src.f("experiment_id") + ")";
        // rows without a run id are separate runs, never collapsed together
        String ranked = "SELECT *, CASE WHEN " + runKey + " IS NULL THEN 1 ELSE row_number() OVER (PARTITION BY "
                + runKey + " ORDER BY try_cast(" + src.f("duration") + " AS DOUBLE) DESC NULLS LAST, _line DESC) END"
                + " AS kept_rank, count(*) OVER (PARTITION BY " + runKey + ") AS flushes FROM (" + src.select() + ")";
        String energy = "try_cast(" + src.f("energy_consumed") + " AS DOUBLE)";
        String emissions = "try_cast(" + src.f("emissions") + " AS DOUBLE)";
        Map<String, String> p = new HashMap<>();
        p.put("date", "left(" + src.f("timestamp") + ", 10)");
        p.put("resource_id", "coalesce(" + runKey + ", 'codecarbon-line-' || _line)");
        p.put("job_id", "coalesce(" + src.f("project_name") + ", 'unknown')");
        for (String unknown : List.of("team", "owner", "model_family", "model", "framework")) {
            p.put(unknown, "'unknown'");
        }
        p.put("provider", "CASE WHEN " + onCloud + " THEN lower(" + src.f("cloud_provider") + ") ELSE 'onprem' END");
        p.put("region", "coalesce(CASE WHEN " + onCloud + " THEN " + src.f("cloud_region") + " END, " + region + ", "
                + src.f("country_iso_code") + " || coalesce(':' || " + src.f("region") + ", ''), 'unknown')");
        p.put("gpu_type", "CASE WHEN " + src.f("gpu_model") + " IS NOT NULL THEN " + src.f("gpu_model")
                + " WHEN try_cast(" + src.f("gpu_count") + " AS DOUBLE) = 0 THEN 'none' ELSE 'unknown' END");
        p.put("gpu_count", src.f("gpu_count"));
        p.put("gpu_hours", "CASE WHEN try_cast(" + src.f("gpu_count") + " AS DOUBLE) > 0 AND try_cast("
                + src.f("duration") + " AS DOUBLE) >= 0 THEN CAST(round(try_cast(" + src.f("gpu_count")
                + " AS DOUBLE) * try_cast(" + src.f("duration") + " AS DOUBLE) / 3600, 6) AS VARCHAR) ELSE '0' END");
        p.put("energy_kwh", src.f("energy_consumed"));
        p.put("pue", "coalesce(" + src.f("pue") + ", '1')");
        p.put("grid_intensity_g_per_kwh", "CASE WHEN " + energy + " > 0 AND " + emissions + " >= 0 THEN CAST(round("
                + emissions + " * 1000 / " + energy + ", 4) AS VARCHAR) ELSE '0' END");
        p.put("emissions_kgco2e", src.f("emissions"));
        p.put("methodology", "'codecarbon@' || coalesce(" + src.f("codecarbon_version") + ", 'unknown')");
        p.put("intensity_source", "'codecarbon:' || CASE WHEN " + onCloud + " THEN lower(" + src.f("cloud_provider")
                + ") || ':' || coalesce(" + src.f("cloud_region") + ", 'unknown') ELSE coalesce("
                + src.f("country_iso_code") + ", 'unknown') END || ' (factor = emissions / energy_consumed)'");
        Map<String, StagedLedger.Location> at = new HashMap<>();
        at.put("date", src.from("timestamp", "date"));
        at.put("resource_id", src.from(src.has("run_id") ? "run_id" : "experiment_id", "resource_id"));
        at.put("job_id", src.from("project_name", "job_id"));
        at.put("gpu_count", src.from("gpu_count", "gpu_count"));
        at.put("gpu_hours", src.from("duration", "gpu_hours"));
        at.put("energy_kwh", src.from("energy_consumed", "energy_kwh"));
        at.put("pue", src.from("pue", "pue"));
        at.put("grid_intensity_g_per_kwh", src.from("emissions", "grid_intensity_g_per_kwh"));
        at.put("emissions_kgco2e", src.from("emissions", "emissions_kgco2e"));
        at.put("methodology", src.from("codecarbon_version", "methodology"));
        String rows = stage.table("rows");
        Sql.exec(stage.connection(), "CREATE TABLE " + rows + " AS " + Mapped.select(p, false) + " FROM (" + ranked
                + ") WHERE kept_rank = 1 ORDER BY _line");
        List<Problem> warnings = new ArrayList<>();
        long collapsed = 0;
        for (String[] r : Sql.queryRows(
                stage.connection(),
                "SELECT " + runKey + ", max(_line) FILTER (WHERE kept_rank = 1), count(*), min(_line) FROM (" + ranked
                        + ") WHERE flushes > 1 AND " + runKey + " IS NOT NULL GROUP BY ALL ORDER BY min(_line)")) {
            collapsed += Long.parseLong(r[2]) - 1;
            if (warnings.size() < LedgerValidator.MAX_WARNINGS) {
                warnings.add(Problem.warning(
                        displayName,
                        Long.parseLong(r[1]),
                        at.get("resource_id").column(),
                        "run " + r[0] + " has " + r[2] + " rows; kept this one, the last: CodeCarbon rows of one run"
                                + " are running totals, so adding them would count the run " + r[2] + " times",
                        "one row per run"));
            }
        }
        long kept = Sql.queryLong(stage.connection(), "SELECT count(*) FROM " + rows);
        String note = collapsed == 0 ? "" : collapsed + " running-total rows collapsed";
        return new StagedLedger(rows, TypingMode.TEXT, FlatSource.Kind.CSV, Mapped.locations(at), kept, warnings, note);
    }
}
