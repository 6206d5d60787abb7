package dev.greenops.model.intensity.io;

import dev.greenops.model.common.InvalidInputException;
import dev.greenops.model.imports.FileHead;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.util.List;
import java.util.Locale;

/**
 * WattTime API responses saved as JSON: v3 {@code /historical} and {@code /forecast} ({@code {data, meta}}), v3
 * {@code /forecast/historical} (a forecast per {@code generated_at}), v2 {@code /data} (an array of points with
 * {@code ba}, {@code frequency}, {@code datatype}) and v2 {@code /forecast}. Values are lbs CO2/MWh and become g/kWh
 * (× 0.45359237). {@code co2_moer} / {@code MOER} is the marginal signal, {@code co2_aoer} / {@code AOER} the average;
 * forecasts keep their issue time; v3 points with {@code imputed_data_used} are marked estimated.
 */
public final class WattTimeImporter extends IntensityImporter {

    @Override
    public String format() {
        return "watttime";
    }

    @Override
    public String description() {
        return "WattTime API JSON (v2 data/forecast, v3 historical/forecast), lbs/MWh → g/kWh, MOER marked marginal";
    }

    @Override
    public boolean accepts(FileHead head) {
        char first = head.firstNonBlank();
        if (first != '[' && first != '{') {
            return false;
        }
        String text = new String(head.bytes(), StandardCharsets.UTF_8).toLowerCase(Locale.ROOT);
        return text.contains("\"point_time\"");
    }

    @Override
    protected boolean json() {
        return true;
    }

    @Override
    protected void stage(Context x) throws SQLException, IOException, InvalidInputException {
        JsonTable json = JsonTable.read(x.c, x.file, x.prefix + "_json");
        try {
            String region = regionLiteral(x.options);
            String rootType = json.type("r");
            List<String> rootKeys = json.keys("r");
            if ("OBJECT".equals(rootType) && rootKeys.contains("data") && rootKeys.contains("meta")) {
                stageV3(x, json, region);
            } else if ("OBJECT".equals(rootType) && rootKeys.contains("forecast")) {
                stageV2Forecast(x, json, "r", "''", region);
            } else if ("ARRAY".equals(rootType) && json.keys("r->0").contains("forecast")) {
                String elements = "(select unnest(l) as f, generate_subscripts(l, 1) as fi from (select from_json(r, '[\"json\"]') as l from "
                        + json.table + "))";
                stageV2ForecastList(x, elements, region);
            } else if ("ARRAY".equals(rootType)) {
                String elements = "(select unnest(l) as e, generate_subscripts(l, 1) as i from (select from_json(r, '[\"json\"]') as l from "
                        + json.table + "))";
                x.staging.add("select '/' || (i - 1) as pointer, coalesce(jfield(e, 'ba'), jfield(e, 'region'), " + region
                        + ") as region, jfield(e, 'point_time') as ts_raw, jfield(e, 'value') as value_raw,"
                        + " jfield(e, 'frequency') || ' seconds' as duration_raw, 'lbs/MWh' as unit,"
                        + signal("coalesce(jfield(e, 'datatype'), 'MOER')") + " as signal, 'direct' as basis,"
                        + " 'watttime:' || coalesce(jfield(e, 'ba'), jfield(e, 'region'), " + region + ") || ':'"
                        + " || lower(coalesce(jfield(e, 'datatype'), 'MOER')) as source from " + elements);
            } else {
                throw InvalidInputException.of(x.displayName, 1, 1, "not a WattTime response this workbench knows",
                        "a v3 {data, meta} response, a v3 historical-forecast response, or a v2 /data or /forecast response");
            }
        } finally {
            json.drop();
        }
    }

