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

/**
 * The {@code --json} output of the commands: one indented document on stdout, plain decimals, no float noise.
 *
 * <p>Figures the workbench computes (averages, sums, conversions) are rounded to one precision per unit, the same in
 * every command and in the human output: intensity (g/kWh) to 2 decimals, as the published series carry; emissions
 * (kg CO2e) and energy (kWh) to 3 (a gram, a watt-hour); hours to 2; percentages to 1; measured seconds to 3 (a
 * millisecond). Trailing zeros are dropped (80, not 80.00). Values read from a workspace or a file as they are
 * (a ledger's decimals) are printed with the digits they have, never padded.
 */
final class Json {

    static final ObjectMapper MAPPER = new ObjectMapper()
            .enable(SerializationFeature.INDENT_OUTPUT)
            .enable(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN);

    /** Decimals kept per unit (see the class comment). */
    static final int G_PER_KWH = 2;
    static final int KG = 3;
    static final int KWH = 3;
    static final int HOURS = 2;
    static final int PERCENT = 1;
    static final int SECONDS = 3;

    private Json() {}

    /** {@code value} rounded half-up to {@code decimals}, trailing zeros dropped (215.55, 80), or null for NaN. */
    static BigDecimal number(double value, int decimals) {
        if (Double.isNaN(value) || Double.isInfinite(value)) {
            return null;
        }
        BigDecimal b = BigDecimal.valueOf(value).setScale(decimals, RoundingMode.HALF_UP).stripTrailingZeros();
        return b.scale() < 0 ? b.setScale(0) : b;
    }

    /** {@link #number} as text for people, "–" for NaN. */
    static String text(double value, int decimals) {
        BigDecimal b = number(value, decimals);
        return b == null ? "–" : b.toPlainString();
    }

    static void put(ObjectNode node, String field, double value, int decimals) {
        BigDecimal n = number(value, decimals);
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
