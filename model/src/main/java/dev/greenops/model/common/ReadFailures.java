package dev.greenops.model.common;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import java.io.CharConversionException;
import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.file.AccessDeniedException;
import java.nio.file.NoSuchFileException;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * One {@link Problem} for a file that could not be read, in the CLI's one-line form: where the reader stopped (Jackson
 * knows the line and column of a JSON error), the reader's own reason without its internals, and what was expected.
 */
public final class ReadFailures {

    /** Jackson's {@code [Source: REDACTED (`...` disabled); line: 2, column: 1]}, the noise inside its messages. */
    private static final Pattern SOURCE =
            Pattern.compile("\\[Source: [^\\]]*?; line: (\\d+), column: (\\d+)\\]", Pattern.DOTALL);

    private ReadFailures() {}

    /**
     * The problem {@code e} means for {@code file}.
     *
     * @param expected what the file should have been, such as {@code a JSON array of objects}
     */
    public static Problem of(String file, IOException e, String expected) {
        if (e instanceof JsonProcessingException json) {
            JsonLocation at = json.getLocation();
            String reason = jacksonReason(json.getOriginalMessage());
            boolean end = reason.toLowerCase(Locale.ROOT).contains("end-of-input");
            if (e instanceof CharConversionException || reason.contains("Invalid UTF-8")) {
                return Problem.error(file, line(at), column(at), "not UTF-8 text (" + reason + ")",
                        "UTF-8 text: save the file as UTF-8");
            }
            return Problem.error(file, line(at), column(at),
                    end ? "the JSON ends too early (the file looks truncated): " + reason : "malformed JSON: " + reason,
                    expected);
        }
        if (e instanceof CharacterCodingException) {
            return Problem.error(file, 0, 0, "not UTF-8 text", "UTF-8 text: save the file as UTF-8");
        }
        if (e instanceof NoSuchFileException) {
            return Problem.error(file, 0, 0, "no such file", "an existing, readable file");
        }
        if (e instanceof AccessDeniedException) {
            return Problem.error(file, 0, 0, "permission denied", "a file you may read");
        }
        return Problem.error(file, 0, 0, "cannot read: " + firstLine(e.getMessage()), expected);
    }

    /** A file with bytes that are not UTF-8 (Latin-1, Windows-1252): one problem for the file, naming the first line. */
    public static Problem notUtf8(String file, long line) {
        return Problem.error(file, 0, 0, "not UTF-8 text (a byte " + (line > 0 ? "at line " + line + " " : "")
                + "is not valid UTF-8; save the file as UTF-8)", "UTF-8 text");
    }

    /** A UTF-16 text file: text, so not "binary", but not in the encoding every reader here expects. */
    public static Problem utf16(String file) {
        return Problem.error(file, 0, 0, "the file is UTF-16 text", "UTF-8 text: save the file as UTF-8");
    }

    /** Jackson's reason on one line, its {@code [Source: ...]} parts replaced by the line and column they hold. */
    public static String jacksonReason(String original) {
        if (original == null || original.isBlank()) {
            return "unreadable JSON";
        }
        String reason = SOURCE.matcher(original).replaceAll("line $1, column $2");
        return firstLine(reason).strip();
    }

    private static long line(JsonLocation at) {
        return at == null ? 0 : Math.max(0, at.getLineNr());
    }

    private static long column(JsonLocation at) {
        return at == null ? 0 : Math.max(0, at.getColumnNr());
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "unknown error";
        }
        int nl = message.indexOf('\n');
        return nl < 0 ? message : message.substring(0, nl);
    }
}
