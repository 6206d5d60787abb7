package dev.greenops.model.ledger;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.greenops.model.imports.FileHead;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** Cheap looks at a file's first bytes, for format detection. */
final class HeadSniff {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private HeadSniff() {}

    /** The CSV header's names, lower-cased, or empty when the head is not comma-separated text. */
    static List<String> csvHeader(FileHead head) {
        if (head.firstLines().isEmpty() || head.isParquet()) {
            return List.of();
        }
        char first = head.firstNonBlank();
        if (first == '[' || first == '{' || first == 0) {
            return List.of();
        }
        List<String> names = new ArrayList<>();
        String line = head.firstLine();
        // a semicolon- or tab-separated ledger is still recognised, so the import can say what is wrong with it
        String separator = line.contains(",") ? "," : line.contains(";") ? ";" : line.contains("\t") ? "\t" : ",";
        for (String part : line.split(separator, -1)) {
            names.add(part.strip().replace("\"", "").toLowerCase(Locale.ROOT));
        }
        return names;
    }

    /** How many of {@code names} are UFMS:003 property names (or end in one after a dot). */
    static int ufmsNames(List<String> names) {
        UfmsSchema schema = UfmsSchema.standard();
        int n = 0;
        for (String name : names) {
            String leaf = name.substring(name.lastIndexOf('.') + 1);
            if (schema.property(name).isPresent() || schema.property(leaf).isPresent()) {
                n++;
            }
        }
        return n;
    }

    /** The first JSON record in the head (the first element of an array, or the first line of NDJSON). */
    static Optional<JsonNode> firstJsonRecord(FileHead head) {
        char first = head.firstNonBlank();
        if (first != '[' && first != '{') {
            return Optional.empty();
        }
        String text = new String(head.bytes(), StandardCharsets.UTF_8);
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        try (JsonParser p = MAPPER.getFactory().createParser(text)) {
            JsonToken t = p.nextToken();
            if (t == JsonToken.START_ARRAY) {
                t = p.nextToken();
            }
            if (t != JsonToken.START_OBJECT) {
                return Optional.empty();
            }
            JsonNode node = MAPPER.readTree(p);
            return Optional.ofNullable(node);
        } catch (IOException e) {
            return Optional.empty(); // the first record is longer than the head, or not JSON
        }
    }

    /** The record's field paths, nested objects flattened with dots. */
    static List<String> paths(JsonNode record) {
        List<String> out = new ArrayList<>();
        collect(record, "", out);
        return out;
    }

    private static void collect(JsonNode node, String prefix, List<String> out) {
        for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            String path = prefix.isEmpty() ? e.getKey() : prefix + "." + e.getKey();
            if (e.getValue().isObject()) {
                collect(e.getValue(), path, out);
            } else {
                out.add(path.toLowerCase(Locale.ROOT));
            }
        }
    }

    /**
     * Whether the record shows a habit only BigQuery's JSON export has: a nested object (a STRUCT) or a TIMESTAMP in
     * BigQuery's {@code 2026-10-03 00:05:00 UTC} form. Numbers in quotes are not enough (BigQuery writes INT64 and
     * NUMERIC so, but so does a UFMS:003 file with a mistake in it, which ufms-json must report, not read leniently);
     * a flat BigQuery export without timestamps is named with {@code --format bigquery-json}.
     */
    static boolean looksLikeBigQueryExport(JsonNode record) {
        UfmsSchema schema = UfmsSchema.standard();
        for (Iterator<Map.Entry<String, JsonNode>> it = record.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            if (e.getValue().isObject()) {
                return true;
            }
            Optional<PropertyRule> rule = schema.property(e.getKey().toLowerCase(Locale.ROOT));
            if (rule.isEmpty() || !e.getValue().isTextual()) {
                continue;
            }
            String text = e.getValue().asText();
            if (rule.get().format().filter(f -> f == PropertyRule.Format.DATE_TIME).isPresent()
                    && text.matches("[0-9]{4}-[0-9]{2}-[0-9]{2} [0-9]{2}:[0-9]{2}:[0-9]{2}(\\.[0-9]+)? UTC")) {
                return true;
            }
        }
        return false;
    }
}
