package dev.greenops.model.imports;

import dev.greenops.model.common.Problem;
import dev.greenops.model.common.ReadFailures;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The first bytes of a file, for format detection without reading the whole file.
 *
 * @param firstLines up to 5 lines of the head decoded as UTF-8 (a leading BOM removed); empty for binary files
 */
public record FileHead(Path file, String extension, byte[] bytes, List<String> firstLines) {

    public static final int HEAD_BYTES = 64 * 1024;

    public static FileHead read(Path file) throws IOException {
        byte[] head;
        try (InputStream in = Files.newInputStream(file)) {
            head = in.readNBytes(HEAD_BYTES);
        }
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        int dot = name.lastIndexOf('.');
        String ext = dot < 0 ? "" : name.substring(dot + 1);
        List<String> lines = isBinary(head)
                ? List.of()
                : Arrays.stream(stripBom(new String(head, StandardCharsets.UTF_8)).split("\r?\n", 6))
                        .limit(5)
                        .toList();
        return new FileHead(file, ext, head, lines);
    }

    /** Parquet files start (and end) with the magic {@code PAR1}. */
    public boolean isParquet() {
        return bytes.length >= 4 && bytes[0] == 'P' && bytes[1] == 'A' && bytes[2] == 'R' && bytes[3] == '1';
    }

    public String firstLine() {
        return firstLines.isEmpty() ? "" : firstLines.getFirst();
    }

    /** The first non-blank character of the text head, or 0. */
    public char firstNonBlank() {
        for (String line : firstLines) {
            String t = line.strip();
            if (!t.isEmpty()) {
                return t.charAt(0);
            }
        }
        return 0;
    }

    static String stripBom(String s) {
        return s.startsWith("\uFEFF") ? s.substring(1) : s;
    }

    /** UTF-16 text: a UTF-16 byte order mark, or ASCII text with a zero byte beside every character. */
    public boolean isUtf16() {
        return isUtf16(bytes);
    }

    /** {@link #isUtf16()} for the first bytes of any file (a YAML configuration, a trusted root). */
    public static boolean isUtf16(byte[] head) {
        if (head.length >= 2 && ((head[0] == (byte) 0xFF && head[1] == (byte) 0xFE)
                || (head[0] == (byte) 0xFE && head[1] == (byte) 0xFF))) {
            return true;
        }
        int n = Math.min(head.length, 64) & ~1;
        if (n < 8) {
            return false;
        }
        boolean evenZero = true;
        boolean oddZero = true;
        for (int i = 0; i < n; i += 2) {
            evenZero &= head[i] == 0 && head[i + 1] != 0;
            oddZero &= head[i + 1] == 0 && head[i] != 0;
        }
        return evenZero || oddZero;
    }

    public boolean isBinary() {
        return isBinary(bytes);
    }

    /**
     * What is wrong with a file that should be text, from its first bytes: empty, UTF-16 or binary, each a problem of
     * the whole file ({@code FILE:0:0}), as the importers report them; empty when the bytes look like text.
     *
     * @param expected what the file should have been, such as {@code jobs.yaml as YAML text}
     */
    public static Optional<Problem> notText(String file, byte[] head, String expected) {
        if (head.length == 0) {
            return Optional.of(Problem.error(file, 0, 0, "the file is empty", expected));
        }
        if (isUtf16(head)) {
            return Optional.of(ReadFailures.utf16(file));
        }
        if (isBinary(head)) {
            return Optional.of(Problem.error(file, 0, 0, "the file holds binary data, not text", expected));
        }
        return Optional.empty();
    }

    /**
     * Whether the head is binary data rather than text: a NUL byte, or more than one byte in ten a control character
     * no text file holds (anything below space but tab, line feed, form feed and carriage return). Parquet counts as
     * binary too. Text in another encoding than UTF-8 is still text.
     */
    public static boolean isBinary(byte[] head) {
        int n = Math.min(head.length, 4096);
        int control = 0;
        for (int i = 0; i < n; i++) {
            int b = head[i] & 0xFF;
            if (b == 0) {
                return true;
            }
            if (b < 0x20 && b != '\t' && b != '\n' && b != '\f' && b != '\r' && b != 0x1B) {
                control++;
            }
        }
        return control * 10 > n || (n >= 4 && head[0] == 'P' && head[1] == 'A' && head[2] == 'R' && head[3] == '1');
    }
}
