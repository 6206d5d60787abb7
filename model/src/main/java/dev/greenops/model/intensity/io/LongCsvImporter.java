package dev.greenops.model.intensity.io;

import dev.greenops.model.common.InvalidInputException;
import dev.greenops.model.common.Problem;
import dev.greenops.model.imports.FileHead;
import java.io.IOException;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Long CSV: one row per region and time, {@code timestamp, region, g_per_kwh}, with optional {@code unit},
 * {@code signal}, {@code basis}, {@code source}, {@code estimated}, {@code duration} and {@code forecast_issued_at}
 * columns. This is also the workbench's own export format. Without a signal or basis column the points are average,
 * direct (the import says so); a bare time is UTC.
 */
public final class LongCsvImporter extends IntensityImporter {

    private enum Role {
        TIME, REGION, VALUE, UNIT, SIGNAL, BASIS, SOURCE, ESTIMATED, DURATION, ISSUED
    }

    private static final String EXPECTED = "timestamp, region, g_per_kwh (optional: unit, signal, basis, source, estimated,"
            + " duration, forecast_issued_at)";

    @Override
    public String format() {
        return "long-csv";
    }

    @Override
    public String description() {
        return "Long CSV: timestamp, region, g_per_kwh (one row per region and time)";
    }

    @Override
    public boolean accepts(FileHead head) {
        if (head.firstLines().isEmpty()) {
            return false;
        }
        List<String> header = CsvTable.splitHeader(head.firstLine(), CsvTable.delimiterOf(head.firstLine()));
        if (header.size() < 3 || CsvVocabulary.anyLedger(header)) {
            return false;
        }
        Map<Role, Integer> roles = new EnumMap<>(Role.class);
        for (int i = 0; i < header.size(); i++) {
            Role r = role(CsvTable.normalise(header.get(i)));
            if (r == null || roles.putIfAbsent(r, i + 1) != null) {
                return false;
            }
        }
        return roles.containsKey(Role.TIME) && roles.containsKey(Role.REGION) && roles.containsKey(Role.VALUE);
    }

    private static Role role(String h) {
        if (CsvVocabulary.TIME.contains(h)) {
            return Role.TIME;
        }
        if (CsvVocabulary.REGION.contains(h)) {
            return Role.REGION;
        }
        if (CsvVocabulary.isValue(h)) {
            return Role.VALUE;
        }
        for (Map.Entry<Set<String>, Role> e : Map.of(
                        CsvVocabulary.UNIT, Role.UNIT,
                        CsvVocabulary.SIGNAL, Role.SIGNAL,
                        CsvVocabulary.BASIS, Role.BASIS,
                        CsvVocabulary.SOURCE, Role.SOURCE,
                        CsvVocabulary.ESTIMATED, Role.ESTIMATED,
                        CsvVocabulary.DURATION, Role.DURATION,
                        CsvVocabulary.ISSUED, Role.ISSUED)
                .entrySet()) {
            if (e.getKey().contains(h)) {
                return e.getValue();
            }
        }
        return null;
    }

    @Override
    protected boolean json() {
        return false;
    }

    @Override
    protected void stage(Context x) throws SQLException, IOException, InvalidInputException {
        CsvTable csv = CsvTable.read(x.c, x.file, x.displayName, x.prefix + "_csv");
        Map<Role, Integer> at = new EnumMap<>(Role.class);
        List<Problem> problems = new ArrayList<>();
        for (int i = 0; i < csv.header.size(); i++) {
            String h = CsvTable.normalise(csv.header.get(i));
            Role r = role(h);
            if (r == null) {
                problems.add(Problem.error(x.displayName, 1, i + 1, "unknown column '" + csv.header.get(i) + "'", EXPECTED));
            } else if (at.putIfAbsent(r, i + 1) != null) {
                problems.add(Problem.error(x.displayName, 1, i + 1, "a second " + r.name().toLowerCase(java.util.Locale.ROOT)
                        + " column '" + csv.header.get(i) + "'", EXPECTED));
            }
        }
        if (!at.containsKey(Role.TIME)) {
            problems.add(Problem.error(x.displayName, 1, 1, "no time column", EXPECTED));
        }
        if (!at.containsKey(Role.VALUE)) {
            problems.add(Problem.error(x.displayName, 1, 1, "no intensity column", EXPECTED));
        }
        if (!at.containsKey(Role.REGION) && x.options.region().isEmpty()) {
            problems.add(Problem.error(x.displayName, 1, 1, "no region column", EXPECTED + ", or --region ZONE"));
        }
        if (!problems.isEmpty()) {
            CsvTable.drop(x.c, csv.table);
            throw new InvalidInputException(problems);
        }
        String valueName = CsvTable.normalise(csv.header.get(at.get(Role.VALUE) - 1));
        String region = at.containsKey(Role.REGION)
                ? "coalesce(nullif(trim(c" + at.get(Role.REGION) + "), ''), " + regionLiteral(x.options) + ")"
                : regionLiteral(x.options);
        String unit = at.containsKey(Role.UNIT)
                ? "coalesce(nullif(trim(c" + at.get(Role.UNIT) + "), ''), " + CsvTable.literal(CsvVocabulary.unitOfValueColumn(valueName)) + ")"
                : CsvTable.literal(CsvVocabulary.unitOfValueColumn(valueName));
        String defaultSignal = CsvVocabulary.VALUE_LBS_PER_MWH.contains(valueName) ? "marginal" : "average";
        String signal = at.containsKey(Role.SIGNAL)
                ? "coalesce(lower(nullif(trim(c" + at.get(Role.SIGNAL) + "), '')), '" + defaultSignal + "')"
                : "'" + defaultSignal + "'";
        String basis = at.containsKey(Role.BASIS)
                ? "coalesce(replace(replace(lower(nullif(trim(c" + at.get(Role.BASIS) + "), '')), ' ', ''), '-', ''), 'direct')"
                : "'direct'";
        String source = at.containsKey(Role.SOURCE)
                ? "coalesce(nullif(trim(c" + at.get(Role.SOURCE) + "), ''), " + CsvTable.literal("long-csv:" + x.file.getFileName()) + ")"
                : CsvTable.literal("long-csv:" + x.file.getFileName());
        x.staging.add("select line, c" + at.get(Role.TIME) + " as ts_raw, " + at.get(Role.TIME) + " as time_col, c"
                + at.get(Role.VALUE) + " as value_raw, " + at.get(Role.VALUE) + " as value_col, " + region + " as region, "
                + unit + " as unit, " + signal + " as signal, " + basis + " as basis, " + source + " as source, "
                + column(at, Role.ESTIMATED) + " as estimated_raw, " + column(at, Role.DURATION) + " as duration_raw, "
                + column(at, Role.ISSUED) + " as issued_raw from " + csv.table);
        CsvTable.drop(x.c, csv.table);
        if (!at.containsKey(Role.SIGNAL)) {
            x.warn("the file does not say which signal its values are: filed as " + defaultSignal);
        }
        if (!at.containsKey(Role.BASIS)) {
            x.warn("the file does not say whether its values are direct or life-cycle: filed as direct");
        }
    }

    private static String column(Map<Role, Integer> at, Role role) {
        return at.containsKey(role) ? "c" + at.get(role) : "null";
    }
}
