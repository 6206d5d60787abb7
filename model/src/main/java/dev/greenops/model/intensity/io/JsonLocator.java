package dev.greenops.model.intensity.io;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/**
 * Finds where in a JSON file an element sits (line and column), so a problem found in SQL can name its place. DuckDB
 * reads the data; this pass runs only when there is a problem to report.
 */
final class JsonLocator {

    private final Path file;
    private Map<String, long[]> objects;

    JsonLocator(Path file) {
        this.file = file;
    }

    /** Line and column (1-based) of the object at {@code pointer} (e.g. {@code /data/3}), or {0, 0} if unknown. */
    long[] locate(String pointer) {
        if (objects == null) {
            objects = scan();
        }
        return objects.getOrDefault(pointer, new long[] {0, 0});
    }

    private Map<String, long[]> scan() {
        Map<String, long[]> out = new HashMap<>();
        try (JsonParser p = new JsonFactory().createParser(file.toFile())) {
            for (JsonToken t = p.nextToken(); t != null; t = p.nextToken()) {
                if (t == JsonToken.START_OBJECT) {
                    JsonLocation at = p.currentTokenLocation();
                    out.put(p.getParsingContext().pathAsPointer().toString(), new long[] {at.getLineNr(), at.getColumnNr()});
                }
            }
        } catch (IOException e) {
            // a file DuckDB could parse but Jackson cannot: report without a position rather than fail
        }
        return out;
    }

    /**
     * The position of a JSON syntax error, with the parser's reason, or null when the file is well-formed JSON.
     */
    static SyntaxError syntaxError(Path file) {
        try (JsonParser p = new JsonFactory().createParser(file.toFile())) {
            while (p.nextToken() != null) {
                // read to the end
            }
            return null;
        } catch (JsonProcessingException e) {
            JsonLocation at = e.getLocation();
            String reason = dev.greenops.model.common.ReadFailures.jacksonReason(e.getOriginalMessage());
            return new SyntaxError(at == null ? 0 : Math.max(0, at.getLineNr()), at == null ? 0 : Math.max(0, at.getColumnNr()), reason);
        } catch (IOException e) {
            return new SyntaxError(0, 0, e.getMessage());
        }
    }

    record SyntaxError(long line, long column, String reason) {}
}
