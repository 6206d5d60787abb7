package dev.greenops.model.schedule;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Locale;

/**
 * Writes replay records as {@code job_metrics.csv}: the columns of DATA-MODEL.md "Scheduler ESG record", in that
 * order. Times are ISO-8601 UTC; intensities to 0.01 g/kWh, emissions to the gram, the saving to a whole percent (as
 * the records hold them), an empty cell where a figure does not exist.
 */
public final class JobMetricsCsv {

    public static final List<String> COLUMNS = List.of("job_id", "job_class", "region", "submitted_at", "dispatch_ts",
            "dispatch_delay_h", "window_expiry", "decision", "policy", "est_kwh", "baseline_intensity",
            "actual_intensity", "baseline_emissions_kgco2", "actual_emissions_kgco2", "carbon_saved_kgco2",
            "saving_pct", "csrd_eligible", "intensity_source");

    private JobMetricsCsv() {}

    /** Writes atomically (a temporary file moved into place), so a failed export never leaves half a file. */
    public static void write(List<JobRecord> records, Path file) throws IOException {
        if (Files.isDirectory(file)) {
            // the move below would replace an empty folder with the file
            throw new java.nio.file.FileSystemException(file.toString(), null, "is a folder");
        }
        Path dir = file.toAbsolutePath().getParent();
        if (dir != null) {
            Files.createDirectories(dir);
        }
        Path tmp = dev.greenops.model.common.TempFiles.beside(dir, ".job_metrics", ".csv.tmp");
        try (Writer w = Files.newBufferedWriter(tmp, StandardCharsets.UTF_8)) {
            write(records, w);
        } catch (IOException | RuntimeException e) {
            Files.deleteIfExists(tmp);
            throw e;
        }
        Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING);
    }

    public static void write(List<JobRecord> records, Writer out) throws IOException {
        out.write(String.join(",", COLUMNS));
        out.write('\n');
        StringBuilder line = new StringBuilder(256);
        for (JobRecord r : records) {
            line.setLength(0);
            line.append(cell(r.jobId())).append(',')
                    .append(r.jobClass().id()).append(',')
                    .append(cell(r.region())).append(',')
                    .append(r.submittedAt()).append(',')
                    .append(r.dispatchTs()).append(',')
                    .append(number(r.dispatchDelayH(), 2)).append(',')
                    .append(r.windowExpiry()).append(',')
                    .append(r.decision().id()).append(',')
                    .append(r.policy().id()).append(',')
                    .append(plain(r.estKwh())).append(',')
                    .append(number(r.baselineIntensity(), 2)).append(',')
                    .append(number(r.actualIntensity(), 2)).append(',')
                    .append(number(r.baselineEmissionsKgCo2(), 3)).append(',')
                    .append(number(r.actualEmissionsKgCo2(), 3)).append(',')
                    .append(number(r.carbonSavedKgCo2(), 3)).append(',')
                    .append(r.savingPct() == null ? "" : number(r.savingPct(), 0)).append(',')
                    .append(r.csrdEligible()).append(',')
                    .append(cell(r.intensitySource()))
                    .append('\n');
            out.write(line.toString());
        }
    }

    static String number(double v, int decimals) {
        String s = String.format(Locale.ROOT, "%." + decimals + "f", v);
        return s.matches("-0(\\.0*)?") ? s.substring(1) : s;
    }

    private static String plain(double v) {
        return java.math.BigDecimal.valueOf(v).stripTrailingZeros().toPlainString();
    }

    private static String cell(String s) {
        if (s.indexOf(',') < 0 && s.indexOf('"') < 0 && s.indexOf('\n') < 0 && s.indexOf('\r') < 0) {
            return s;
        }
        return '"' + s.replace("\"", "\"\"") + '"';
    }
}
