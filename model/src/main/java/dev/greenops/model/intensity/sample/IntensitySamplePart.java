package dev.greenops.model.intensity.sample;

import dev.greenops.model.common.ProgressListener;
import dev.greenops.model.reference.ReferenceData;
import dev.greenops.model.sample.SamplePart;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Properties;

/**
 * The intensity share of the sample data ({@code sample-data/intensity/}): the real Germany 2023 Electricity Maps
 * export, unmodified, and europe-west3's hourly series for the sample quarter, which is that real series shifted by
 * +156 weeks (1,092 days, so weekdays keep their pattern: 2023-08-05, a Saturday, becomes 2026-08-01, a Saturday) and
 * labelled SAMPLE in its source. DuckDB writes the derived file, so the bytes are the same on every run.
 */
public final class IntensitySamplePart implements SamplePart {

    public static final String DIR = "intensity";
    public static final String DE_FILE = "DE_2023_hourly.csv";
    public static final String SAMPLE_FILE = "europe-west3_2026-08_2026-10_hourly_SAMPLE.csv";
    public static final String SAMPLE_REGION = "europe-west3";
    public static final Duration SHIFT = Duration.ofDays(7L * 156);
    public static final String SAMPLE_SOURCE = "electricitymaps:DE:2023-hourly:direct shifted +156 weeks (SAMPLE)";
    /** The sample quarter, with a day either side so jobs deferred across its edges still find data. */
    public static final LocalDate FIRST_DAY = LocalDate.of(2026, 7, 31);
    public static final LocalDate LAST_DAY = LocalDate.of(2026, 11, 1);

    @Override
    public String name() {
        return "intensity";
    }

    @Override
    public void write(Path outDir, ProgressListener progress) throws IOException {
        Path dir = outDir.resolve(DIR);
        Files.createDirectories(dir);
        Path de = ReferenceData.DE_2023_HOURLY.copyTo(dir.resolve(DE_FILE));
        Path sample = dir.resolve(SAMPLE_FILE);
        Files.deleteIfExists(sample);
        Properties props = new Properties();
        props.setProperty("autoinstall_known_extensions", "false");
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:", props);
                Statement s = c.createStatement()) {
            s.execute("set TimeZone = 'UTC'");
            s.execute("copy (select strftime(\"Datetime (UTC)\"::timestamp + interval " + SHIFT.toDays() + " days,"
                    + " '%Y-%m-%dT%H:%M:%SZ') as timestamp, '" + SAMPLE_REGION + "' as region,"
                    + " \"Carbon Intensity gCO₂eq/kWh (direct)\" as g_per_kwh, 'average' as signal, 'direct' as basis,"
                    + " '" + SAMPLE_SOURCE + "' as source, lower(\"Data Estimated\") as estimated"
                    + " from read_csv('" + de.toAbsolutePath().toString().replace("'", "''") + "', header = true, all_varchar = true)"
                    + " where \"Datetime (UTC)\"::timestamp + interval " + SHIFT.toDays() + " days >= date '" + FIRST_DAY + "'"
                    + " and \"Datetime (UTC)\"::timestamp + interval " + SHIFT.toDays() + " days < date '" + LAST_DAY.plusDays(1) + "'"
                    + " order by 1) to '" + sample.toAbsolutePath().toString().replace("'", "''") + "' (header, delimiter ',')");
        } catch (SQLException e) {
            throw new IOException("cannot write " + sample + ": " + e.getMessage(), e);
        }
    }

    @Override
    public List<String> attributionRows() {
        return List.of(
                "| intensity/" + DE_FILE + " | HewlettPackard/sustain-cluster @ 293fbd15,"
                        + " data/carbon_intensity/DE-LU/2023/DE-LU_2023_hourly.csv | ODbL 1.0 (Electricity Maps data portal"
                        + " export; attribution \"Carbon intensity data: Electricity Maps (electricitymaps.com), ODbL 1.0\") |"
                        + " Germany, hourly, 2023-01-01 00:00 to 2023-12-31 23:00 UTC, 8,760 rows, direct and life-cycle"
                        + " gCO2eq/kWh (30 hours marked estimated); unmodified |",
                "| intensity/" + SAMPLE_FILE + " | derived from intensity/" + DE_FILE + " | ODbL 1.0 (a derived database of"
                        + " the Electricity Maps export, same attribution) | SAMPLE: europe-west3 (Frankfurt, grid zone DE),"
                        + " hourly from " + FIRST_DAY + " 00:00 to " + LAST_DAY + " 23:00 UTC (the sample quarter and a day"
                        + " either side), the DE 2023 direct series shifted +156 weeks (none of its estimated hours fall in"
                        + " this span) |");
    }

    @Override
    public String readmeSection() {
        return """
                ## intensity/

                - `%s`: the real Germany 2023 hourly carbon intensity (Electricity Maps export, old header, direct and
                  life-cycle), unmodified. Germany is the grid behind GCP europe-west3 (Frankfurt).
                - `%s`: **SAMPLE** hourly intensity for europe-west3 from %s to %s (the sample quarter
                  2026-08-01..2026-10-31 and a day either side): the real DE 2023 direct series shifted by +156 weeks
                  (1,092 days) so weekdays keep their pattern (2023-08-05, a Saturday, is 2026-08-01, a Saturday). Its
                  source reads `%s`. It is not a measurement of 2026.
                - Other regions have no hourly sample data; lookups fall back to the annual averages of the region
                  catalogue (`gcp:annual-average:2024`), which are a floor, not a ceiling.
                """.formatted(DE_FILE, SAMPLE_FILE, FIRST_DAY, LAST_DAY, SAMPLE_SOURCE);
    }
}
