package dev.greenops.model.schedule;

import dev.greenops.model.common.InvalidInputException;
import dev.greenops.model.common.ProgressListener;
import dev.greenops.model.imports.ImportOptions;
import dev.greenops.model.intensity.IntensityFiles;
import dev.greenops.model.intensity.IntensityRepository;
import dev.greenops.model.intensity.IntensitySeries;
import dev.greenops.model.intensity.catalog.ZoneMap;
import dev.greenops.model.store.Workspace;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Where a replay's intensity comes from: intensity files (read by the intensity importers, no workspace needed) or a
 * workspace; and the forecast file of a configuration whose forecast source is {@code file}.
 */
public final class ScheduleSources {

    private ScheduleSources() {}

    /** Every measured series in {@code files}, looked up by region key, then by the region's grid zone. */
    public static SeriesLookup files(List<Path> files, ImportOptions options, ProgressListener progress)
            throws IOException, InvalidInputException {
        List<IntensitySeries> loaded = new ArrayList<>();
        int i = 0;
        for (Path f : files) {
            ProgressListener.checkCancelled();
            progress.progress(i++, files.size(), "reading " + f.getFileName());
            loaded.addAll(IntensityFiles.read(f, options));
        }
        return ReplayInputs.over(loaded, ScheduleSources::zoneOf);
    }

    /**
     * The workspace's series (its own key, then its grid zone, then an annual average, which the replay never treats
     * as more than a floor).
     */
    public static SeriesLookup workspace(Workspace workspace) {
        return (region, from, to) -> Optional.of(IntensityRepository.series(workspace, region, from, to));
    }

    /** The grid zone of a cloud region, from the documented region → zone table. */
    public static Optional<String> zoneOf(String region) {
        return ZoneMap.of(region).map(ZoneMap.Entry::zone).filter(z -> !z.isBlank());
    }

    /**
     * The forecast series of {@code config}'s forecast file for each of {@code regions} (by key, then grid zone); an
     * empty map when the source is not {@code file}.
     */
    public static Map<String, List<IntensitySeries>> forecasts(SchedulerConfig config, Collection<String> regions,
            ImportOptions options) throws IOException, InvalidInputException {
        if (config.forecast().source() != ForecastSource.FILE) {
            return Map.of();
        }
        List<IntensitySeries> all = IntensityFiles.read(config.forecast().file(), options);
        Map<String, List<IntensitySeries>> out = new LinkedHashMap<>();
        for (String region : regions) {
            List<IntensitySeries> mine = all.stream().filter(s -> s.region().equals(region)).toList();
            if (mine.isEmpty()) {
                Optional<String> zone = zoneOf(region);
                mine = zone.map(z -> all.stream().filter(s -> s.region().equals(z)).toList()).orElse(List.of());
            }
            if (!mine.isEmpty()) {
                out.put(region, mine);
            }
        }
        return out;
    }
}
