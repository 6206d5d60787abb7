package dev.greenops.model.ledger;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

/**
 * Byte-level facts about a text file that DuckDB's readers do not report: how many physical lines it has, and on which
 * line a byte offset falls. A plain scan for '\n' bytes; no record is parsed here.
 */
final class LineIndex {

    private LineIndex() {}

    /** Physical lines: newline count, plus one if the last line has no newline; 0 for an empty file. */
    static long countLines(Path file) throws IOException {
        long newlines = 0;
        int last = -1;
        byte[] buffer = new byte[1 << 16];
        try (InputStream in = Files.newInputStream(file)) {
            for (int n; (n = in.read(buffer)) > 0; ) {
                for (int i = 0; i < n; i++) {
                    if (buffer[i] == '\n') {
                        newlines++;
                    }
                }
                last = buffer[n - 1];
            }
        }
        if (last == -1) {
            return 0;
        }
        return last == '\n' ? newlines : newlines + 1;
    }

    /**
     * The 1-based line of each 0-based byte offset (offsets in any order).
     */
    static long[] linesAt(Path file, long[] offsets) throws IOException {
        long[] sorted = offsets.clone();
        Arrays.sort(sorted);
        long[] linesSorted = new long[sorted.length];
        long line = 1;
        long position = 0;
        int next = 0;
        byte[] buffer = new byte[1 << 16];
        try (InputStream in = Files.newInputStream(file)) {
            for (int n; next < sorted.length && (n = in.read(buffer)) > 0; ) {
                for (int i = 0; i < n && next < sorted.length; i++, position++) {
                    while (next < sorted.length && sorted[next] == position) {
                        linesSorted[next++] = line;
                    }
                    if (buffer[i] == '\n') {
                        line++;
                    }
                }
            }
        }
        while (next < sorted.length) {
            linesSorted[next++] = line;
        }
        long[] result = new long[offsets.length];
        for (int i = 0; i < offsets.length; i++) {
            result[i] = linesSorted[Arrays.binarySearch(sorted, offsets[i])];
        }
        return result;
    }
}
