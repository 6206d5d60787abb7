package dev.greenops.model.query;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

/**
 * Decides whether a piece of SQL is a read-only query over the workspace's own tables. DuckDB parses it
 * ({@code json_serialize_sql} only serialises SELECT statements, so every write, ATTACH, COPY, PRAGMA, SET, INSTALL,
 * LOAD, CALL or EXPORT is refused right there; a PIVOT with IN lists parses to a SELECT, one without them is read with
 * placeholder lists by {@link PivotLists}; several statements are refused as such, saying how many); the parse tree
 * is then walked and refused when it names a table
 * function outside a small allowlist (read_csv, read_parquet, glob, query, ...), a table that is not a relation of the
 * workspace or a CTE (which is how {@code FROM 'file.csv'} replacement scans look), another database, or a function
 * that reads outside the workspace or changes state (getenv, nextval, ...).
 *
 * <p>This is one layer: the query also runs in a read-only transaction that is always rolled back, and the CLI opens
 * the workspace file read-only with external access disabled.
 */
public final class ReadOnlyQuery {

    /** Table functions that only compute or read the catalog. */
    static final Set<String> ALLOWED_TABLE_FUNCTIONS = Set.of(
            "range",
            "generate_series",
            "unnest",
            "json_each",
            "json_tree",
            "duckdb_tables",
            "duckdb_columns",
            "duckdb_views",
            "duckdb_schemas",
            "duckdb_types",
            "duckdb_constraints",
            "duckdb_indexes",
            "pragma_table_info");

    /** Scalar functions refused anywhere in a query: they read the environment or change state. */
    static final Set<String> REFUSED_FUNCTIONS = Set.of(
            "getenv", "nextval", "setval", "current_setting", "query", "query_table", "read_text", "read_blob",
            "sql_auto_complete", "enable_profiling", "checkpoint", "force_checkpoint");

    private static final Set<String> SHOW_SPECIAL = Set.of("tables", "databases", "all_tables");

    private static final ObjectMapper JSON = new ObjectMapper();

    private ReadOnlyQuery() {}

    /**
     * Checks {@code sql} against the workspace open on {@code c}.
     *
     * @throws QueryRefusedException with the reason, for the user
     */
    public static void check(Connection c, String sql) throws QueryRefusedException, SQLException {
        if (sql == null || sql.isBlank()) {
            throw new QueryRefusedException("The query is empty: type a SELECT, e.g. select team, sum(emissions_kgco2e)"
                    + " from ledger group by team");
        }
        JsonNode tree = parse(c, sql);
        JsonNode statements = tree.path("statements");
        if (statements.size() != 1) {
            throw new QueryRefusedException(several(c, SqlScript.statements(sql), statements.size()));
        }
        Relations relations = Relations.of(c);
        Set<String> ctes = new HashSet<>();
        collectCtes(statements, ctes);
        walk(statements, relations, ctes);
    }

    private static JsonNode parse(Connection c, String sql) throws QueryRefusedException, SQLException {
        JsonNode tree = serialize(c, sql);
        if (tree.path("error").asBoolean(false)) {
            String type = tree.path("error_type").asText("");
            String message = tree.path("error_message").asText("");
            if ("parser".equals(type)) {
                throw new QueryRefusedException("The query does not parse: " + message);
            }
            // json_serialize_sql refuses the whole text if any statement in it is not a SELECT: name them all, so
            // that "select 1; drop table ledger" is not called a refused SELECT
            List<String> pieces = SqlScript.statements(sql);
            if (pieces.size() > 1) {
                throw new QueryRefusedException(several(c, pieces, pieces.size()));
            }
            JsonNode pivot = pivotTree(c, sql);
            if (pivot != null) {
                return pivot;
            }
            throw new QueryRefusedException(notReadOnly(statementKind(sql)));
        }
        return tree;
    }

    /**
     * The parse tree of a PIVOT without IN lists (DuckDB's most common PIVOT form), read with placeholder lists so it
     * is checked like any SELECT ({@link PivotLists}); null if {@code sql} is not such a PIVOT.
     */
    private static JsonNode pivotTree(Connection c, String sql) throws SQLException {
        String listed = PivotLists.withPlaceholders(sql);
        if (listed.equals(sql)) {
            return null;
        }
        JsonNode tree = serialize(c, listed);
        return tree.path("error").asBoolean(false) ? null : tree;
    }

