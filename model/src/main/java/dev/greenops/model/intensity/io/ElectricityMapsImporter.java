package dev.greenops.model.intensity.io;

import dev.greenops.model.common.InvalidInputException;
import dev.greenops.model.common.Problem;
import dev.greenops.model.imports.FileHead;
import java.io.IOException;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Electricity Maps data-portal CSV exports, with the old header ({@code Carbon Intensity gCO₂eq/kWh (LCA)}, {@code Low
 * Carbon Percentage}, ...) or the new one ({@code Carbon intensity gCO₂eq/kWh (Life cycle)}, {@code Carbon-free energy
 * percentage (CFE%)}, ...). The direct and life-cycle columns become two series (two bases) of the average signal;
 * each row's "Data estimated" flag, data source and estimation method are kept. Times are UTC (the header says so).
 */
public final class ElectricityMapsImporter extends IntensityImporter {

    private enum Role {
        TIME, COUNTRY, ZONE_NAME, ZONE, DIRECT, LIFECYCLE, CFE, RENEWABLE, DATA_SOURCE, ESTIMATED, METHOD
    }

    /** Normalised header (lower case, ₂ → 2) → role, for both header versions. */
    private static final Map<String, Role> HEADERS = Map.ofEntries(
            Map.entry("datetime (utc)", Role.TIME),
            Map.entry("country", Role.COUNTRY),
            Map.entry("zone name", Role.ZONE_NAME),
            Map.entry("zone id", Role.ZONE),
            Map.entry("carbon intensity gco2eq/kwh (direct)", Role.DIRECT),
            Map.entry("carbon intensity gco2eq/kwh (lca)", Role.LIFECYCLE),
            Map.entry("carbon intensity gco2eq/kwh (life cycle)", Role.LIFECYCLE),
            Map.entry("low carbon percentage", Role.CFE),
            Map.entry("carbon-free energy percentage (cfe%)", Role.CFE),
            Map.entry("renewable percentage", Role.RENEWABLE),
            Map.entry("renewable energy percentage (re%)", Role.RENEWABLE),
            Map.entry("data source", Role.DATA_SOURCE),
            Map.entry("data estimated", Role.ESTIMATED),
            Map.entry("data estimation method", Role.METHOD));

    private static final String EXPECTED_HEADER = "Electricity Maps export columns: Datetime (UTC), Country, Zone Name, Zone Id,"
            + " Carbon Intensity gCO₂eq/kWh (direct), Carbon Intensity gCO₂eq/kWh (LCA) or (Life cycle),"
            + " Low Carbon Percentage or Carbon-free energy percentage (CFE%), Renewable Percentage or Renewable energy"
            + " percentage (RE%), Data Source, Data Estimated, Data Estimation Method";

    @Override
    public String format() {
        return "electricitymaps";
    }

    @Override
    public String description() {
        return "Electricity Maps data-portal CSV export (old or new header): direct and life-cycle average intensity";
    }

    @Override
    public boolean accepts(FileHead head) {
        String first = CsvTable.normalise(head.firstLine());
        return first.contains("datetime (utc)") && first.contains("carbon intensity");
    }

    @Override
    protected boolean json() {
        return false;
    }

    @Override
    protected void stage(Context x) throws SQLException, IOException, InvalidInputException {
        CsvTable csv = CsvTable.read(x.c, x.file, x.displayName, x.prefix + "_csv");
        Map<Role, Integer> at = new java.util.EnumMap<>(Role.class);
        List<Problem> problems = new ArrayList<>();
        for (int i = 0; i < csv.header.size(); i++) {
            Role role = HEADERS.get(CsvTable.normalise(csv.header.get(i)));
            if (role == null) {
                problems.add(Problem.error(x.displayName, 1, i + 1, "unknown column '" + csv.header.get(i) + "'", EXPECTED_HEADER));
            } else if (at.putIfAbsent(role, i + 1) != null) {
                problems.add(Problem.error(x.displayName, 1, i + 1, "column '" + csv.header.get(i) + "' appears twice", "each column once"));
            }
        }
        if (!at.containsKey(Role.TIME)) {
            problems.add(Problem.error(x.displayName, 1, 1, "no 'Datetime (UTC)' column", EXPECTED_HEADER));
        }
        if (!at.containsKey(Role.DIRECT) && !at.containsKey(Role.LIFECYCLE)) {
            problems.add(Problem.error(x.displayName, 1, 1, "no carbon-intensity column",
                    "'Carbon Intensity gCO₂eq/kWh (direct)' and/or '... (LCA)' / '... (Life cycle)'"));
        }
        if (!at.containsKey(Role.ZONE) && x.options.region().isEmpty()) {
            problems.add(Problem.error(x.displayName, 1, 1, "the file does not name its zone (no 'Zone Id' column)",
                    "--region ZONE, e.g. --region DE"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        if (at.containsKey(Role.ZONE) && x.options.region().isPresent()) {
            String conflict = conflictingZone(x, csv, at.get(Role.ZONE));
            if (conflict != null) {
                throw InvalidInputException.of(x.displayName, 2, at.get(Role.ZONE), "the file is for zone '" + conflict
                        + "' but --region says '" + x.options.region().get() + "'",
                        "no --region (the file names its zone), or the same zone");
            }
        }
        x.staging.timesDeclaredUtc = true;
        String zone = at.containsKey(Role.ZONE)
                ? "coalesce(nullif(trim(c" + at.get(Role.ZONE) + "), ''), " + regionLiteral(x.options) + ")"
                : regionLiteral(x.options);
        for (Role basis : List.of(Role.DIRECT, Role.LIFECYCLE)) {
            if (!at.containsKey(basis)) {
                continue;
            }
            String id = basis == Role.DIRECT ? "direct" : "lifecycle";
            x.staging.add("select line, c" + at.get(Role.TIME) + " as ts_raw, " + at.get(Role.TIME) + " as time_col, c"
                    + at.get(basis) + " as value_raw, " + at.get(basis) + " as value_col, " + zone + " as region,"
                    + " 'gCO2eq/kWh' as unit, 'average' as signal, '" + id + "' as basis,"
                    + " 'electricitymaps:' || " + zone + " || ':{years}-{granularity}:" + id + "' as source, "
                    + column(at, Role.ESTIMATED) + " as estimated_raw, " + column(at, Role.DATA_SOURCE) + " as data_source, "
                    + column(at, Role.METHOD) + " as estimation_method, " + column(at, Role.CFE) + " as cfe_raw, "
                    + column(at, Role.RENEWABLE) + " as renewable_raw from " + csv.table);
        }
        CsvTable.drop(x.c, csv.table);
    }

    private static String column(Map<Role, Integer> at, Role role) {
        return at.containsKey(role) ? "c" + at.get(role) : "null";
    }

    private static String conflictingZone(Context x, CsvTable csv, int zoneColumn) throws SQLException {
        try (java.sql.PreparedStatement p = x.c.prepareStatement("select c" + zoneColumn + " from " + csv.table
                + " where nullif(trim(c" + zoneColumn + "), '') is not null and trim(c" + zoneColumn + ") <> ? limit 1")) {
            p.setString(1, x.options.region().orElseThrow());
            try (java.sql.ResultSet rs = p.executeQuery()) {
                return rs.next() ? rs.getString(1) : null;
            }
        }
    }
}
