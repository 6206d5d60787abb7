package dev.greenops.model.ledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import dev.greenops.model.common.InvalidInputException;
import dev.greenops.model.imports.ImportOptions;
import dev.greenops.model.store.Workspace;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The SQL row checks are generated from the bundled JSON Schema; this proves they say the same as a real JSON Schema
 * 2020-12 validator (networknt, with format assertions on), property by property, for a corpus of good and bad rows:
 * as JSON (typed) and, for the rows CSV can express, as CSV (text).
 */
class SchemaAgreementTest {

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static Schema schema;

    @TempDir
    Path dir;

    @BeforeAll
    static void loadSchema() {
        schema = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
                .getSchema(new String(UfmsSchema.standard().bytes(), StandardCharsets.UTF_8), InputFormat.JSON);
    }

    /** One corpus row: a change to a valid row, and whether CSV can express it (no JSON-only type confusion). */
    record Case(String name, Consumer<ObjectNode> change, boolean csv) {}

    static ObjectNode base() {
        ObjectNode row = JsonNodeFactory.instance.objectNode();
        LedgerFixtures.row(0).forEach((k, v) -> {
            if (v.isEmpty()) {
                return;
            }
            PropertyRule rule = UfmsSchema.standard().require(k);
            if (rule.isNumeric()) {
                row.put(k, new java.math.BigDecimal(v));
            } else {
                row.put(k, v);
            }
        });
        row.put("gpu_count", 8);
        return row;
    }

    static List<Case> corpus() {
        List<Case> c = new ArrayList<>();
        c.add(new Case("valid base row", r -> {}, true));
        c.add(new Case("owner unknown", r -> r.put("owner", "unknown"), true));
        c.add(new Case("optional fields absent", r -> {
            r.remove("gpu_count");
            r.remove("market_based_kgco2e");
            r.remove("embodied_kgco2e");
            r.remove("cost_usd");
        }, true));
        c.add(new Case("optional fields null", r -> {
            r.putNull("gpu_count");
            r.putNull("cost_usd");
            r.putNull("signed_at");
        }, true));
        c.add(new Case("integer written as 2.0", r -> r.put("gpu_count", 2.0), true));
        c.add(new Case("exponent numbers", r -> r.put("energy_kwh", 4.05e1), true));
        c.add(new Case("signed_at UTC", r -> r.put("signed_at", "2026-10-03T00:05:00Z"), true));
        c.add(new Case("signed_at with fraction and offset", r -> r.put("signed_at", "2026-10-03T00:05:00.123+02:00"), true));
        c.add(new Case("pue exactly 1", r -> r.put("pue", 1), true));
        c.add(new Case("energy 0", r -> r.put("energy_kwh", 0), true));
        c.add(new Case("methodology with dotted version", r -> r.put("methodology", "codecarbon@3.3.0"), true));
        c.add(new Case("unicode resource", r -> r.put("resource_id", "knoten-ü-1"), true));
        c.add(new Case("largest energy", r -> r.put("energy_kwh", new java.math.BigDecimal("999999999999.5")), true));
        c.add(new Case("energy as a string", r -> r.put("energy_kwh", "12.5"), false));
        c.add(new Case("negative energy", r -> r.put("energy_kwh", -0.001), true));
        c.add(new Case("pue below 1", r -> r.put("pue", 0.99), true));
        c.add(new Case("pue too large", r -> r.put("pue", 10000), true));
        c.add(new Case("energy too large", r -> r.put("energy_kwh", new java.math.BigDecimal("1e12")), true));
        c.add(new Case("owner without domain", r -> r.put("owner", "maria.keller"), true));
        c.add(new Case("owner with a space", r -> r.put("owner", "maria keller@example.com"), true));
        c.add(new Case("owner empty", r -> r.put("owner", ""), false));
        c.add(new Case("impossible date", r -> r.put("date", "2026-02-30"), true));
        c.add(new Case("date without zero padding", r -> r.put("date", "2026-8-1"), true));
        c.add(new Case("date as a number", r -> r.put("date", 20260801), false));
        c.add(new Case("methodology without version", r -> r.put("methodology", "tdp-estimate"), true));
        c.add(new Case("methodology in capitals", r -> r.put("methodology", "TDP@1"), true));
        c.add(new Case("methodology only a version", r -> r.put("methodology", "@1"), true));
        c.add(new Case("negative gpu_count", r -> r.put("gpu_count", -1), true));
        c.add(new Case("fractional gpu_count", r -> r.put("gpu_count", 2.5), true));
        c.add(new Case("gpu_count as a string", r -> r.put("gpu_count", "8"), false));
        c.add(new Case("team empty", r -> r.put("team", ""), false));
        c.add(new Case("team blank", r -> r.put("team", "   "), true));
        c.add(new Case("team null", r -> r.putNull("team"), true));
        c.add(new Case("team missing", r -> r.remove("team"), true));
        c.add(new Case("team a number", r -> r.put("team", 5), false));
        c.add(new Case("model an object", r -> r.putObject("model").put("name", "x"), false));
        c.add(new Case("signed_at with a space", r -> r.put("signed_at", "2026-10-03 00:05:00"), true));
        c.add(new Case("signed_at without offset", r -> r.put("signed_at", "2026-10-03T00:05:00"), true));
        c.add(new Case("signed_at month 13", r -> r.put("signed_at", "2026-13-03T00:05:00Z"), true));
        c.add(new Case("negative cost", r -> r.put("cost_usd", -5), true));
        c.add(new Case("negative market-based", r -> r.put("market_based_kgco2e", -1), true));
        c.add(new Case("intensity_source missing", r -> r.remove("intensity_source"), true));
        c.add(new Case("gpu_hours a boolean", r -> r.put("gpu_hours", true), false));
        c.add(new Case("several problems at once", r -> {
            r.put("pue", 0.5);
            r.put("owner", "nobody");
            r.remove("date");
        }, true));
        return c;
    }

