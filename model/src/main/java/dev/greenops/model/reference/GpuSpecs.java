package dev.greenops.model.reference;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The rows of mlco2/impact's {@code gpus.csv} ({@link ReferenceData#GPUS_MLCO2}: GPUs, CPUs and TPUs with TDP, TFLOPS,
 * memory and a source URL), read by header name, not by position.
 *
 * <p>The file is bundled as published, and one row of it is one field short: {@code A10G,gpu,150,31.52,,,24,https://...}
 * has 8 fields for 9 names, so read by position its memory (24) would land in GFLOPS16/W and its source URL in memory.
 * A short row is therefore read from both ends: the leading fields (name, type, tdp_watts, TFLOPS32) from the left, the
 * trailing ones (memory, source) from the right, and the fields where the gap must be (TFLOPS16, GFLOPS32/W, GFLOPS16/W)
 * as empty, since which of them is missing cannot be told. For the A10G that gives 150 W, 31.52 TFLOPS32, 24 GB and its
 * source, which is what the row says.
 */
public final class GpuSpecs {

    /**
     * One device.
     *
     * @param type {@code gpu}, {@code cpu} or {@code tpu}, as the file says
     * @param tdpWatts null where the file has no number
     * @param memoryGb null where the file has no number
     * @param shortRow whether the row had fewer fields than the header (read from both ends)
     */
    public record Spec(
            String name,
            String type,
            Double tdpWatts,
            Double tflops32,
            Double tflops16,
            Double memoryGb,
            String source,
            boolean shortRow) {}

    private static final List<String> LEADING = List.of("name", "type", "tdp_watts", "TFLOPS32");
    private static final List<String> TRAILING = List.of("memory", "source");

    private GpuSpecs() {}

    /** Every row of the bundled file, in file order. */
    public static List<Spec> bundled() {
        return parse(new String(ReferenceData.GPUS_MLCO2.bytes(), StandardCharsets.UTF_8));
    }

    /** The bundled row named exactly {@code name}, if any. */
    public static Optional<Spec> byName(String name) {
        return bundled().stream().filter(s -> s.name().equals(name)).findFirst();
    }

    static List<Spec> parse(String text) {
        List<String> lines = text.lines().filter(l -> !l.isBlank()).toList();
        List<String> header = fields(lines.getFirst().replace("\uFEFF", ""));
        Map<String, Integer> at = new HashMap<>();
        for (int i = 0; i < header.size(); i++) {
            at.put(header.get(i).strip(), i);
        }
        for (String needed : List.of("name", "type", "tdp_watts", "TFLOPS32", "TFLOPS16", "memory", "source")) {
            if (!at.containsKey(needed)) {
                throw new IllegalStateException(ReferenceData.GPUS_MLCO2.path() + " has no column " + needed
                        + " (the bundled file changed?)");
            }
        }
        List<Spec> out = new ArrayList<>();
        for (String line : lines.subList(1, lines.size())) {
            List<String> f = fields(line);
            boolean shortRow = f.size() < header.size();
            Map<String, String> v = new HashMap<>();
            for (Map.Entry<String, Integer> e : at.entrySet()) {
                String name = e.getKey();
                int i = e.getValue();
                if (shortRow && TRAILING.contains(name)) {
                    i -= header.size() - f.size(); // counted from the right end
                } else if (shortRow && !LEADING.contains(name)) {
                    continue; // where the missing field is: unknown, so empty
                }
                v.put(name, i >= 0 && i < f.size() ? f.get(i).strip() : "");
            }
            out.add(new Spec(v.get("name"), v.get("type").toLowerCase(Locale.ROOT), number(v.get("tdp_watts")),
                    number(v.get("TFLOPS32")), number(v.get("TFLOPS16")), number(v.get("memory")),
                    v.get("source").isEmpty() ? null : v.get("source"), shortRow));
        }
        return List.copyOf(out);
    }

    /** A plain comma split: the file quotes nothing. */
    private static List<String> fields(String line) {
        return List.of(line.split(",", -1));
    }

    /** The number in {@code s}, or null for empty, {@code NaN}, {@code unk} and other non-numbers the file holds. */
    private static Double number(String s) {
        if (s == null || s.isEmpty()) {
            return null;
        }
        try {
            double d = Double.parseDouble(s);
            return Double.isFinite(d) ? d : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
