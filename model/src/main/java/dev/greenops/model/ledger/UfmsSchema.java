package dev.greenops.model.ledger;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.greenops.model.ledger.PropertyRule.Alternative;
import dev.greenops.model.ledger.PropertyRule.Format;
import dev.greenops.model.ledger.PropertyRule.ValueType;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;

/**
 * The UFMS:003 ledger-row JSON Schema (2020-12) bundled with the model, read into {@link PropertyRule}s. This file is
 * the single source of the row checks: the import SQL is generated from it. It accepts only the keywords it knows how
 * to translate and fails loudly on any other, so a schema edit can never be silently ignored by the SQL.
 */
public final class UfmsSchema {

    /** Where the schema ships inside the model jar. */
    public static final String RESOURCE = "ufms-003-greenops-schema.json";

    /** Where the schema is published in sample-data (CLI and docs refer to it). */
    public static final String SAMPLE_PATH = "schema/ufms-003-greenops-schema.json";

    private static final Set<String> TOP_KEYWORDS =
            Set.of("$schema", "$id", "title", "description", "type", "required", "additionalProperties", "properties");
    private static final Set<String> PROPERTY_KEYWORDS = Set.of(
            "title",
            "description",
            "examples",
            "type",
            "format",
            "pattern",
            "minLength",
            "minimum",
            "maximum",
            "exclusiveMinimum",
            "exclusiveMaximum",
            "anyOf");
    private static final Set<String> BRANCH_KEYWORDS = Set.of("const", "format", "pattern");

    private static final UfmsSchema STANDARD = load();

    private final byte[] bytes;
    private final Map<String, PropertyRule> properties;

    private UfmsSchema(byte[] bytes, Map<String, PropertyRule> properties) {
        this.bytes = bytes;
        this.properties = properties;
    }

    /** The bundled schema. */
    public static UfmsSchema standard() {
        return STANDARD;
    }

    private static UfmsSchema load() {
        try (InputStream in = UfmsSchema.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("bundled schema missing: " + RESOURCE + " (a packaging bug)");
            }
            return parse(in.readAllBytes());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Reads a schema document; throws {@link IllegalStateException} naming any keyword the SQL cannot express. */
    static UfmsSchema parse(byte[] json) throws IOException {
        JsonNode root = new ObjectMapper().readTree(json);
        checkKeywords(root, TOP_KEYWORDS, "the schema");
        if (!"object".equals(root.path("type").asText())) {
            throw new IllegalStateException("the schema must describe an object");
        }
        if (!root.path("additionalProperties").isBoolean() || root.path("additionalProperties").asBoolean()) {
            throw new IllegalStateException("the schema must say additionalProperties: false");
        }
        Set<String> required = new HashSet<>();
        root.path("required").forEach(n -> required.add(n.asText()));
        Map<String, PropertyRule> rules = new LinkedHashMap<>();
        int position = 0;
        for (Iterator<Map.Entry<String, JsonNode>> it = root.path("properties").fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            rules.put(e.getKey(), property(e.getKey(), position++, e.getValue(), required.contains(e.getKey())));
        }
        for (String r : required) {
            if (!rules.containsKey(r)) {
                throw new IllegalStateException("required property " + r + " is not described");
            }
        }
        return new UfmsSchema(json, java.util.Collections.unmodifiableMap(rules));
    }

    private static PropertyRule property(String name, int position, JsonNode node, boolean required) {
        String where = "property " + name;
        checkKeywords(node, PROPERTY_KEYWORDS, where);
        List<String> types = new ArrayList<>();
        if (node.path("type").isArray()) {
            node.path("type").forEach(t -> types.add(t.asText()));
        } else {
            types.add(node.path("type").asText());
        }
        boolean nullable = types.remove("null");
        if (types.size() != 1) {
            throw new IllegalStateException(where + ": needs exactly one non-null type, has " + types);
        }
        ValueType type =
                switch (types.getFirst()) {
                    case "string" -> ValueType.STRING;
                    case "number" -> ValueType.NUMBER;
                    case "integer" -> ValueType.INTEGER;
                    default -> throw new IllegalStateException(where + ": type " + types.getFirst() + " is not supported");
                };
        List<Alternative> anyOf = new ArrayList<>();
        for (JsonNode branch : node.path("anyOf")) {
            checkKeywords(branch, BRANCH_KEYWORDS, where + " anyOf");
            anyOf.add(new Alternative(
                    branch.has("const") ? Optional.of(branch.get("const").asText()) : Optional.empty(),
                    branch.has("pattern") ? List.of(branch.get("pattern").asText()) : List.of(),
                    format(branch, where)));
        }
        if (!anyOf.isEmpty() && type != ValueType.STRING) {
            throw new IllegalStateException(where + ": anyOf is supported on strings only");
        }
        if (node.path("title").asText().isBlank()) {
            throw new IllegalStateException(where + ": needs a title (it is the 'expected' text of messages)");
        }
        return new PropertyRule(
                name,
                position,
                type,
                required,
                nullable,
                decimal(node, "minimum"),
                decimal(node, "exclusiveMinimum"),
                decimal(node, "maximum"),
                decimal(node, "exclusiveMaximum"),
                node.has("minLength") ? OptionalInt.of(node.get("minLength").asInt()) : OptionalInt.empty(),
                node.has("pattern") ? List.of(node.get("pattern").asText()) : List.of(),
                format(node, where),
                anyOf,
                node.path("title").asText(),
                node.path("examples").isArray() && !node.path("examples").isEmpty()
                        ? Optional.of(node.path("examples").get(0).asText())
                        : Optional.empty());
    }

    private static Optional<Format> format(JsonNode node, String where) {
        if (!node.has("format")) {
            return Optional.empty();
        }
        String keyword = node.get("format").asText();
        return Optional.of(Format.of(keyword)
                .orElseThrow(() -> new IllegalStateException(where + ": format " + keyword + " is not supported")));
    }

    private static Optional<BigDecimal> decimal(JsonNode node, String keyword) {
        return node.has(keyword) ? Optional.of(node.get(keyword).decimalValue()) : Optional.empty();
    }

    private static void checkKeywords(JsonNode node, Set<String> allowed, String where) {
        for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
            String keyword = it.next();
            if (!allowed.contains(keyword)) {
                throw new IllegalStateException(
                        where + ": keyword '" + keyword + "' is not translated to SQL; extend RuleSql first");
            }
        }
    }

    /** The properties in schema order (the UFMS:003 column order). */
    public List<PropertyRule> properties() {
        return List.copyOf(properties.values());
    }

    public Optional<PropertyRule> property(String name) {
        return Optional.ofNullable(properties.get(name));
    }

    public PropertyRule require(String name) {
        PropertyRule rule = properties.get(name);
        if (rule == null) {
            throw new IllegalArgumentException("no UFMS:003 property " + name);
        }
        return rule;
    }

    /** The column names in order, as a CSV header. */
    public List<String> columnNames() {
        return List.copyOf(properties.keySet());
    }

    /** The schema file's bytes, unchanged (for sample-data/schema). */
    public byte[] bytes() {
        return bytes.clone();
    }
}