    /** Properties the JSON Schema validator finds wrong in {@code row}. */
    static Set<String> validatorSays(ObjectNode row) throws Exception {
        List<Error> errors = schema.validate(
                MAPPER.writeValueAsString(row),
                InputFormat.JSON,
                ctx -> ctx.executionConfig(cfg -> cfg.formatAssertionsEnabled(true)));
        Set<String> properties = new TreeSet<>();
        for (Error e : errors) {
            String at = e.getInstanceLocation().toString().replaceFirst("^[$]?[./]?", "");
            properties.add(at.isEmpty() ? e.getProperty() : at.split("[./]")[0]);
        }
        return properties;
    }

    /** Properties the generated SQL finds wrong in each row of a staged file, by line. */
    static Map<Long, Set<String>> sqlSays(Connection c, StagedLedger staged) throws Exception {
        List<PropertyRule> rules = UfmsSchema.standard().properties();
        StringBuilder select = new StringBuilder("SELECT _line");
        for (PropertyRule rule : rules) {
            select.append(", ").append(RuleSql.violation(
                    rule, Sql.ident(rule.name()), Sql.ident(rule.name() + "__t"), staged.mode()));
        }
        Map<Long, Set<String>> out = new LinkedHashMap<>();
        for (String[] r : Sql.queryRows(c, select + " FROM " + staged.table() + " ORDER BY _line")) {
            Set<String> bad = new TreeSet<>();
            for (int i = 0; i < rules.size(); i++) {
                if (r[i + 1] != null) {
                    bad.add(rules.get(i).name());
                }
            }
            out.put(Long.parseLong(r[0]), bad);
        }
        return out;
    }