    private static void stageV3(Context x, JsonTable json, String region) throws SQLException, InvalidInputException {
        String meta = "json_extract(r, '$.meta')";
        String units = json.string("select jfield(" + meta + ", 'units') from " + json.table);
        String signalType = json.string("select jfield(" + meta + ", 'signal_type') from " + json.table);
        if (signalType != null && !signalType.startsWith("co2_")) {
            throw InvalidInputException.of(x.displayName, 1, 1, "signal_type '" + signalType + "' is not a carbon intensity",
                    "co2_moer (marginal) or co2_aoer (average)");
        }
        String common = "coalesce(jfield(" + meta + ", 'region'), " + region + ") as region, "
                + CsvTable.literal(units == null ? "lbs_co2_per_mwh" : units) + " as unit, "
                + signal(CsvTable.literal(signalType == null ? "co2_moer" : signalType)) + " as signal, 'direct' as basis, "
                + "jfield(" + meta + ", 'data_point_period_seconds') || ' seconds' as duration_raw, ";
        String source = "'watttime:' || coalesce(jfield(" + meta + ", 'region'), " + region + ") || ':' || "
                + CsvTable.literal(signalType == null ? "co2_moer" : signalType);
        boolean historicalForecasts = json.keys("json_extract(r, '$.data[0]')").contains("forecast");
        if (historicalForecasts) {
            x.staging.add("select '/data/' || (fi - 1) || '/forecast/' || (i - 1) as pointer, " + common
                    + " jfield(p, 'point_time') as ts_raw, jfield(p, 'value') as value_raw, jfield(f, 'generated_at') as issued_raw,"
                    + " jfield(p, 'imputed_data_used') as estimated_raw, " + source + " || ':forecast' as source from ("
                    + "select f, fi, unnest(pl) as p, generate_subscripts(pl, 1) as i, r from (select f, fi, r,"
                    + " from_json(json_extract(f, '$.forecast'), '[\"json\"]') as pl from (select unnest(l) as f,"
                    + " generate_subscripts(l, 1) as fi, r from (select from_json(json_extract(r, '$.data'), '[\"json\"]') as l, r from "
                    + json.table + "))))");
        } else {
            String issued = "jfield(" + meta + ", 'generated_at')";
            x.staging.add("select '/data/' || (i - 1) as pointer, " + common
                    + " jfield(e, 'point_time') as ts_raw, jfield(e, 'value') as value_raw, " + issued + " as issued_raw,"
                    + " jfield(e, 'imputed_data_used') as estimated_raw, " + source + " || case when " + issued
                    + " is null then '' else ':forecast' end as source from (select unnest(l) as e, generate_subscripts(l, 1) as i, r"
                    + " from (select from_json(json_extract(r, '$.data'), '[\"json\"]') as l, r from " + json.table + "))");
        }
    }

    /** A v2 forecast object at {@code objectExpr} (pointer prefix {@code prefix}). */
    private static void stageV2Forecast(Context x, JsonTable json, String objectExpr, String prefix, String region)
            throws SQLException {
        x.staging.add("select " + prefix + " || '/forecast/' || (i - 1) as pointer,"
                + " coalesce(jfield(e, 'ba'), " + region + ") as region, jfield(e, 'point_time') as ts_raw,"
                + " jfield(e, 'value') as value_raw, jfield(" + objectExpr + ", 'generated_at') as issued_raw,"
                + " 'lbs/MWh' as unit, 'marginal' as signal, 'direct' as basis,"
                + " 'watttime:' || coalesce(jfield(e, 'ba'), " + region + ") || ':moer:forecast' as source"
                + " from (select unnest(l) as e, generate_subscripts(l, 1) as i, r from (select from_json(json_extract("
                + objectExpr + ", '$.forecast'), '[\"json\"]') as l, r from " + json.table + "))");
    }

    private static void stageV2ForecastList(Context x, String forecasts, String region) throws SQLException {
        x.staging.add("select '/' || (fi - 1) || '/forecast/' || (i - 1) as pointer,"
                + " coalesce(jfield(e, 'ba'), " + region + ") as region, jfield(e, 'point_time') as ts_raw,"
                + " jfield(e, 'value') as value_raw, jfield(f, 'generated_at') as issued_raw,"
                + " 'lbs/MWh' as unit, 'marginal' as signal, 'direct' as basis,"
                + " 'watttime:' || coalesce(jfield(e, 'ba'), " + region + ") || ':moer:forecast' as source"
                + " from (select f, fi, unnest(l) as e, generate_subscripts(l, 1) as i from (select f, fi,"
                + " from_json(json_extract(f, '$.forecast'), '[\"json\"]') as l from " + forecasts + "))");
    }

    /** SQL mapping a WattTime signal name to ours (anything else stays as is and is reported). */
    private static String signal(String expression) {
        return "case lower(" + expression + ") when 'co2_moer' then 'marginal' when 'moer' then 'marginal'"
                + " when 'co2_aoer' then 'average' when 'aoer' then 'average' else lower(" + expression + ") end";
    }
}
