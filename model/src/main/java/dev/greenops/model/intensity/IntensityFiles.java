package dev.greenops.model.intensity;

import dev.greenops.model.common.InvalidInputException;
import dev.greenops.model.common.ProgressListener;
import dev.greenops.model.imports.ImportOptions;
import dev.greenops.model.imports.ImportService;
import dev.greenops.model.imports.Importer;
import dev.greenops.model.intensity.io.IntensityFormats;
import dev.greenops.model.store.Workspace;
import java.io.IOException;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads intensity files into series without a workspace (e.g. {@code greenops schedule --intensity FILE}): the file
 * goes through the same importer, checks and errors as {@code greenops import}, into a throwaway in-memory DuckDB.
 */
public final class IntensityFiles {

    private IntensityFiles() {}

    /** Every series in {@code file} (format detected), each over its whole extent. */
    public static List<IntensitySeries> read(Path file, ImportOptions options)
            throws IOException, InvalidInputException {
        return read(file, ImportService.AUTO, options, ProgressListener.NONE);
    }

    /**
     * Every series in {@code file}, read as {@code format} ({@code auto} or an intensity format id).
     *
     * @throws InvalidInputException with file, line and column of every problem (as {@code greenops import} reports)
     */
    public static List<IntensitySeries> read(Path file, String format, ImportOptions options, ProgressListener progress)
            throws IOException, InvalidInputException {
        ImportService service = new ImportService(IntensityFormats.importers());
        if (!ImportService.AUTO.equals(format) && service.byFormat(format).isEmpty()) {
            throw InvalidInputException.of(file.toString(), 0, 0, "'" + format + "' is not an intensity format",
                    "one of " + String.join(", ", IntensityFormats.importers().stream().map(Importer::format).toList()));
        }
        try (Workspace ws = Workspace.inMemory()) {
            service.importFiles(ws, List.of(file), format, options, progress);
            List<IntensitySeries> out = new ArrayList<>();
            for (Coverage c : IntensityRepository.coverage(ws)) {
                out.add(IntensityRepository.series(ws, c));
            }
            return out;
        } catch (SQLException e) {
            throw new IOException("cannot read " + file + ": " + e.getMessage(), e);
        }
    }

    /**
     * The one series in {@code file} for {@code region} (or its zone), preferring average/direct measured data, as a
     * workspace lookup would.
     */
    public static IntensitySeries read(Path file, ImportOptions options, String region)
            throws IOException, InvalidInputException {
        List<IntensitySeries> all = read(file, options);
        List<String> keys = new ArrayList<>(List.of(region));
        dev.greenops.model.intensity.catalog.ZoneMap.of(region).ifPresent(e -> keys.add(e.zone()));
        for (String key : keys) {
            IntensitySeries best = null;
            for (IntensitySeries s : all) {
                if (s.region().equals(key) && (best == null || rank(s) < rank(best))) {
                    best = s;
                }
            }
            if (best != null) {
                return best;
            }
        }
        throw InvalidInputException.of(file.toString(), 0, 0, "no series for region '" + region + "' in this file",
                "one of the regions it holds: " + String.join(", ", all.stream().map(IntensitySeries::region).distinct().toList()));
    }

    private static int rank(IntensitySeries s) {
        int r = 0;
        if (s.signal() != SeriesPreference.DEFAULT.signal()) {
            r += 4;
        }
        if (s.basis() != SeriesPreference.DEFAULT.basis()) {
            r += 2;
        }
        if (s.forecastIssuedAt() != null) {
            r += 1;
        }
        return r;
    }
}
