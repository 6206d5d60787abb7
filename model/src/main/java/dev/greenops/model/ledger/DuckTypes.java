package dev.greenops.model.ledger;

import java.util.ArrayList;
import java.util.List;

/** Reads DuckDB's type names as DESCRIBE prints them, e.g. {@code STRUCT(id VARCHAR, "number" VARCHAR)}. */
final class DuckTypes {

    private DuckTypes() {}

    /** The {name, type} fields of a STRUCT type; names unquoted ("" inside quotes is one quote). */
    static List<String[]> structFields(String structType) {
        String body = structType.substring(structType.indexOf('(') + 1, structType.length() - 1);
        List<String[]> fields = new ArrayList<>();
        int i = 0;
        while (i < body.length()) {
            while (i < body.length() && (body.charAt(i) == ' ' || body.charAt(i) == ',')) {
                i++;
            }
            if (i >= body.length()) {
                break;
            }
            StringBuilder name = new StringBuilder();
            if (body.charAt(i) == '"') {
                i++;
                while (i < body.length()) {
                    char ch = body.charAt(i);
                    if (ch == '"' && i + 1 < body.length() && body.charAt(i + 1) == '"') {
                        name.append('"');
                        i += 2;
                    } else if (ch == '"') {
                        i++;
                        break;
                    } else {
                        name.append(ch);
                        i++;
                    }
                }
            } else {
                while (i < body.length() && body.charAt(i) != ' ') {
                    name.append(body.charAt(i++));
                }
            }
            while (i < body.length() && body.charAt(i) == ' ') {
                i++;
            }
            int start = i;
            int depth = 0;
            boolean quoted = false;
            while (i < body.length()) {
                char ch = body.charAt(i);
                if (ch == '"') {
                    quoted = !quoted;
                } else if (!quoted && ch == '(') {
                    depth++;
                } else if (!quoted && ch == ')') {
                    depth--;
                } else if (!quoted && ch == ',' && depth == 0) {
                    break;
                }
                i++;
            }
            fields.add(new String[] {name.toString(), body.substring(start, i).strip()});
        }
        return fields;
    }
}
