package dev.greenops.views.common;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.function.Supplier;

/**
 * Writes export files atomically: into a temporary file beside the target, then moved into place, so a failed or
 * cancelled write never leaves half a file where the user expects a whole one.
 */
public final class SafeFiles {

    /** Writes the content of a file to the path it is given. */
    @FunctionalInterface
    public interface Writer {
        void writeTo(Path tmp) throws IOException;
    }

    private SafeFiles() {}

    public static void write(Path file, Writer writer) throws IOException {
        Path dir = file.toAbsolutePath().getParent();
        Files.createDirectories(dir);
        Path tmp = dev.greenops.model.common.TempFiles.beside(dir, ".greenops-export", ".part"); // umask, not 0600
        try {
            writer.writeTo(tmp);
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING);
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    public static void writeString(Path file, String text) throws IOException {
        write(file, tmp -> Files.writeString(tmp, text, StandardCharsets.UTF_8));
    }

    /** Writes {@code text} to {@code file} and tells the user, in a notice, that it did or why it could not. */
    public static void export(AppContext context, Path file, Supplier<String> text, String what) {
        try {
            writeString(file, text.get());
            context.notify(Notice.success(what + " exported", file.toString()));
        } catch (IOException e) {
            context.notify(Notice.error("Could not export " + what.toLowerCase(java.util.Locale.ROOT), e));
        }
    }
}
