package dev.greenops.app.cli;

import dev.greenops.model.common.InvalidInputException;
import java.io.FileNotFoundException;
import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * Writes a file a command was asked for ({@code --out}, {@code --png}, {@code --svg}, {@code --report}): a folder is
 * refused (never replaced), so is a file in a folder that does not exist (never created), and a write that fails is
 * bad input naming the file the user gave, with the reason in words, not an internal error naming a temporary file.
 */
final class OutputFile {

    /** The writing itself. */
    @FunctionalInterface
    interface Writer {
        void write(Path file) throws IOException, InvalidInputException;
    }

    private OutputFile() {}

    /**
     * Refuses, up front and before any long work whose result would be lost, a folder as an output file and an output
     * file in a folder that does not exist: a typo in a folder name must not silently create a new folder tree (as
     * {@code --workspace} in a missing folder is refused). Nothing is created.
     */
    static void refuseFolder(Path file, String expected) throws InvalidInputException {
        if (file == null) {
            return;
        }
        if (Files.isDirectory(file)) {
            throw InvalidInputException.of(file.toString(), 0, 0, "is a folder", expected);
        }
        Path folder = file.getParent(); // as the user wrote it; none means the current folder, which exists
        if (folder != null && !Files.isDirectory(folder)) {
            throw InvalidInputException.of(file.toString(), 0, 0, "the folder " + folder
                            + (Files.exists(folder) ? " is not a folder" : " does not exist"),
                    "a file in an existing folder: create the folder first, or correct the path");
        }
    }

    /**
     * Refuses, up front and before any long work, an output file whose name ends in none of {@code extensions} when
     * the ending picks the format ({@code --report x.docx}): the user learns it in a second, not after the whole run.
     *
     * @param what the kind of file, for "unknown WHAT format"
     */
    static void refuseExtension(Path file, String what, List<String> extensions) throws InvalidInputException {
        if (file == null) {
            return;
        }
        Path name = file.getFileName();
        String lower = name == null ? "" : name.toString().toLowerCase(Locale.ROOT);
        if (extensions.stream().noneMatch(lower::endsWith)) {
            throw InvalidInputException.of(file.toString(), 0, 0, "unknown " + what + " format",
                    "a file name ending in " + String.join(" or ", extensions));
        }
    }

    /**
     * @param expected what a good {@code file} is, for the "(expected ...)" part
     * @throws InvalidInputException when {@code file} is a folder or cannot be written
     */
    static void write(Path file, String expected, Writer writer) throws InvalidInputException {
        refuseFolder(file, expected);
        try {
            writer.write(file);
        } catch (IOException e) {
            throw InvalidInputException.of(file.toString(), 0, 0, "cannot write it: " + reason(e), expected);
        }
    }

    /** Why an I/O operation failed, in words: "permission denied", "no such folder", ... */
    static String reason(IOException e) {
        if (e instanceof AccessDeniedException) {
            return "permission denied";
        }
        if (e instanceof NoSuchFileException) {
            return "no such file or folder";
        }
        if (e instanceof NotDirectoryException) {
            return "a part of the path is not a folder";
        }
        if (e instanceof FileSystemException fs && fs.getReason() != null) {
            return fs.getReason().toLowerCase(Locale.ROOT);
        }
        String m = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        if (e instanceof FileNotFoundException) {
            // "path (Reason)": keep the reason
            int open = m.lastIndexOf(" (");
            if (open > 0 && m.endsWith(")")) {
                return m.substring(open + 2, m.length() - 1).toLowerCase(Locale.ROOT);
            }
        }
        return m;
    }
}
