package dev.greenops.model.store;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Schema migrations: the SQL scripts listed in {@code migrations/index.txt}, applied once each, in the listed order,
 * each in its own transaction, and recorded in {@code schema_migration}; {@code .seed} entries load data through
 * {@link Seeds} the same way. Scripts are never edited once shipped: a
 * change is a new script.
 */
final class Migrations {

    private static final String DIR = "migrations/";

    List<String> scripts() {
        List<String> names = new ArrayList<>();
        for (String line : resource("index.txt").split("\n")) {
            String name = line.strip();
            if (!name.isEmpty() && !name.startsWith("#")) {
                names.add(name);
            }
        }
        return names;
    }

    void apply(Connection c) throws SQLException {
        apply(c, true);
    }

    /** Applies what is missing; with {@code seeds} false the {@code .seed} entries are left out (and not recorded). */
    void apply(Connection c, boolean seeds) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.execute("create table if not exists schema_migration (script varchar primary key, applied_at timestamp)");
        }
        Set<String> applied = new HashSet<>();
        try (Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("select script from schema_migration")) {
            while (rs.next()) {
                applied.add(rs.getString(1));
            }
        }
        for (String script : scripts()) {
            boolean seed = Seeds.isSeed(script);
            if (applied.contains(script) || (seed && !seeds)) {
                continue;
            }
            c.setAutoCommit(false);
            try {
                if (seed) {
                    Seeds.named(script).apply(c);
                } else {
                    for (String sql : statements(resource(script))) {
                        try (Statement s = c.createStatement()) {
                            s.execute(sql);
                        }
                    }
                }
                try (PreparedStatement p = c.prepareStatement(
                        "insert into schema_migration values (?, current_timestamp::timestamp)")) {
                    p.setString(1, script);
                    p.execute();
                }
                c.commit();
            } catch (SQLException | IOException e) {
                c.rollback();
                throw new SQLException("migration " + script + " failed: " + e.getMessage(), e);
            } finally {
                c.setAutoCommit(true);
            }
        }
    }

    /** Splits a script on semicolons at line ends; scripts keep one statement per `;`-terminated block. */
    static List<String> statements(String script) {
        List<String> out = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (String line : script.split("\n")) {
            String trimmed = line.strip();
            if (trimmed.startsWith("--") || trimmed.isEmpty()) {
                continue;
            }
            current.append(line).append('\n');
            if (trimmed.endsWith(";")) {
                out.add(current.toString().strip().replaceAll(";$", ""));
                current.setLength(0);
            }
        }
        if (!current.toString().isBlank()) {
            out.add(current.toString().strip());
        }
        return out;
    }

    private static String resource(String name) {
        try (InputStream in = Migrations.class.getResourceAsStream(DIR + name)) {
            if (in == null) {
                throw new WorkspaceException("missing migration resource " + DIR + name + " (a packaging bug)");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new WorkspaceException("cannot read migration " + name, e);
        }
    }
}
