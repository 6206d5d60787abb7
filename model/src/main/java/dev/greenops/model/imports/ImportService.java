package dev.greenops.model.imports;

import dev.greenops.model.common.InvalidInputException;
import dev.greenops.model.common.Problem;
import dev.greenops.model.common.ProgressListener;
import dev.greenops.model.common.ReadFailures;
import dev.greenops.model.store.Workspace;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Imports files into a workspace. All files of one call go in one transaction: if any file is bad, nothing of any of
 * them is kept. Each file becomes an {@code import_batch} row (name, sha256, rows, format, time) and every row it
 * adds carries that batch id (allocated by {@link ImportBatches}, so ids stay dense).
 *
 * <p>A file whose exact bytes (SHA-256) are already a batch of the workspace is refused unless the options allow it:
 * importing the same file twice counts every row twice. A different file that repeats some rows stays a warning
 * (a corrected file, an overlapping export), named by the importer.
 */
public final class ImportService {

    public static final String AUTO = "auto";

    private final List<Importer> importers;

    public ImportService(List<Importer> importers) {
        this.importers = List.copyOf(importers);
    }

    /** Every format the workbench reads, in detection order (most specific first). */
    public static ImportService standard() {
        return new ImportService(List.of(
                // each area registers its importers here, most specific first
                new dev.greenops.model.ledger.CodeCarbonImporter(java.time.Clock.systemUTC()),
                new dev.greenops.model.ledger.GcpCarbonExportImporter(java.time.Clock.systemUTC()),
                new dev.greenops.model.ledger.BigQueryJsonImporter(java.time.Clock.systemUTC()),
                new dev.greenops.model.ledger.UfmsJsonImporter(java.time.Clock.systemUTC()),
                new dev.greenops.model.ledger.ParquetLedgerImporter(java.time.Clock.systemUTC()),
                new dev.greenops.model.ledger.UfmsCsvImporter(java.time.Clock.systemUTC()),
                new dev.greenops.model.intensity.io.ElectricityMapsImporter(),
                new dev.greenops.model.intensity.io.CarbonAwareSdkImporter(),
                new dev.greenops.model.intensity.io.WattTimeImporter(),
                new dev.greenops.model.intensity.io.LongCsvImporter(),
                new dev.greenops.model.intensity.io.WideCsvImporter()));
    }

    public List<Importer> importers() {
        return importers;
    }

    public Optional<Importer> byFormat(String format) {
        return importers.stream().filter(i -> i.format().equals(format)).findFirst();
    }

    /**
     * What format detection found in a file: the importer whose format it looks like, if any, and its first line.
     * {@link #reason()} says why nothing matched in words any front end can show; how the user then names the format
     * (a command-line flag, a chooser in a dialog) is the front end's to say.
     */
    public record Detection(Optional<Importer> importer, String firstLine, boolean parquet) {
        public String reason() {
            return parquet
                    ? "cannot tell the format of this Parquet file: its columns match no format read here"
                    : "cannot tell the format of this file (header: " + abbreviate(firstLine) + ")";
        }
    }

    /**
     * Looks at the start of {@code file} and finds the importer whose format it is, trying them in detection order.
     *
     * @throws InvalidInputException when the file is missing, empty or a folder
     */
    public Detection recognise(Path file, String displayName) throws InvalidInputException, IOException {
        FileHead head = readHead(file, displayName);
        for (Importer importer : importers) {
            if (importer.accepts(head)) {
                return new Detection(Optional.of(importer), head.firstLine(), head.isParquet());
            }
        }
        return new Detection(Optional.empty(), head.firstLine(), head.isParquet());
    }

    /** "one of ufms-csv, ufms-json, …": the formats this service reads, for messages. */
    public String formatList() {
        return "one of " + importers.stream().map(Importer::format).collect(Collectors.joining(", "));
    }

    /** The importer whose format {@code file} looks like, or a problem that names the formats tried (CLI wording). */
    public Importer detect(Path file, String displayName) throws InvalidInputException, IOException {
        Detection d = recognise(file, displayName);
        if (d.importer().isPresent()) {
            return d.importer().get();
        }
        // a text file's header is line 1; a Parquet file has no header line, so its columns are the whole file's
        long at = d.parquet() ? 0 : 1;
        throw InvalidInputException.of(displayName, at, at, d.reason(), formatList() + "; or name it with --format");
    }

