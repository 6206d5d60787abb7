package dev.greenops.model.common;

import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HexFormat;
import java.util.concurrent.ThreadLocalRandom;

/**
 * The temporary file of a write-then-move export. {@link Files#createTempFile} makes it readable by its owner only
 * (0600), and the move keeps that, so a report meant for others would reach them unreadable; this one gets the
 * permissions any new file gets (0666 less the umask), like the PNGs written directly.
 */
public final class TempFiles {

    private TempFiles() {}

    /** A new empty file in {@code dir} named {@code prefix + random + suffix}, with the default permissions. */
    public static Path beside(Path dir, String prefix, String suffix) throws IOException {
        for (int attempt = 0; ; attempt++) {
            String random = HexFormat.of().toHexDigits(ThreadLocalRandom.current().nextLong());
            try {
                return Files.createFile(dir.resolve(prefix + random + suffix));
            } catch (FileAlreadyExistsException e) {
                if (attempt >= 100) {
                    throw e;
                }
            }
        }
    }
}
