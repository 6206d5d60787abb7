package dev.greenops.model.common;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * A temporary folder that is deleted, with everything in it, when closed: for work files a service writes aside (a
 * sample part written on the fly, reference files copied out for DuckDB to read, a benchmark's generated input).
 */
public final class ScratchDir implements AutoCloseable {

    private final Path path;

    private ScratchDir(Path path) {
        this.path = path;
    }

    /** A new, empty folder in the system's temporary folder, its name starting with {@code prefix}. */
    public static ScratchDir create(String prefix) throws IOException {
        return new ScratchDir(Files.createTempDirectory(prefix));
    }

    public Path path() {
        return path;
    }

    public Path resolve(String relative) {
        return path.resolve(relative);
    }

    /** Deletes the folder and everything below it (deepest first); a folder already gone is fine. */
    @Override
    public void close() throws IOException {
        if (Files.notExists(path)) {
            return;
        }
        List<Path> all;
        try (Stream<Path> walk = Files.walk(path)) {
            all = walk.sorted(Comparator.reverseOrder()).toList();
        }
        for (Path p : all) {
            Files.deleteIfExists(p);
        }
    }

    @Override
    public String toString() {
        return path.toString();
    }
}
