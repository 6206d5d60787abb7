package dev.greenops.model.query;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.greenops.model.store.AppPaths;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;

/**
 * The SQL console's history: the last {@value #MAX} distinct queries, newest first, kept in {@code sql-history.json} in
 * the config dir. An unreadable file gives an empty history: a history is never worth an error.
 */
public final class QueryHistory {

    public static final int MAX = 100;
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Path file;
    private final List<String> entries;

    private QueryHistory(Path file, List<String> entries) {
        this.file = file;
        this.entries = entries;
    }

    public static QueryHistory load() {
        return load(AppPaths.configDir().resolve("sql-history.json"));
    }

    public static QueryHistory load(Path file) {
        List<String> entries = new ArrayList<>();
        if (Files.isRegularFile(file)) {
            try {
                entries.addAll(JSON.readValue(file.toFile(), new TypeReference<List<String>>() {}));
            } catch (IOException e) {
                System.getLogger(QueryHistory.class.getName())
                        .log(System.Logger.Level.WARNING, "ignoring unreadable SQL history " + file + ": " + e.getMessage());
            }
        }
        entries.removeIf(s -> s == null || s.isBlank());
        return new QueryHistory(file, entries);
    }

    /** Newest first. */
    public List<String> entries() {
        return List.copyOf(entries);
    }

    /** Puts {@code sql} first (no duplicates, at most {@value #MAX}) and saves. */
    public void add(String sql) throws IOException {
        String s = sql.strip();
        if (s.isEmpty()) {
            return;
        }
        entries.remove(s);
        entries.addFirst(s);
        while (entries.size() > MAX) {
            entries.removeLast();
        }
        Files.createDirectories(file.toAbsolutePath().getParent());
        Path tmp = Files.createTempFile(file.toAbsolutePath().getParent(), "sql-history", ".tmp");
        JSON.writeValue(tmp.toFile(), entries);
        Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }
}
