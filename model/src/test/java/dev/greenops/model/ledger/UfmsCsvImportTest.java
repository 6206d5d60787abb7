package dev.greenops.model.ledger;

import static dev.greenops.model.ledger.LedgerFixtures.csv;
import static dev.greenops.model.ledger.LedgerFixtures.csvLine;
import static dev.greenops.model.ledger.LedgerFixtures.formatted;
import static dev.greenops.model.ledger.LedgerFixtures.importFiles;
import static dev.greenops.model.ledger.LedgerFixtures.problemsOf;
import static dev.greenops.model.ledger.LedgerFixtures.row;
import static org.assertj.core.api.Assertions.assertThat;

import dev.greenops.model.common.Problem;
import dev.greenops.model.common.ProgressListener;
import dev.greenops.model.imports.ImportOptions;
import dev.greenops.model.imports.ImportResult;
import dev.greenops.model.store.Workspace;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class UfmsCsvImportTest {

    @TempDir
    Path dir;

    Workspace ws;

    @BeforeEach
    void open() {
        ws = Workspace.inMemory();
    }

    @AfterEach
    void close() {
        ws.close();
    }

    private static String with(int i, String column, String value) {
        Map<String, String> r = row(i);
        r.put(column, value);
        return csvLine(r);
    }

    @Test
    void a_valid_file_is_imported_with_its_batch_and_the_line_of_every_row() throws Exception {
        Path file = csv(dir, "ledger.csv", 3);
        List<ImportResult> results = importFiles(ws, "auto", file);
        assertThat(results).singleElement().satisfies(r -> {
            assertThat(r.format()).isEqualTo("ufms-csv");
            assertThat(r.rows()).isEqualTo(3);
            assertThat(r.warnings()).isEmpty();
        });
        List<String> rows = ws.read(c -> {
            try (var s = c.createStatement();
                    var rs = s.executeQuery("select resource_id, source_line, batch_id, energy_kwh, date, gpu_count"
                            + " from ledger order by source_line")) {
                List<String> out = new java.util.ArrayList<>();
                while (rs.next()) {
                    out.add(rs.getString(1) + "@" + rs.getLong(2) + "#" + rs.getLong(3) + " " + rs.getBigDecimal(4)
                            + " " + rs.getString(5) + " " + rs.getInt(6));
                }
                return out;
            }
        });
        long batch = results.getFirst().batchId();
        assertThat(rows)
                .containsExactly(
                        "node-1@2#" + batch + " 40.500000 2026-08-01 8",
                        "node-2@3#" + batch + " 40.500000 2026-08-01 8",
                        "node-3@4#" + batch + " 40.500000 2026-08-01 8");
    }

    @Test
    void text_in_a_number_column_names_file_line_column_value_and_expectation() throws Exception {
        Path file = csv(dir, "ledger.csv", 15, with(16, "energy_kwh", "abc"));
        List<Problem> problems = problemsOf(ws, "auto", file);
        assertThat(formatted(problems))
                .containsExactly(file + ":17:14: energy_kwh is \"abc\" (expected a decimal >= 0)");
        assertThat(ws.count("ledger")).isZero();
        assertThat(ws.count("import_batch")).isZero();
    }

    @Test
    void a_number_written_with_its_unit_is_told_to_drop_the_unit_and_a_huge_one_shows_the_bound_grouped()
            throws Exception {
        Path file = csv(dir, "ledger.csv", 2, with(3, "energy_kwh", "1.37 kWh"), with(4, "energy_kwh", "1e308"));
        assertThat(formatted(problemsOf(ws, "auto", file))).containsExactly(
                file + ":4:14: energy_kwh is \"1.37 kWh\": write the number alone, 1.37 (the column name gives the unit)"
                        + " (expected a decimal >= 0)",
                file + ":5:14: energy_kwh is 1e308, too large (expected a decimal >= 0 and < 1,000,000,000,000)");
        assertThat(LedgerValidator.numberBeforeUnit("12kg")).isEqualTo("12");
        assertThat(LedgerValidator.numberBeforeUnit("1e5")).isNull();
        assertThat(LedgerValidator.numberBeforeUnit("abc")).isNull();
    }

    @Test
    void an_out_of_range_energy_is_one_error_without_a_recompute_warning_beside_it() throws Exception {
        Path file = csv(dir, "huge.csv", 1, with(2, "energy_kwh", "99999999999999999999999999999999999999.5"));
        LedgerCheck.FileReport report = new LedgerCheck(LedgerFixtures.service())
                .check(List.of(file), "auto", ImportOptions.DEFAULT, ProgressListener.NONE).getFirst();
        assertThat(formatted(report.errors())).containsExactly(file + ":3:14: energy_kwh is"
                + " 99999999999999999999999999999999999999.5, too large (expected a decimal >= 0 and < 1,000,000,000,000)");
        assertThat(report.warnings()).isEmpty();
        assertThat(report.warningCount()).isZero();
    }

    @Test
    void an_id_with_a_space_at_its_end_is_a_warning_naming_its_line() throws Exception {
        Path file = csv(dir, "spaces.csv", 1, with(2, "resource_id", "node-1 "), with(3, "job_id", " train-rec-v3"),
                with(4, "job_id", "train-rec-v3 "));
        List<ImportResult> results = importFiles(ws, "auto", file);
        assertThat(formatted(results.getFirst().warnings())).containsExactly(
                file + ":3:2: warning: resource_id \"node-1 \" has a space at its start or end, kept as written (expected"
                        + " no spaces around an id: \"node-1 \" and \"node-1\" count as two)",
                file + ":4:3: warning: job_id \" train-rec-v3\" has a space at its start or end, kept as written (and 1"
                        + " more rows like it) (expected no spaces around an id: \" train-rec-v3\" and \"train-rec-v3\""
                        + " count as two)");
    }

    @Test
    void every_bad_value_in_the_file_is_reported_in_line_order() throws Exception {
        Path file = csv(
                dir,
                "ledger.csv",
                2,
                with(3, "energy_kwh", "-1"),
                with(4, "pue", "0.95"),
                with(5, "owner", "maria.keller"),
                with(6, "date", "2026-02-30"),
                with(7, "methodology", "tdp-estimate"),
                with(8, "gpu_count", "2.5"),
                with(9, "team", ""),
                with(10, "signed_at", "2026-10-03 00:05"));
        assertThat(formatted(problemsOf(ws, "auto", file)))
                .containsExactly(
                        file + ":4:14: energy_kwh is -1 (expected a decimal >= 0)",
                        file + ":5:15: pue is 0.95 (expected a decimal >= 1)",
                        file + ":6:5: owner is \"maria.keller\" (expected an email address or unknown, such as"
                                + " maria.keller@example.com)",
                        file + ":7:1: date is \"2026-02-30\" (expected a date as YYYY-MM-DD, such as 2026-08-01)",
                        file + ":8:21: methodology is \"tdp-estimate\" (expected a methodology id with a version,"
                                + " such as tdp-estimate@1)",
                        file + ":9:12: gpu_count is \"2.5\" (expected a whole number >= 0)",
                        file + ":10:4: team is empty (expected non-empty text)",
                        file + ":11:23: signed_at is \"2026-10-03 00:05\" (expected an RFC 3339 date-time, such as"
                                + " 2026-10-03T00:05:00Z)");
    }

    @Test
    void a_future_date_and_a_duplicate_row_are_errors() throws Exception {
        Map<String, String> future = row(9);
        future.put("date", "2026-11-24");
        Path file = csv(dir, "ledger.csv", 3, csvLine(row(2)), csvLine(future));
        assertThat(formatted(problemsOf(ws, "auto", file)))
                .containsExactly(
                        file + ":5:2: duplicate row: date 2026-08-01, resource_id \"node-2\", job_id \"train-rec-v3\""
                                + " is already on line 3 (expected one row per (date, resource_id, job_id) in a file)",
                        file + ":6:1: date 2026-11-24 is in the future (today is 2026-11-23 UTC) (expected a day up to"
                                + " and including today)");
    }

    @Test
    void emissions_that_do_not_recompute_are_a_warning_with_both_figures() throws Exception {
        Map<String, String> off = row(2);
        off.put("emissions_kgco2e", "8.8");
        Path file = csv(dir, "ledger.csv", 1, csvLine(off));
        List<ImportResult> results = importFiles(ws, "auto", file);
        assertThat(formatted(results.getFirst().warnings()))
                .containsExactly(file + ":3:17: warning: emissions_kgco2e is 8.8 kg but energy_kwh x"
                        + " grid_intensity_g_per_kwh / 1000 = 40.5 x 200 / 1000 = 8.100 kg (off by +8.6%) (expected"
                        + " emissions within 0.5% of energy x intensity / 1000)");
        assertThat(ws.count("ledger")).isEqualTo(2);
    }

    @Test
    void a_difference_within_half_a_percent_is_not_flagged() throws Exception {
        Map<String, String> close = row(2);
        close.put("emissions_kgco2e", "8.14"); // +0.49%
        Path file = csv(dir, "ledger.csv", 1, csvLine(close));
        assertThat(importFiles(ws, "auto", file).getFirst().warnings()).isEmpty();
    }

    @Test
    void an_unknown_column_is_named_with_a_suggestion_and_a_missing_one_is_reported() throws Exception {
        Path file = dir.resolve("ledger.csv");
        Files.writeString(
                file,
                LedgerFixtures.HEADER.replace("energy_kwh", "energy_kw") + "\n" + csvLine(row(1)) + "\n");
        assertThat(formatted(problemsOf(ws, "auto", file)))
                .containsExactly(
                        file + ":1:14: unknown column \"energy_kw\" (expected a UFMS:003 column; did you mean"
                                + " energy_kwh?)",
                        file + ":1:1: required column energy_kwh is missing (expected a header with every required"
                                + " UFMS:003 column (see schema/ufms-003-greenops-schema.json))");
    }

    @Test
    void a_repeated_column_is_an_error_at_its_second_place() throws Exception {
        Path file = dir.resolve("ledger.csv");
        Files.writeString(file, LedgerFixtures.HEADER + ",team\n" + csvLine(row(1)) + ",x\n");
        assertThat(formatted(problemsOf(ws, "ufms-csv", file)))
                .containsExactly(file + ":1:24: column team appears twice (also column 4) (expected each column once)");
    }

    @Test
    void an_empty_file_and_a_header_without_rows_are_errors() throws Exception {
        Path empty = Files.writeString(dir.resolve("empty.csv"), "");
        Path headerOnly = csv(dir, "header.csv", 0);
        assertThat(formatted(problemsOf(ws, "auto", empty)))
                .containsExactly(empty + ":0:0: the file is empty (expected a header line and data)");
        assertThat(formatted(problemsOf(ws, "ufms-csv", headerOnly)))
                .containsExactly(headerOnly + ":2:1: the file has a header but no rows (expected at least one ledger row)");
    }

    @Test
    void a_windows_file_with_a_byte_order_mark_and_crlf_line_ends_reads_like_any_other() throws Exception {
        Map<String, String> bad = row(2);
        bad.put("gpu_hours", "x");
        Path file = dir.resolve("windows.csv");
        Files.writeString(file, "\uFEFF" + LedgerFixtures.HEADER + "\r\n" + csvLine(row(1)) + "\r\n" + csvLine(bad) + "\r\n");
        assertThat(formatted(problemsOf(ws, "auto", file)))
                .containsExactly(file + ":3:13: gpu_hours is \"x\" (expected a decimal >= 0)");
    }

    @Test
    void a_line_that_is_not_utf8_is_named() throws Exception {
        Path file = dir.resolve("latin1.csv");
        byte[] head = (LedgerFixtures.HEADER + "\n" + csvLine(row(1)) + "\n").getBytes(java.nio.charset.StandardCharsets.UTF_8);
        byte[] latin = (csvLine(row(2)).replace("recommendations", "r\u00e9commandations") + "\n")
                .getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
        byte[] all = java.util.Arrays.copyOf(head, head.length + latin.length);
        System.arraycopy(latin, 0, all, head.length, latin.length);
        Files.write(file, all);
        assertThat(formatted(problemsOf(ws, "auto", file))).containsExactly(file + ":0:0: not UTF-8 text (a byte at"
                + " line 3 is not valid UTF-8; save the file as UTF-8) (expected UTF-8 text)");
    }

    @Test
    void a_utf16_file_is_called_utf16_text_not_binary() throws Exception {
        Path file = dir.resolve("utf16.csv");
        Files.write(file, ("\uFEFF" + LedgerFixtures.HEADER + "\n" + csvLine(row(1)) + "\n")
                .getBytes(java.nio.charset.StandardCharsets.UTF_16LE));
        assertThat(formatted(problemsOf(ws, "auto", file)))
                .containsExactly(file + ":0:0: the file is UTF-16 text (expected UTF-8 text: save the file as UTF-8)");
        Path noBom = dir.resolve("utf16be.csv");
        Files.write(noBom, (LedgerFixtures.HEADER + "\n").getBytes(java.nio.charset.StandardCharsets.UTF_16BE));
        assertThat(formatted(problemsOf(ws, "ufms-csv", noBom)))
                .containsExactly(noBom + ":0:0: the file is UTF-16 text (expected UTF-8 text: save the file as UTF-8)");
    }

    @Test
    void a_semicolon_separated_file_is_told_to_use_commas() throws Exception {
        Path file = Files.writeString(dir.resolve("excel.csv"),
                LedgerFixtures.HEADER.replace(',', ';') + "\n" + csvLine(row(1)).replace(',', ';') + "\n");
        assertThat(formatted(problemsOf(ws, "auto", file)))
                .singleElement()
                .asString()
                .startsWith(file + ":1:1: the fields are separated by semicolons (expected commas between fields: date,");
    }

    @Test
    void a_file_without_a_header_is_told_so() throws Exception {
        Path file = Files.writeString(dir.resolve("noheader.csv"), csvLine(row(1)) + "\n" + csvLine(row(2)) + "\n");
        assertThat(formatted(problemsOf(ws, "ufms-csv", file)))
                .singleElement()
                .asString()
                .startsWith(file + ":1:1: the first line holds data, not column names (expected a header line: date,");
    }

    @Test
    void lines_count_line_breaks_inside_quoted_fields_and_blank_lines() throws Exception {
        Map<String, String> multiLine = row(2);
        multiLine.put("model", "rec\ntransformer\nv3");
        Path file = csv(dir, "ledger.csv", 1, csvLine(multiLine), "", with(3, "energy_kwh", "x"));
        // header 1, row 1 on 2, the quoted field spans 3-5, a blank line 6, the bad row on 7
        assertThat(formatted(problemsOf(ws, "auto", file)))
                .containsExactly(file + ":7:14: energy_kwh is \"x\" (expected a decimal >= 0)");
    }

    @Test
    void a_row_with_the_wrong_number_of_fields_is_reported_with_its_physical_line() throws Exception {
        Map<String, String> multiLine = row(2);
        multiLine.put("model", "a\nb");
        Path file = csv(dir, "ledger.csv", 1, csvLine(multiLine), csvLine(row(3)) + ",extra", "1,2,3");
        assertThat(formatted(problemsOf(ws, "auto", file)))
                .containsExactly(
                        file + ":5:24: the row has more fields than the header (24 for 23 columns) (expected 23"
                                + " comma-separated fields per row, quotes around fields that hold commas, quotes or"
                                + " line breaks)",
                        file + ":6:4: the row has fewer fields than the header (3 of 23) (expected 23 comma-separated"
                                + " fields per row, quotes around fields that hold commas, quotes or line breaks)");
    }

    @Test
    void a_row_with_extra_empty_fields_at_the_end_is_rejected_like_any_row_too_long() throws Exception {
        Map<String, String> multiLine = row(2);
        multiLine.put("model", "a\nb");
        Path file = csv(dir, "trailing.csv", 1, csvLine(row(4)) + ",", csvLine(multiLine), csvLine(row(3)) + ",,");
        // header 1, row 1 on 2, the comma too many on 3, the quoted field on 4-5, two commas too many on 6
        String expected = " the row has more fields than the header (empty fields after column 23) (expected 23"
                + " comma-separated fields per row, no comma after the last field)";
        assertThat(formatted(problemsOf(ws, "auto", file)))
                .containsExactly(file + ":3:24:" + expected, file + ":6:24:" + expected);
        Path simple = csv(dir, "trailcomma.csv", 2, csvLine(row(3)) + ",");
        assertThat(formatted(problemsOf(ws, "auto", simple))).containsExactly(simple + ":4:24:" + expected);
        assertThat(ws.count("ledger")).isZero();
    }

    @Test
    void a_failed_import_leaves_the_workspace_exactly_as_it_was() throws Exception {
        importFiles(ws, "auto", csv(dir, "first.csv", 5));
        Path good = csv(dir, "good.csv", 4);
        Path bad = csv(dir, "bad.csv", 2, with(3, "pue", "0.5"));
        assertThat(problemsOf(ws, "auto", good, bad)).hasSize(1);
        assertThat(ws.count("ledger")).isEqualTo(5);
        assertThat(ws.count("import_batch")).isEqualTo(1);
    }

    @Test
    void optional_columns_may_be_left_out_and_region_can_come_from_the_import_options() throws Exception {
        List<String> keep = UfmsSchema.standard().properties().stream()
                .filter(p -> p.required() && !p.name().equals("region"))
                .map(PropertyRule::name)
                .toList();
        Map<String, String> r = row(1);
        String line = String.join(",", keep.stream().map(r::get).toList());
        Path file = Files.writeString(dir.resolve("minimal.csv"), String.join(",", keep) + "\n" + line + "\n");
        var options = new dev.greenops.model.imports.ImportOptions(java.util.Optional.of("europe-west1"));
        var results = LedgerFixtures.service()
                .importFiles(ws, List.of(file), "auto", options, dev.greenops.model.common.ProgressListener.NONE);
        assertThat(results.getFirst().rows()).isEqualTo(1);
        String region = ws.read(c -> {
            try (var s = c.createStatement();
                    var rs = s.executeQuery("select region || ' ' || coalesce(cost_usd::varchar, 'null') from ledger")) {
                rs.next();
                return rs.getString(1);
            }
        });
        assertThat(region).isEqualTo("europe-west1 null");
    }

    @Test
    void a_bigquery_csv_timestamp_is_read_as_utc() throws Exception {
        Path file = csv(dir, "bq.csv", 0, with(1, "signed_at", "2026-10-03 00:05:00 UTC"));
        importFiles(ws, "auto", file);
        String signed = ws.read(c -> {
            try (var s = c.createStatement();
                    var rs = s.executeQuery("select strftime(signed_at, '%Y-%m-%dT%H:%M:%S') from ledger")) {
                rs.next();
                return rs.getString(1);
            }
        });
        assertThat(signed).isEqualTo("2026-10-03T00:05:00");
    }
}
