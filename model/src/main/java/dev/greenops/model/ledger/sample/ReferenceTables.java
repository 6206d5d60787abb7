package dev.greenops.model.ledger.sample;

import dev.greenops.model.reference.GpuSpecs;
import dev.greenops.model.reference.ReferenceData;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The published figures the sample ledger is computed from, read from the bundled reference files (small CSVs shipped
 * with the model, not user input): hourly DE grid intensity 2023, GCP region averages and CFE shares, GPU TDPs and
 * provider PUEs.
 */
final class ReferenceTables {

    private static final DateTimeFormatter HOUR = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss", Locale.ROOT);

    /** A GCP region's annual figures: Google CFE share (0..1) and grid intensity (g/kWh, location-based). */
    record GcpRegion(String region, double cfe, double gPerKwh) {}

    private final Map<LocalDateTime, Double> deDirect = new HashMap<>();
    private final Map<Integer, Map<String, GcpRegion>> gcp = new HashMap<>();
    private final Map<String, Double> tdpWatts = new HashMap<>();
    private final Map<String, Double> pue = new HashMap<>();

    ReferenceTables() {
        List<String> de = lines(ReferenceData.DE_2023_HOURLY);
        for (String line : de.subList(1, de.size())) {
            String[] f = line.split(",", -1);
            deDirect.put(LocalDateTime.parse(f[0], HOUR), Double.parseDouble(f[4]));
        }
        gcp.put(2023, regions(ReferenceData.GCP_REGIONS_2023));
        gcp.put(2024, regions(ReferenceData.GCP_REGIONS_2024));
        // by header name (GpuSpecs says why: one row of gpus.csv is a field short)
        for (GpuSpecs.Spec gpu : GpuSpecs.bundled()) {
            if (gpu.tdpWatts() != null) {
                tdpWatts.put(gpu.name(), gpu.tdpWatts());
            }
        }
        boolean rows = false;
        for (String line : lines(ReferenceData.PUE_GREEN_ALGORITHMS)) {
            String[] f = line.split(",", -1);
            if (rows && f.length > 1) {
                pue.put(f[0], Double.parseDouble(f[1]));
            }
            rows |= f[0].equals("provider");
        }
    }

    private static List<String> lines(ReferenceData file) {
        String text = new String(file.bytes(), StandardCharsets.UTF_8);
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        return text.lines().filter(l -> !l.isBlank()).toList();
    }

    private static Map<String, GcpRegion> regions(ReferenceData file) {
        Map<String, GcpRegion> out = new HashMap<>();
        List<String> lines = lines(file);
        for (String line : lines.subList(1, lines.size())) {
            String[] f = line.split(",", -1);
            out.put(f[0], new GcpRegion(f[0], Double.parseDouble(f[2]), Double.parseDouble(f[3])));
        }
        return out;
    }

    /** Germany's direct (operational) intensity for the UTC hour, from the real 2023 series. */
    double deDirect(LocalDateTime hour2023) {
        Double v = deDirect.get(hour2023);
        if (v == null) {
            throw new IllegalStateException("no DE 2023 intensity for " + hour2023);
        }
        return v;
    }

    GcpRegion gcp(int year, String region) {
        GcpRegion r = gcp.getOrDefault(year, Map.of()).get(region);
        if (r == null) {
            throw new IllegalStateException("no GCP " + year + " figures for " + region);
        }
        return r;
    }

    double tdpWatts(String gpu) {
        Double w = tdpWatts.get(gpu);
        if (w == null) {
            throw new IllegalStateException("no TDP for " + gpu + " in " + ReferenceData.GPUS_MLCO2.fileName());
        }
        return w;
    }

    double pue(String provider) {
        Double p = pue.get(provider);
        if (p == null) {
            throw new IllegalStateException("no PUE for " + provider);
        }
        return p;
    }
}
