package dev.greenops.model.common;

import java.util.Objects;

/**
 * One thing wrong with an input, located precisely enough for a person to fix it.
 *
 * @param file the file name as the user gave it (or a key such as a YAML path)
 * @param line 1-based line (for CSV: the physical line, header = 1), or 0 when not applicable
 * @param column 1-based column, or 0 when not applicable
 * @param message what is wrong
 * @param expected what was expected instead, or empty
 * @param severity errors stop an import; warnings are reported and kept
 * @param inFile whether {@code file} names a file (or an option); false for a subject such as a workspace series,
 *     printed without line and column ({@link #about})
 */
public record Problem(
        String file, long line, long column, String message, String expected, Severity severity, boolean inFile) {

    public enum Severity {
        ERROR,
        WARNING
    }

    public Problem {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(message, "message");
        expected = expected == null ? "" : expected;
        Objects.requireNonNull(severity, "severity");
        if (line < 0 || column < 0) {
            throw new IllegalArgumentException("line and column are 1-based, or 0 when not applicable");
        }
    }

    /** A problem at a place in a file ({@code line} and {@code column} 0 for the whole file). */
    public Problem(String file, long line, long column, String message, String expected, Severity severity) {
        this(file, line, column, message, expected, severity, true);
    }

    /**
     * A problem with something that is not a file, such as an intensity series read from the workspace: printed as
     * {@code SUBJECT: message (expected ...)}, with no line and column, so no one reads the subject as a file name.
     */
    public static Problem about(String subject, String message, String expected) {
        return new Problem(subject, 0, 0, message, expected, Severity.ERROR, false);
    }

    public static Problem error(String file, long line, long column, String message, String expected) {
        return new Problem(file, line, column, message, expected, Severity.ERROR);
    }

    public static Problem warning(String file, long line, long column, String message, String expected) {
        return new Problem(file, line, column, message, expected, Severity.WARNING);
    }

    /** Whether {@code file} names a command-line option ({@code --from}, {@code --region europe-west3}). */
    public boolean isOption() {
        return file.startsWith("--");
    }

    public boolean isError() {
        return severity == Severity.ERROR;
    }

    /**
     * {@code FILE:LINE:COLUMN: message (expected ...)}, the form the CLI prints and editors can jump to: {@code 0:0}
     * for the whole file, {@code 1:N} for the header's column N. A problem with a command-line option rather than a
     * file ({@code file} is the option, such as {@code --duration}, with no line or column) reads
     * {@code --duration: message (expected ...)}, and one {@link #about} a subject reads {@code SUBJECT: message}.
     */
    public String format() {
        StringBuilder out = new StringBuilder(file);
        if (inFile && !(isOption() && line == 0 && column == 0)) {
            out.append(':').append(line).append(':').append(column);
        }
        out.append(": ");
        if (severity == Severity.WARNING) {
            out.append("warning: ");
        }
        out.append(message);
        if (!expected.isEmpty()) {
            out.append(" (expected ").append(expected).append(')');
        }
        return out.toString();
    }

    @Override
    public String toString() {
        return format();
    }
}
