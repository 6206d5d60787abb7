package dev.greenops.model.trail;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.util.HashMap;
import java.util.Map;

/**
 * Where each value of a JSON document starts (JSON Pointer → line and column), so a complaint about a trusted root or
 * a bundle can name the line and column a person should look at. Jackson's tree model keeps no locations.
 */
final class JsonLocations {

    private final Map<String, long[]> starts = new HashMap<>();

    private JsonLocations() {}

    static JsonLocations of(JsonFactory factory, byte[] json) {
        JsonLocations out = new JsonLocations();
        try (JsonParser p = factory.createParser(json)) {
            for (JsonToken t = p.nextToken(); t != null; t = p.nextToken()) {
                if (t == JsonToken.FIELD_NAME || t == JsonToken.END_OBJECT || t == JsonToken.END_ARRAY) {
                    continue;
                }
                JsonLocation at = p.currentTokenLocation();
                // at the start of an object or array the parser is already inside it: its position is its parent's
                String pointer = t.isStructStart()
                        ? p.getParsingContext().getParent().pathAsPointer().toString()
                        : p.getParsingContext().pathAsPointer().toString();
                out.starts.putIfAbsent(pointer, new long[] {at.getLineNr(), at.getColumnNr()});
            }
        } catch (IOException | RuntimeException e) {
            // locations are a courtesy: a document Jackson cannot read was reported by the caller already
        }
        return out;
    }

    /** {line, column} of the value at {@code pointer}, or of its nearest located ancestor ({0, 0} if none). */
    long[] at(String pointer) {
        for (String p = pointer; ; p = p.substring(0, p.lastIndexOf('/'))) {
            long[] found = starts.get(p);
            if (found != null) {
                return found;
            }
            if (p.isEmpty()) {
                return new long[] {0, 0};
            }
        }
    }
}
