package dev.greenops.model.ledger;

import dev.greenops.model.common.InvalidInputException;
import dev.greenops.model.common.Problem;
import dev.greenops.model.common.ProgressListener;
import dev.greenops.model.imports.ImportOptions;
import dev.greenops.model.imports.ImportResult;
import dev.greenops.model.imports.ImportService;
import dev.greenops.model.store.Workspace;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Valid UFMS:003 rows to start from, and helpers to import them. */
final class LedgerFixtures {

    /** "Today" for the tests: after the sample quarter. */
    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-23T12:00:00Z"), ZoneOffset.UTC);

    static final String HEADER = String.join(",", UfmsSchema.standard().columnNames());

    private LedgerFixtures() {}

    /** A valid row whose emissions recompute exactly; {@code i} makes resource_id unique. */
    static Map<String, String> row(int i) {
        Map<String, String> r = new LinkedHashMap<>();
        r.put("date", "2026-08-01");
        r.put("resource_id", "node-" + i);
        r.put("job_id", "train-rec-v3");
        r.put("team", "recommendations");
        r.put("owner", "maria.keller@example.com");
        r.put("model_family", "rec-transformer");
        r.put("model", "rec-transformer-v3");
        r.put("framework", "pytorch");
        r.put("provider", "gcp");
        r.put("region", "europe-west3");
        r.put("gpu_type", "H100 SXM");
        r.put("gpu_count", "8");
        r.put("gpu_hours", "72");
        r.put("energy_kwh", "40.5");
        r.put("pue", "1.12");
        r.put("grid_intensity_g_per_kwh", "200");
        r.put("emissions_kgco2e", "8.1");
        r.put("market_based_kgco2e", "2.592");
        r.put("embodied_kgco2e", "0.5");
        r.put("cost_usd", "796.32");
        r.put("methodology", "tdp-estimate@1");
        r.put("intensity_source", "gcp:annual-average:2024");
        r.put("signed_at", "");
        return r;
    }

    static String csvLine(Map<String, String> row) {
        List<String> cells = new ArrayList<>();
        for (String col : UfmsSchema.standard().columnNames()) {
            String v = row.getOrDefault(col, "");
            cells.add(v.contains(",") || v.contains("\"") || v.contains("\n") ? "\"" + v.replace("\"", "\"\"") + "\"" : v);
        }
        return String.join(",", cells);
    }

    /** A CSV file with the standard header and {@code rows} valid rows, then {@code extraLines} verbatim. */
    static Path csv(Path dir, String name, int rows, String... extraLines) throws IOException {
        StringBuilder out = new StringBuilder(HEADER).append('\n');
        for (int i = 1; i <= rows; i++) {
            out.append(csvLine(row(i))).append('\n');
        }
        for (String extra : extraLines) {
            out.append(extra).append('\n');
        }
        Path file = dir.resolve(name);
        Files.writeString(file, out, StandardCharsets.UTF_8);
        return file;
    }

    /** A CSV file with the standard header and the valid rows {@code first..last} (resource ids node-first..). */
    static Path csvRows(Path dir, String name, int first, int last) throws IOException {
        StringBuilder out = new StringBuilder(HEADER).append('\n');
        for (int i = first; i <= last; i++) {
            out.append(csvLine(row(i))).append('\n');
        }
        return Files.writeString(dir.resolve(name), out, StandardCharsets.UTF_8);
    }

    /** The standard services with the fixed test clock. */
    static ImportService service() {
        return new ImportService(List.of(
                new CodeCarbonImporter(CLOCK),
                new GcpCarbonExportImporter(CLOCK),
                new BigQueryJsonImporter(CLOCK),
                new UfmsJsonImporter(CLOCK),
                new ParquetLedgerImporter(CLOCK),
                new UfmsCsvImporter(CLOCK)));
    }

    static List<ImportResult> importFiles(Workspace ws, String format, Path... files)
            throws InvalidInputException, IOException, SQLException {
        return service().importFiles(ws, List.of(files), format, ImportOptions.DEFAULT, ProgressListener.NONE);
    }

    /** The problems of a failed import. */
    static List<Problem> problemsOf(Workspace ws, String format, Path... files) throws IOException, SQLException {
        try {
            importFiles(ws, format, files);
        } catch (InvalidInputException e) {
            return e.problems();
        }
        throw new AssertionError("the import was expected to fail");
    }

    /** A test resource under fixtures/ as a file. */
    static Path fixture(String name) {
        try {
            return Path.of(LedgerFixtures.class.getResource("fixtures/" + name).toURI());
        } catch (java.net.URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The rows of a query, each row's columns joined with " | ". */
    static List<String> query(Workspace ws, String sql) throws SQLException {
        return ws.read(c -> {
            List<String> out = new ArrayList<>();
            try (var s = c.createStatement();
                    var rs = s.executeQuery(sql)) {
                int n = rs.getMetaData().getColumnCount();
                while (rs.next()) {
                    List<String> cells = new ArrayList<>();
                    for (int i = 1; i <= n; i++) {
                        cells.add(rs.getString(i));
                    }
                    out.add(String.join(" | ", cells));
                }
            }
            return out;
        });
    }

    static List<String> formatted(List<Problem> problems) {
        return problems.stream().map(Problem::format).toList();
    }
}