    @Test
    void the_sql_checks_of_json_rows_agree_with_a_json_schema_validator_property_by_property() throws Exception {
        List<Case> corpus = corpus();
        StringBuilder ndjson = new StringBuilder();
        List<Set<String>> expected = new ArrayList<>();
        for (Case k : corpus) {
            ObjectNode row = base();
            k.change().accept(row);
            ndjson.append(MAPPER.writeValueAsString(row)).append('\n');
            expected.add(validatorSays(row));
        }
        Path file = Files.writeString(dir.resolve("corpus.ndjson"), ndjson);
        Map<Long, Set<String>> actual;
        try (Workspace ws = Workspace.inMemory();
                Connection c = ws.connect();
                StageSession stage = StageSession.open(c)) {
            FlatSource flat = JsonFlatReader.read(stage, file, "corpus.ndjson", false);
            actual = sqlSays(stage.connection(), UfmsShaper.shape(stage, flat, TypingMode.STRICT, false,
                    ImportOptions.DEFAULT, "corpus.ndjson"));
        }
        for (int i = 0; i < corpus.size(); i++) {
            assertThat(actual.get((long) i + 1)).as(corpus.get(i).name()).isEqualTo(expected.get(i));
        }
        assertThat(expected.getFirst()).isEmpty();
        assertThat(expected.stream().filter(Set::isEmpty).count()).as("valid rows in the corpus").isEqualTo(13);
    }

    @Test
    void the_sql_checks_of_csv_rows_agree_with_a_json_schema_validator_where_csv_can_express_the_row()
            throws Exception {
        List<Case> corpus = corpus().stream().filter(Case::csv).toList();
        List<String> columns = UfmsSchema.standard().columnNames();
        StringBuilder csv = new StringBuilder(String.join(",", columns)).append('\n');
        List<Set<String>> expected = new ArrayList<>();
        for (Case k : corpus) {
            ObjectNode row = base();
            k.change().accept(row);
            List<String> cells = new ArrayList<>();
            for (String col : columns) {
                var v = row.get(col);
                String text = v == null || v.isNull() ? "" : v.isTextual() ? v.asText() : v.toString();
                cells.add(text.contains(",") || text.contains("\"") ? "\"" + text.replace("\"", "\"\"") + "\"" : text);
            }
            csv.append(String.join(",", cells)).append('\n');
            expected.add(validatorSays(row));
        }
        Path file = Files.writeString(dir.resolve("corpus.csv"), csv);
        Map<Long, Set<String>> actual;
        try (Workspace ws = Workspace.inMemory();
                Connection c = ws.connect();
                StageSession stage = StageSession.open(c)) {
            FlatSource flat = CsvFlatReader.read(stage, file, "corpus.csv", columns);
            actual = sqlSays(stage.connection(), UfmsShaper.shape(stage, flat, TypingMode.TEXT, true,
                    ImportOptions.DEFAULT, "corpus.csv"));
        }
        for (int i = 0; i < corpus.size(); i++) {
            assertThat(actual.get((long) i + 2)).as(corpus.get(i).name()).isEqualTo(expected.get(i));
        }
    }

    @Test
    void a_field_the_schema_does_not_know_is_rejected_by_both() throws Exception {
        ObjectNode row = base();
        row.put("energy_kw", 1);
        assertThat(validatorSays(row)).containsExactly("energy_kw");
        Path file = Files.writeString(dir.resolve("extra.ndjson"), MAPPER.writeValueAsString(row) + "\n");
        try (Workspace ws = Workspace.inMemory();
                Connection c = ws.connect();
                StageSession stage = StageSession.open(c)) {
            FlatSource flat = JsonFlatReader.read(stage, file, "extra.ndjson", false);
            assertThatThrownBy(() -> UfmsShaper.shape(stage, flat, TypingMode.STRICT, false, ImportOptions.DEFAULT,
                            "extra.ndjson"))
                    .isInstanceOf(InvalidInputException.class)
                    .hasMessageContaining("unknown field \"energy_kw\"");
        }
    }
}
