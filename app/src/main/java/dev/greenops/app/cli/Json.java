package dev.greenops.app.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.greenops.model.common.Problem;
import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;

/** The {@code --json} output of the ledger commands: one JSON document on stdout. */
final class Json {

    static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private Json() {}

    static ObjectNode object() {
        return MAPPER.createObjectNode();
    }

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
        try {
            out.println(MAPPER.writeValueAsString(document));
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException("a JSON tree always serialises", e);
        }
        out.flush();
    }
}
