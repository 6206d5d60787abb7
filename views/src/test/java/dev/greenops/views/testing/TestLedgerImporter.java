package dev.greenops.views.testing;

import dev.greenops.model.common.InvalidInputException;
import dev.greenops.model.common.Problem;
import dev.greenops.model.common.ProgressListener;
import dev.greenops.model.imports.FileHead;
import dev.greenops.model.imports.ImportOptions;
import dev.greenops.model.imports.Importer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * A minimal UFMS:003 CSV importer for the shell's tests (the real importers belong to the ledger area): DuckDB reads
 * the file, a non-numeric energy_kwh is reported with its line and column, the rows go to {@code ledger}.
 */
public final class TestLedgerImporter implements Importer {

    public static final String HEADER = "date,resource_id,job_id,team,owner,model_family,model,framework,provider,region,"
            + "gpu_type,gpu_count,gpu_hours,energy_kwh,pue,grid_intensity_g_per_kwh,emissions_kgco2e,market_based_kgco2e,"
            + "embodied_kgco2e,cost_usd,methodology,intensity_source,signed_at";

    @Override
    public String format() {
        return "ufms-csv";
    }

    @Override
    public String description() {
        return "UFMS:003 ledger, CSV (test importer)";
    }

    @Override
    public String target() {
        return "ledger";
    }

    @Override
    public boolean accepts(FileHead head) {
        return head.firstLine().startsWith("date,resource_id,");
    }

    @Override
    public Result importInto(Connection tx, Path file, String displayName, long batchId, ImportOptions options,
            ProgressListener progress) throws InvalidInputException, SQLException {
        String src = "read_csv('" + file.toAbsolutePath().toString().replace("'", "''") + "', header = true, all_varchar = true)";
        List<Problem> problems = new ArrayList<>();
        try (PreparedStatement p = tx.prepareStatement("select line, energy_kwh from (select row_number() over () + 1 as line,"
                + " energy_kwh from " + src + ") where try_cast(energy_kwh as decimal(18, 6)) is null")) {
            try (ResultSet rs = p.executeQuery()) {
                while (rs.next()) {
                    problems.add(Problem.error(displayName, rs.getLong(1), 14,
                            "energy_kwh '" + rs.getString(2) + "' is not a number", "a decimal kWh >= 0"));
                }
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        try (PreparedStatement p = tx.prepareStatement("insert into ledger select cast(date as date), resource_id, job_id,"
                + " team, owner, model_family, model, framework, provider, region, gpu_type, cast(gpu_count as integer),"
                + " cast(gpu_hours as decimal(18,6)), cast(energy_kwh as decimal(18,6)), cast(pue as decimal(8,4)),"
                + " cast(grid_intensity_g_per_kwh as decimal(12,4)), cast(emissions_kgco2e as decimal(18,6)),"
                + " cast(market_based_kgco2e as decimal(18,6)), cast(embodied_kgco2e as decimal(18,6)),"
                + " cast(cost_usd as decimal(18,4)), methodology, intensity_source, cast(signed_at as timestamp), ?,"
                + " row_number() over () + 1 from " + src)) {
            p.setLong(1, batchId);
            int n = p.executeUpdate();
            return new Result(n, List.of(), "");
        }
    }

    /** Writes a small valid ledger file of {@code rows} rows for team {@code team}. */
    public static Path writeLedger(Path file, String team, int rows) throws java.io.IOException {
        StringBuilder s = new StringBuilder(HEADER).append('\n');
        for (int i = 0; i < rows; i++) {
            s.append("2026-08-").append(String.format("%02d", i + 1)).append(",node-").append(i).append(",job-x,").append(team)
                    .append(",x@example.com,fam,m,pytorch,gcp,europe-west3,H100 SXM,8,8,10,1.1,400,4,,,,measured-nvml@1,test,\n");
        }
        Files.writeString(file, s);
        return file;
    }
}