    private static String notReadOnly(String kind) {
        return "Only read-only queries run here (SELECT, WITH ... SELECT, FROM, VALUES, DESCRIBE, SUMMARIZE, SHOW,"
                + " PIVOT, UNPIVOT); " + kind + " statements are refused: the console and `greenops query` never"
                + " change the workspace, attach databases, copy, set options or load extensions.";
    }

    /** The refusal of several statements: how many, which kinds, and which would be refused on their own too. */
    private static String several(Connection c, List<String> pieces, int count) throws SQLException {
        List<String> kinds = new java.util.ArrayList<>();
        java.util.LinkedHashSet<String> writes = new java.util.LinkedHashSet<>();
        for (String piece : pieces) {
            String kind = statementKind(piece);
            kinds.add(kind);
            JsonNode tree = serialize(c, piece);
            if (tree.path("error").asBoolean(false) && !"parser".equals(tree.path("error_type").asText(""))
                    && pivotTree(c, piece) == null) {
                writes.add(kind);
            }
        }
        int n = Math.max(count, pieces.size());
        String kindsText = kinds.size() == n ? " (" + String.join("; ", kinds) + ")" : "";
        String alone = writes.isEmpty() ? "" : " On its own, " + String.join(" and ", writes)
                + " would be refused too: the console and `greenops query` never change the workspace.";
        return "Only one statement is allowed, but " + n + " were given" + kindsText + ". Run them one at a time."
                + alone;
    }

    private static JsonNode serialize(Connection c, String sql) throws SQLException {
        String json;
        try (PreparedStatement p = c.prepareStatement("select json_serialize_sql(cast(? as varchar))")) {
            p.setString(1, sql);
            try (ResultSet rs = p.executeQuery()) {
                rs.next();
                json = rs.getString(1);
            }
        }
        try {
            return JSON.readTree(json);
        } catch (java.io.IOException e) {
            throw new SQLException("DuckDB returned an unreadable parse tree: " + e.getMessage(), e);
        }
    }

    /** The leading keyword(s) of {@code sql}, for the refusal message. */
    static String statementKind(String sql) {
        String s = sql.strip().replaceAll("^(?s)(--[^\\n]*\\n\\s*|/\\*.*?\\*/\\s*)*", "");
        String[] words = s.split("[\\s(;]+", 3);
        String first = words.length > 0 ? words[0].toUpperCase(Locale.ROOT) : "";
        if (first.isEmpty()) {
            return "these";
        }
        if ((first.equals("CREATE") || first.equals("DROP") || first.equals("ALTER")) && words.length > 1) {
            return first + " " + words[1].toUpperCase(Locale.ROOT);
        }
        return first;
    }

    private static void collectCtes(JsonNode node, Set<String> ctes) {
        if (node.isObject()) {
            JsonNode map = node.path("cte_map").path("map");
            for (JsonNode entry : map) {
                ctes.add(entry.path("key").asText("").toLowerCase(Locale.ROOT));
            }
        }
        for (JsonNode child : node) {
            collectCtes(child, ctes);
        }
    }

    private static void walk(JsonNode node, Relations relations, Set<String> ctes) throws QueryRefusedException {
        if (node.isObject()) {
            String type = node.path("type").asText("");
            switch (type) {
                case "TABLE_FUNCTION" -> checkTableFunction(node.path("function"));
                case "BASE_TABLE" -> checkTable(node, relations, ctes);
                case "SHOW_REF" -> checkShow(node, relations, ctes);
                default -> {}
            }
            if ("FUNCTION".equals(node.path("class").asText("")) || "FUNCTION".equals(type)) {
                String name = node.path("function_name").asText("").toLowerCase(Locale.ROOT);
                if (REFUSED_FUNCTIONS.contains(name)) {
                    throw new QueryRefusedException(name + "() is refused here: it reads outside the workspace or"
                            + " changes its state.");
                }
            }
        }
        Iterator<JsonNode> children = node.elements();
        while (children.hasNext()) {
            walk(children.next(), relations, ctes);
        }
    }

