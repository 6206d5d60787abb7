package dev.greenops.model.intensity.io;

import dev.greenops.model.common.InvalidInputException;
import dev.greenops.model.imports.FileHead;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.util.Locale;

/**
 * Carbon Aware SDK emissions JSON: an array of {@code {location, time, rating, duration}} (the Web API and CLI
 * output, keys in any case) or an object holding such an array under {@code emissions} (the SDK's JSON data files).
 * Durations are .NET time spans ({@code 01:00}, {@code 00:05:00}); a missing duration is taken from the spacing of the
 * points. The SDK reports ratings in g/kWh as marginal intensity (its WattTime source), so they are filed as the
 * marginal signal, direct basis; the import says so.
 */
public final class CarbonAwareSdkImporter extends IntensityImporter {

    @Override
    public String format() {
        return "carbon-aware-sdk";
    }

    @Override
    public String description() {
        return "Carbon Aware SDK emissions JSON (location, time, rating, duration), marginal g/kWh";
    }

    @Override
    public boolean accepts(FileHead head) {
        char first = head.firstNonBlank();
        if (first != '[' && first != '{') {
            return false;
        }
        String text = new String(head.bytes(), StandardCharsets.UTF_8).toLowerCase(Locale.ROOT);
        return text.contains("\"rating\"") && text.contains("\"location\"") && text.contains("\"time\"");
    }

    @Override
    protected boolean json() {
        return true;
    }

    @Override
    protected void stage(Context x) throws SQLException, IOException, InvalidInputException {
        JsonTable json = JsonTable.read(x.c, x.file, x.prefix + "_json");
        String array;
        String pointer;
        String rootType = json.type("r");
        if ("ARRAY".equals(rootType)) {
            array = "r";
            pointer = "'/'";
        } else {
            String key = json.key("r", "emissions");
            if (key == null || !"ARRAY".equals(json.type("json_extract(r, " + JsonTable.path(key) + ")"))) {
                json.drop();
                throw InvalidInputException.of(x.displayName, 1, 1, "no list of emissions in this JSON",
                        "an array of {location, time, rating, duration}, or an object with an 'emissions' array");
            }
            array = "json_extract(r, " + JsonTable.path(key) + ")";
            pointer = CsvTable.literal("/" + key + "/");
        }
        String elements = "(select unnest(l) as e, generate_subscripts(l, 1) as i from (select from_json(" + array
                + ", '[\"json\"]') as l from " + json.table + "))";
        x.staging.add("select " + pointer + " || (i - 1) as pointer,"
                + " coalesce(jfield(e, 'location'), " + regionLiteral(x.options) + ") as region,"
                + " jfield(e, 'time') as ts_raw, jfield(e, 'rating') as value_raw, jfield(e, 'duration') as duration_raw,"
                + " 'g/kWh' as unit, 'marginal' as signal, 'direct' as basis,"
                + " 'carbon-aware-sdk:' || coalesce(jfield(e, 'location'), " + regionLiteral(x.options) + ") as source"
                + " from " + elements);
        json.drop();
        x.warn("Carbon Aware SDK ratings carry no signal of their own: filed as marginal (the SDK's WattTime meaning)");
    }
}