    /**
     * Imports {@code files} (format {@code auto} or an importer's id) in one transaction.
     *
     * @throws InvalidInputException with the problems of every bad file; the workspace is unchanged
     */
    public List<ImportResult> importFiles(
            Workspace workspace, List<Path> files, String format, ImportOptions options, ProgressListener progress)
            throws InvalidInputException, IOException, SQLException {
        return importFiles(workspace, files, java.util.Collections.nCopies(files.size(), format), options, progress);
    }

    /**
     * As {@link #importFiles(Workspace, List, String, ImportOptions, ProgressListener)}, with a format (or
     * {@code auto}) for each file: {@code formats.get(i)} is the format of {@code files.get(i)}.
     */
    public List<ImportResult> importFiles(
            Workspace workspace, List<Path> files, List<String> formats, ImportOptions options,
            ProgressListener progress) throws InvalidInputException, IOException, SQLException {
        if (formats.size() != files.size()) {
            throw new IllegalArgumentException(files.size() + " files but " + formats.size() + " formats");
        }
        List<Importer> chosen = new ArrayList<>();
        List<Problem> problems = new ArrayList<>();
        for (int f = 0; f < files.size(); f++) {
            Path file = files.get(f);
            String name = file.toString();
            try {
                chosen.add(choose(file, name, formats.get(f)));
            } catch (InvalidInputException e) {
                problems.addAll(e.problems());
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        List<String> digests = new ArrayList<>();
        for (int i = 0; i < files.size(); i++) {
            String sha = sha256(files.get(i));
            int first = digests.indexOf(sha);
            if (first >= 0) {
                // one import counts each row once (DATA-MODEL: unique per import), whatever --allow-reimport says
                // about files imported before
                problems.add(Problem.error(files.get(i).toString(), 0, 0, "this is the same file as "
                                + files.get(first) + " (same SHA-256), given twice in one import",
                        "each file once per import; to count its rows twice on purpose, import it again on its own"
                                + " with --allow-reimport"));
            }
            digests.add(sha);
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        try {
            return workspace.inTransaction(tx -> {
            List<ImportResult> results = new ArrayList<>();
            for (int i = 0; i < files.size(); i++) {
                ProgressListener.checkCancelled();
                Path file = files.get(i);
                Importer importer = chosen.get(i);
                progress.progress(i, files.size(), "importing " + file.getFileName() + " as " + importer.format());
                try {
                    results.add(importOne(tx, file, digests.get(i), importer, options, progress));
                } catch (InvalidInputException e) {
                    problems.addAll(e.problems());
                } catch (IOException e) {
                    problems.add(ReadFailures.of(file.toString(), e, "a readable " + importer.format() + " file"));
                }
            }
            if (problems.isEmpty()) {
                problems.addAll(acrossFiles(tx, chosen, results, files));
            }
            if (!problems.isEmpty()) {
                throw new RolledBack(new InvalidInputException(problems));
            }
            progress.progress(files.size(), files.size(), "imported " + files.size() + " file(s)");
            return results;
            });
        } catch (RolledBack e) {
            throw (InvalidInputException) e.getCause();
        }
    }

    /** What each target's importer finds between the files of this import (rows given twice, and the like). */
    private static List<Problem> acrossFiles(
            Connection tx, List<Importer> chosen, List<ImportResult> results, List<Path> files) throws SQLException {
        Map<String, Importer> byTarget = new LinkedHashMap<>();
        Map<String, Map<Long, String>> batches = new LinkedHashMap<>();
        for (int i = 0; i < results.size(); i++) {
            Importer importer = chosen.get(i);
            byTarget.putIfAbsent(importer.target(), importer);
            batches.computeIfAbsent(importer.target(), t -> new LinkedHashMap<>())
                    .put(results.get(i).batchId(), files.get(i).toString());
        }
        List<Problem> problems = new ArrayList<>();
        for (Map.Entry<String, Importer> e : byTarget.entrySet()) {
            Map<Long, String> ofTarget = batches.get(e.getKey());
            if (ofTarget.size() > 1) {
                problems.addAll(e.getValue().acrossFiles(tx, ofTarget));
            }
        }
        return problems;
    }

    private Importer choose(Path file, String name, String format) throws InvalidInputException, IOException {
        if (format == null || format.equals(AUTO)) {
            return detect(file, name);
        }
        readHead(file, name); // the file must exist and be readable whatever the format
        return byFormat(format)
                .orElseThrow(() -> InvalidInputException.of(
                        name,
                        0,
                        0,
                        "unknown format '" + format + "'",
                        "one of auto, " + importers.stream().map(Importer::format).collect(Collectors.joining(", "))));
    }

    private static ImportResult importOne(Connection tx, Path file, String sha256, Importer importer,
            ImportOptions options, ProgressListener progress) throws InvalidInputException, IOException, SQLException {
        if (!options.allowReimport()) {
            Optional<ImportBatches.Batch> earlier = ImportBatches.bySha256(tx, sha256);
            if (earlier.isPresent()) {
                long id = earlier.get().batchId();
                String name = earlier.get().fileName();
                throw InvalidInputException.of(file.toString(), 0, 0, "this exact file was already imported as batch "
                                + id + " on " + earlier.get().importedAtText()
                                + (name.equals(file.getFileName().toString()) ? "" : ", named " + name),
                        "a new file; to replace batch " + id + ", remove it first with greenops batches --remove " + id
                                + "; to count its rows twice on purpose, import with --allow-reimport");
            }
        }
        long batchId = ImportBatches.allocateId(tx);
        try (PreparedStatement p = tx.prepareStatement(
                "insert into import_batch (batch_id, file_name, file_path, sha256, row_count, format, target,"
                        + " imported_at) values (?, ?, ?, ?, 0, ?, ?, ?)")) {
            p.setLong(1, batchId);
            p.setString(2, file.getFileName().toString());
            p.setString(3, file.toAbsolutePath().normalize().toString());
            p.setString(4, sha256);
            p.setString(5, importer.format());
            p.setString(6, importer.target());
            p.setTimestamp(7, Timestamp.valueOf(Instant.now().atOffset(ZoneOffset.UTC).toLocalDateTime()));
            p.execute();
        }
        Importer.Result result = importer.importInto(tx, file, file.toString(), batchId, options, progress);
        try (PreparedStatement p =
                tx.prepareStatement("update import_batch set row_count = ?, note = ? where batch_id = ?")) {
            p.setLong(1, result.rows());
            p.setString(2, result.note().isEmpty() ? null : result.note());
            p.setLong(3, batchId);
            p.execute();
        }
        return new ImportResult(
                batchId,
                file.getFileName().toString(),
                sha256,
                importer.format(),
                importer.target(),
                result.rows(),
                result.warnings());
    }

    /**
     * The head of a file every importer can start on: it exists, is a file, is not empty, and is text or Parquet.
     *
     * @throws InvalidInputException saying which of these it is not
     */
    public static FileHead readHead(Path file, String name) throws InvalidInputException, IOException {
        if (Files.isDirectory(file)) {
            throw InvalidInputException.of(name, 0, 0, "is a folder", "a file");
        }
        try {
            FileHead head = FileHead.read(file);
            // whole-file problems are FILE:0:0 (a header problem is FILE:1:N)
            if (head.bytes().length == 0) {
                throw InvalidInputException.of(name, 0, 0, "the file is empty", "a header line and data");
            }
            if (head.isUtf16()) {
                throw new InvalidInputException(ReadFailures.utf16(name));
            }
            if (head.isBinary() && !head.isParquet()) {
                // every format but Parquet is text: say so, rather than let a CSV or JSON reader stumble on the bytes
                throw InvalidInputException.of(name, 0, 0, "the file holds binary data, not text",
                        "a CSV or JSON text file, or a Parquet file");
            }
            return head;
        } catch (NoSuchFileException e) {
            throw InvalidInputException.of(name, 0, 0, "no such file", "an existing, readable file");
        }
    }

    /** Hex SHA-256 of the file's bytes. */
    public static String sha256(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            byte[] buffer = new byte[1 << 16];
            for (int n; (n = in.read(buffer)) > 0; ) {
                md.update(buffer, 0, n);
            }
            return HexFormat.of().formatHex(md.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }

    private static String abbreviate(String s) {
        return s.length() <= 80 ? s : s.substring(0, 77) + "...";
    }

    /** Carries an InvalidInputException out of the transaction so it rolls back. */
    private static final class RolledBack extends RuntimeException {
        RolledBack(InvalidInputException cause) {
            super(cause);
        }
    }
}