    private static void checkTableFunction(JsonNode function) throws QueryRefusedException {
        String name = function.path("function_name").asText("").toLowerCase(Locale.ROOT);
        if (!ALLOWED_TABLE_FUNCTIONS.contains(name)) {
            throw new QueryRefusedException(name + "(...) is refused: the console reads only the workspace's own tables,"
                    + " never files, URLs or other databases. Table functions allowed: "
                    + String.join(", ", new TreeSet<>(ALLOWED_TABLE_FUNCTIONS)) + ".");
        }
    }

    private static void checkTable(JsonNode node, Relations relations, Set<String> ctes) throws QueryRefusedException {
        String catalog = node.path("catalog_name").asText("");
        String schema = node.path("schema_name").asText("");
        String table = node.path("table_name").asText("");
        checkCatalog(catalog, relations);
        String t = table.toLowerCase(Locale.ROOT);
        if (schema.isEmpty() && ctes.contains(t)) {
            return;
        }
        if (!relations.contains(schema, t)) {
            throw new QueryRefusedException(refusedTable(table, relations));
        }
    }

    private static void checkShow(JsonNode node, Relations relations, Set<String> ctes) throws QueryRefusedException {
        if (!node.path("query").isNull() && !node.path("query").isMissingNode()) {
            return; // DESCRIBE/SUMMARIZE of a query: the walk checks the query itself
        }
        String table = node.path("table_name").asText("");
        String bare = table.replace("\"", "").toLowerCase(Locale.ROOT);
        if ("SHOW_SPECIAL".equals(node.path("show_type").asText("")) && SHOW_SPECIAL.contains(bare)) {
            return;
        }
        checkCatalog(node.path("catalog_name").asText(""), relations);
        if (!(ctes.contains(bare) || relations.contains(node.path("schema_name").asText(""), bare))) {
            throw new QueryRefusedException(refusedTable(table, relations));
        }
    }

    private static void checkCatalog(String catalog, Relations relations) throws QueryRefusedException {
        if (!catalog.isEmpty() && !relations.catalogs.contains(catalog.toLowerCase(Locale.ROOT))) {
            throw new QueryRefusedException("Database '" + catalog + "' is not this workspace: the console reads only"
                    + " the workspace it is open on.");
        }
    }

    private static String refusedTable(String table, Relations relations) {
        boolean looksLikeFile = table.contains("/") || table.contains("\\") || table.contains(".") || table.contains(":");
        String tables = String.join(", ", relations.userTables);
        return (looksLikeFile
                        ? "'" + table + "' looks like a file or URL: the console never reads files or the network."
                        : "'" + table + "' is not a table of this workspace.")
                + " Tables: " + tables + ".";
    }

    /** The relations (tables and views, with schema) and catalogs a query may name. */
    private record Relations(Set<String> qualified, Set<String> names, Set<String> catalogs, List<String> userTables) {

        static Relations of(Connection c) throws SQLException {
            Set<String> qualified = new HashSet<>();
            Set<String> names = new HashSet<>();
            Set<String> catalogs = new HashSet<>(Set.of("system", "temp"));
            TreeSet<String> user = new TreeSet<>();
            try (Statement s = c.createStatement();
                    ResultSet rs = s.executeQuery("select schema_name, table_name, false from duckdb_tables()"
                            + " union all select schema_name, view_name, internal from duckdb_views()")) {
                while (rs.next()) {
                    String schema = rs.getString(1).toLowerCase(Locale.ROOT);
                    String name = rs.getString(2).toLowerCase(Locale.ROOT);
                    qualified.add(schema + "." + name);
                    names.add(name);
                    if (!rs.getBoolean(3) && schema.equals("main")) {
                        user.add(name);
                    }
                }
            }
            try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("select current_database()")) {
                rs.next();
                catalogs.add(rs.getString(1).toLowerCase(Locale.ROOT));
            }
            return new Relations(qualified, names, catalogs, List.copyOf(user));
        }

        boolean contains(String schema, String table) {
            String t = table.toLowerCase(Locale.ROOT);
            return schema.isEmpty() ? names.contains(t) : qualified.contains(schema.toLowerCase(Locale.ROOT) + "." + t);
        }
    }
}
