package dev.greenops.model.intensity.catalog;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The documented cloud-region → grid-zone table ({@code zone-map.csv}, explained in {@code zone-map.md} beside it):
 * the seed of the {@code region} table's {@code zone} column, and the fallback when a workspace has no catalogue.
 */
public final class ZoneMap {

    /** One row of the table. */
    public record Entry(String region, String provider, String zone, String location, String note) {}

    private static final Map<String, Entry> ENTRIES = load();

    private ZoneMap() {}

    public static Optional<Entry> of(String region) {
        return Optional.ofNullable(ENTRIES.get(region));
    }

    public static List<Entry> entries() {
        return List.copyOf(ENTRIES.values());
    }

    /** The table's CSV text (for loading it into a workspace with DuckDB). */
    public static InputStream open() {
        InputStream in = ZoneMap.class.getResourceAsStream("/dev/greenops/model/intensity/zone-map.csv");
        if (in == null) {
            throw new IllegalStateException("zone-map.csv missing from the model jar (a packaging bug)");
        }
        return in;
    }

    private static Map<String, Entry> load() {
        Map<String, Entry> out = new LinkedHashMap<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(open(), StandardCharsets.UTF_8))) {
            r.readLine();
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                if (line.isBlank()) {
                    continue;
                }
                String[] f = line.split(",", -1);
                out.put(f[0], new Entry(f[0], f[1], f[2], f[3], f.length > 4 ? f[4] : ""));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Map.copyOf(out);
    }
}
