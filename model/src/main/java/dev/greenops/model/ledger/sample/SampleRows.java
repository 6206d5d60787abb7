package dev.greenops.model.ledger.sample;

import dev.greenops.model.ledger.UfmsSchema;
import dev.greenops.model.ledger.sample.SampleLedger.Row;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Sample rows as UFMS:003 values (text in column order) and as CSV and NDJSON lines. */
final class SampleRows {

    private SampleRows() {}

    /** The row's values by column; empty for absent (signed_at: the trail adds signing times per day). */
    static Map<String, String> values(Row r) {
        Map<String, String> v = new LinkedHashMap<>();
        SampleResource res = r.resource();
        v.put("date", r.date().toString());
        v.put("resource_id", res.resourceId());
        v.put("job_id", res.jobId());
        v.put("team", res.team());
        v.put("owner", res.owner());
        v.put("model_family", res.modelFamily());
        v.put("model", res.model());
        v.put("framework", res.framework());
        v.put("provider", SampleLedger.PROVIDER);
        v.put("region", res.region());
        v.put("gpu_type", res.gpuType());
        v.put("gpu_count", Integer.toString(res.count()));
        v.put("gpu_hours", plain(r.gpuHours()));
        v.put("energy_kwh", plain(r.energyKwh()));
        v.put("pue", plain(r.pue()));
        v.put("grid_intensity_g_per_kwh", plain(r.intensity()));
        v.put("emissions_kgco2e", plain(r.emissions()));
        v.put("market_based_kgco2e", plain(r.marketBased()));
        v.put("embodied_kgco2e", plain(r.embodied()));
        v.put("cost_usd", plain(r.cost()));
        v.put("methodology", res.methodology());
        v.put("intensity_source", r.intensitySource());
        v.put("signed_at", "");
        if (!List.copyOf(v.keySet()).equals(UfmsSchema.standard().columnNames())) {
            throw new IllegalStateException("sample columns drifted from the schema");
        }
        return v;
    }

    private static String plain(BigDecimal d) {
        return d.toPlainString();
    }

    static String csvHeader() {
        return String.join(",", UfmsSchema.standard().columnNames());
    }

    static String csvLine(Map<String, String> values) {
        List<String> cells = new ArrayList<>();
        for (String v : values.values()) {
            cells.add(csvCell(v));
        }
        return String.join(",", cells);
    }

    static String csvCell(String v) {
        return v.contains(",") || v.contains("\"") || v.contains("\n") ? "\"" + v.replace("\"", "\"\"") + "\"" : v;
    }

    /** One NDJSON object with JSON types: numbers unquoted, absent optional values as null. */
    static String ndjsonLine(Map<String, String> values) {
        StringBuilder out = new StringBuilder("{");
        boolean first = true;
        for (Map.Entry<String, String> e : values.entrySet()) {
            out.append(first ? "" : ", ").append(jsonString(e.getKey())).append(": ");
            first = false;
            String v = e.getValue();
            boolean numeric = UfmsSchema.standard().require(e.getKey()).isNumeric();
            out.append(v.isEmpty() ? "null" : numeric ? v : jsonString(v));
        }
        return out.append('}').toString();
    }

    static String jsonString(String s) {
        StringBuilder out = new StringBuilder("\"");
        for (char ch : s.toCharArray()) {
            switch (ch) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                default -> out.append(ch);
            }
        }
        return out.append('"').toString();
    }
}
