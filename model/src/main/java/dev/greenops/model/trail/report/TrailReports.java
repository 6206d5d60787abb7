package dev.greenops.model.trail.report;

import dev.greenops.model.common.InvalidInputException;
import dev.greenops.model.trail.TrailReport;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.util.List;
import java.util.Locale;

/** Writes a trail report to a file whose extension picks the format: {@code .md} or {@code .pdf}. */
public final class TrailReports {

    /** The file name endings that pick a format, in the order a message lists them. */
    public static final List<String> EXTENSIONS = List.of(".md", ".pdf");

    private TrailReports() {}

    /**
     * Writes atomically (temporary file, then move), so a failed export never leaves half a report. The folder must
     * exist; a missing one is a {@link NoSuchFileException} naming it.
     */
    public static void write(TrailReport report, Path file, Instant now) throws IOException, InvalidInputException {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        boolean pdf = name.endsWith(".pdf");
        if (EXTENSIONS.stream().noneMatch(name::endsWith)) {
            throw InvalidInputException.of(file.toString(), 0, 0, "unknown report format",
                    "a file name ending in " + String.join(" or ", EXTENSIONS));
        }
        // the folder must exist: a report never creates folders (a typo would otherwise hide it in a new tree)
        Path dir = file.toAbsolutePath().getParent();
        if (!Files.isDirectory(dir)) {
            throw new NoSuchFileException(dir.toString(), null, "the folder does not exist");
        }
        Path tmp = dev.greenops.model.common.TempFiles.beside(dir, ".report", ".tmp");
        try {
            if (pdf) {
                try (OutputStream out = Files.newOutputStream(tmp)) {
                    TrailReportPdf.write(report, now, out);
                }
            } else {
                Files.writeString(tmp, TrailReportMarkdown.render(report, now), StandardCharsets.UTF_8);
            }
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(tmp);
        }
    }
}
