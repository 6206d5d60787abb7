package dev.greenops.model.intensity.io;

import dev.greenops.model.common.InvalidInputException;
import dev.greenops.model.common.Problem;
import dev.greenops.model.imports.FileHead;
import java.io.IOException;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Wide CSV: a time column, then one column per region ({@code timestamp, DE, FR, GB}); a column name may carry its
 * unit ({@code DE (gCO2eq/kWh)}, {@code CAISO_NORTH [lbs/MWh]}). A file with a single value column that names no
 * region ({@code Time, Carbon Intensity}) needs {@code --region}. Any step from 5 minutes to 1 hour; an empty cell is
 * a gap and is reported. Values are average, direct unless stated otherwise (the import says so).
 */
public final class WideCsvImporter extends IntensityImporter {

    private static final Pattern NAME_WITH_UNIT = Pattern.compile("^(.*?)\\s*[(\\[]\\s*([^)\\]]+?)\\s*[)\\]]\\s*$");

    @Override
    public String format() {
        return "wide-csv";
    }

    @Override
    public String description() {
        return "Wide CSV: a time column and one column per region, any step from 5 minutes to 1 hour";
    }

    @Override
    public boolean accepts(FileHead head) {
        if (head.firstLines().size() < 2) {
            return false;
        }
        char delimiter = CsvTable.delimiterOf(head.firstLine());
        List<String> header = CsvTable.splitHeader(head.firstLine(), delimiter);
        if (header.size() < 2 || CsvVocabulary.anyLedger(header)
                || !CsvVocabulary.TIME.contains(CsvTable.normalise(header.getFirst()))) {
            return false;
        }
        // the first data row must hold numbers (or nothing) under every region column
        List<String> row = CsvTable.splitHeader(head.firstLines().get(1), delimiter);
        if (row.size() != header.size()) {
            return false;
        }
        for (String cell : row.subList(1, row.size())) {
            if (!cell.isBlank() && !cell.strip().matches("[-+]?\\d+(\\.\\d*)?([eE][-+]?\\d+)?")) {
                return false;
            }
        }
        return true;
    }

    @Override
    protected boolean json() {
        return false;
    }

    /** A value column: the region it holds (null = needs --region) and its unit. */
    private record Column(int index, String region, String unit) {}

    @Override
    protected void stage(Context x) throws SQLException, IOException, InvalidInputException {
        CsvTable csv = CsvTable.read(x.c, x.file, x.displayName, x.prefix + "_csv");
        List<Problem> problems = new ArrayList<>();
        if (!CsvVocabulary.TIME.contains(CsvTable.normalise(csv.header.getFirst()))) {
            problems.add(Problem.error(x.displayName, 1, 1, "the first column '" + csv.header.getFirst() + "' is not a time column",
                    "a time column first (timestamp, time, datetime, ...), then one column per region"));
        }
        if (CsvVocabulary.anyLedger(csv.header)) {
            problems.add(Problem.error(x.displayName, 1, 1, "this looks like an emissions ledger, not an intensity table",
                    "--format ufms-csv (or another ledger format) for ledgers"));
        }
        List<Column> columns = new ArrayList<>();
        int unnamed = 0;
        for (int i = 2; i <= csv.header.size(); i++) {
            String raw = csv.header.get(i - 1).strip();
            String name = raw;
            String unit = "g/kWh";
            Matcher m = NAME_WITH_UNIT.matcher(raw);
            if (m.matches() && Units.factor(m.group(2)).isPresent()) {
                name = m.group(1).strip();
                unit = m.group(2).strip();
            } else if (Units.factor(raw).isPresent()) {
                name = "";
                unit = raw;
            }
            String normalised = CsvTable.normalise(name);
            if (name.isEmpty() || CsvVocabulary.isValue(normalised)) {
                if (CsvVocabulary.VALUE_LBS_PER_MWH.contains(normalised)) {
                    unit = "lbs/MWh";
                }
                unnamed++;
                columns.add(new Column(i, null, unit));
            } else if (CsvVocabulary.TIME.contains(normalised) || CsvVocabulary.REGION.contains(normalised)) {
                problems.add(Problem.error(x.displayName, 1, i, "column '" + raw + "' is not a region",
                        "one column per region after the time column (long files with a region column: --format long-csv)"));
            } else {
                columns.add(new Column(i, name, unit));
            }
        }
        if (columns.isEmpty()) {
            problems.add(Problem.error(x.displayName, 1, 2, "no region columns", "a time column, then one column per region"));
        }
        Optional<String> region = x.options.region();
        if (unnamed > 0 && (region.isEmpty() || columns.size() > 1)) {
            Column c = columns.stream().filter(col -> col.region() == null).findFirst().orElseThrow();
            problems.add(Problem.error(x.displayName, 1, c.index(), "column '" + csv.header.get(c.index() - 1)
                            + "' does not say which region it is",
                    columns.size() > 1 ? "a region name as the column header" : "--region ZONE to name the zone"));
        }
        if (!problems.isEmpty()) {
            CsvTable.drop(x.c, csv.table);
            throw new InvalidInputException(problems);
        }
        StringBuilder mapping = new StringBuilder();
        StringBuilder names = new StringBuilder();
        for (Column c : columns) {
            mapping.append(mapping.isEmpty() ? "" : ", ").append("('c").append(c.index()).append("', ")
                    .append(CsvTable.literal(c.region() == null ? region.orElseThrow() : c.region())).append(", ")
                    .append(CsvTable.literal(c.unit())).append(", ").append(c.index()).append(")");
            names.append(names.isEmpty() ? "" : ", ").append("c").append(c.index());
        }
        String source = CsvTable.literal("wide-csv:" + x.file.getFileName() + ":");
        x.staging.add("select u.line, u.c1 as ts_raw, 1 as time_col, u.v as value_raw, m.idx as value_col, m.region,"
                + " m.unit, 'average' as signal, 'direct' as basis, " + source + " || m.region as source"
                + " from (select line, c1, " + names + " from " + csv.table + ") unpivot include nulls (v for col in ("
                + names + ")) u join (values " + mapping + ") m(col, region, unit, idx) on m.col = u.col");
        CsvTable.drop(x.c, csv.table);
        x.warn("a wide CSV does not say which signal and basis its values are: filed as average, direct");
    }
}
