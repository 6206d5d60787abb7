package dev.greenops.app.cli;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.greenops.model.common.Problem;
import java.io.PrintWriter;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Locale;

/** The {@code --json} output of the commands: one indented document on stdout, plain decimals, no float noise. */
final class Json {

    static final ObjectMapper MAPPER = new ObjectMapper()
            .enable(SerializationFeature.INDENT_OUTPUT)
            .enable(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN);

    private Json() {}

    /** {@code value} rounded to 6 decimals with trailing zeros removed (28.75, 15, 18), or null for NaN. */
    static BigDecimal number(double value) {
        if (Double.isNaN(value) || Double.isInfinite(value)) {
            return null;
        }
        return BigDecimal.valueOf(value).setScale(6, RoundingMode.HALF_UP).stripTrailingZeros();
    }

    static void put(ObjectNode node, String field, double value) {
        BigDecimal n = number(value);
        if (n == null) {
            node.putNull(field);
        } else {
            node.put(field, n);
        }
    }

    static String write(Object node) {
        try {
            return MAPPER.writeValueAsString(node);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException("cannot write JSON", e);
        }
    }

    static ObjectNode object() {
        return MAPPER.createObjectNode();
    }

    /** Problems as {@code [{file, line, column, severity, message, expected}]}. */
    static ArrayNode problems(List<Problem> problems) {
        ArrayNode out = MAPPER.createArrayNode();
        for (Problem p : problems) {
            ObjectNode n = out.addObject();
            n.put("file", p.file());
            n.put("line", p.line());
            n.put("column", p.column());
            n.put("severity", p.severity().name().toLowerCase(Locale.ROOT));
            n.put("message", p.message());
            n.put("expected", p.expected());
        }
        return out;
    }

    static void print(PrintWriter out, Object document) {
        out.println(write(document));
        out.flush();
    }
}
