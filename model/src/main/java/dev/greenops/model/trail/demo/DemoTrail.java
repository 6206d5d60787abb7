package dev.greenops.model.trail.demo;

import dev.greenops.model.common.ProgressListener;
import dev.greenops.model.trail.TrailVerifier;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Builds DEMO-signed trails: splits a UFMS:003 CSV into daily ledger files, signs each one with the {@link
 * DemoSigstore} on its own day, and makes a tampered copy for demonstrations. Used by the sample data and the bench.
 */
public final class DemoTrail {

    /** When a day's rows carry no usable signed_at, the day is signed at this time of day (UTC). */
    public static final String DEFAULT_SIGNING_TIME = "T23:45:00Z";

    private DemoTrail() {}

    /** A daily ledger: its day, its CSV bytes, and when it is signed. */
    public record DailyLedger(LocalDate date, byte[] csv, Instant signingTime) {}

    /**
     * Splits {@code csv} (a UFMS:003 CSV, header first, date in the first column, one row per line) into one ledger
     * per day of {@code from..to}. Rows keep their exact bytes. A day's signing time is its rows' common
     * {@code signed_at} if that falls on the day, else 23:45 UTC that day.
     */
    public static List<DailyLedger> splitByDay(String csv, String csvName, LocalDate from, LocalDate to) throws IOException {
        List<String> lines = new ArrayList<>(List.of(csv.split("\n", -1)));
        if (!lines.isEmpty() && lines.getLast().isEmpty()) {
            lines.removeLast();
        }
        if (lines.isEmpty() || !lines.getFirst().startsWith("date,")) {
            throw new IOException(csvName + ":1:1: the first column must be 'date' (expected a UFMS:003 CSV header)");
        }
        String header = lines.getFirst();
        List<String> columns = List.of(header.strip().split(","));
        int signedAt = columns.indexOf("signed_at");
        Map<LocalDate, List<String>> byDay = new LinkedHashMap<>();
        for (int i = 1; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.isBlank()) {
                continue;
            }
            if (line.chars().filter(c -> c == '"').count() % 2 != 0) {
                throw new IOException(csvName + ":" + (i + 1) + ":1: a quoted field spans lines (expected one row per line)");
            }
            String first = line.substring(0, Math.max(0, line.indexOf(','))).replace("\"", "");
            LocalDate date;
            try {
                date = LocalDate.parse(first);
            } catch (DateTimeParseException e) {
                throw new IOException(csvName + ":" + (i + 1) + ":1: '" + first + "' is not a date (expected YYYY-MM-DD)");
            }
            byDay.computeIfAbsent(date, d -> new ArrayList<>()).add(line);
        }
        List<DailyLedger> out = new ArrayList<>();
        for (LocalDate d = from; !d.isAfter(to); d = d.plusDays(1)) {
            List<String> rows = byDay.getOrDefault(d, List.of());
            StringBuilder text = new StringBuilder(header).append('\n');
            rows.forEach(r -> text.append(r).append('\n'));
            out.add(new DailyLedger(d, text.toString().getBytes(StandardCharsets.UTF_8), signingTime(d, rows, signedAt)));
        }
        return out;
    }

    private static Instant signingTime(LocalDate day, List<String> rows, int signedAtColumn) {
        Instant fallback = Instant.parse(day + DEFAULT_SIGNING_TIME);
        if (signedAtColumn < 0 || rows.isEmpty()) {
            return fallback;
        }
        String common = null;
        for (String row : rows) {
            String[] fields = row.split(",", -1);
            String value = signedAtColumn < fields.length ? fields[signedAtColumn].replace("\"", "").strip() : "";
            if (value.isEmpty() || (common != null && !common.equals(value))) {
                return fallback;
            }
            common = value;
        }
        Instant at = parseTime(common);
        return at != null && LocalDate.ofInstant(at, ZoneOffset.UTC).equals(day)
                        && at.isBefore(Instant.parse(day + "T23:50:00Z"))
                ? at
                : fallback;
    }

    private static Instant parseTime(String text) {
        try {
            return OffsetDateTime.parse(text.replace(' ', 'T')).toInstant();
        } catch (DateTimeParseException e) {
            try {
                return LocalDateTime.parse(text.replace(' ', 'T')).toInstant(ZoneOffset.UTC);
            } catch (DateTimeParseException e2) {
                return null;
            }
        }
    }

    /**
     * Writes each ledger and its bundle (signed by {@code identity}) into {@code dir}, in date order, so the DEMO log
     * indices follow the days.
     */
    public static void writeSigned(DemoSigstore sigstore, List<DailyLedger> ledgers, String identity, String issuer, Path dir,
            ProgressListener progress) throws IOException {
        Files.createDirectories(dir);
        int i = 0;
        for (DailyLedger ledger : ledgers) {
            ProgressListener.checkCancelled();
            progress.progress(i++, ledgers.size(), "signing " + ledger.date() + " (DEMO)");
            String name = "ledger-" + ledger.date() + ".csv";
            Files.write(dir.resolve(name), ledger.csv());
            String bundle = sigstore.sign(ledger.csv(), identity, issuer, ledger.signingTime());
            Files.writeString(dir.resolve(name + TrailVerifier.BUNDLE_SUFFIX), bundle, StandardCharsets.UTF_8);
        }
    }

    /**
     * Copies a trail into {@code tamperedDir}, then halves the first emissions figure of {@code editedDay}'s ledger
     * (its bundle is left as it was) and deletes {@code missingDay}'s ledger and bundle.
     */
    public static void writeTamperedCopy(Path trailDir, Path tamperedDir, LocalDate editedDay, LocalDate missingDay)
            throws IOException {
        Files.createDirectories(tamperedDir);
        List<Path> files;
        try (var stream = Files.list(trailDir)) {
            files = stream.filter(p -> TrailVerifier.LEDGER_NAME.matcher(p.getFileName().toString()
                            .replace(TrailVerifier.BUNDLE_SUFFIX, "")).matches())
                    .sorted()
                    .toList();
        }
        for (Path f : files) {
            Files.copy(f, tamperedDir.resolve(f.getFileName()), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        }
        Path edited = tamperedDir.resolve("ledger-" + editedDay + ".csv");
        Files.writeString(edited, halveFirstEmission(Files.readString(edited, StandardCharsets.UTF_8), edited.toString()),
                StandardCharsets.UTF_8);
        Files.deleteIfExists(tamperedDir.resolve("ledger-" + missingDay + ".csv"));
        Files.deleteIfExists(tamperedDir.resolve("ledger-" + missingDay + ".csv" + TrailVerifier.BUNDLE_SUFFIX));
    }

    /** Halves emissions_kgco2e in the first row that has an unquoted number there: an edit after signing. */
    static String halveFirstEmission(String csv, String name) throws IOException {
        String[] lines = csv.split("\n", -1);
        List<String> header = List.of(lines[0].strip().split(","));
        int column = header.indexOf("emissions_kgco2e");
        if (column < 0) {
            throw new IOException(name + ":1:1: no emissions_kgco2e column to edit (expected a UFMS:003 header)");
        }
        for (int i = 1; i < lines.length; i++) {
            if (lines[i].contains("\"")) {
                continue;
            }
            String[] fields = lines[i].split(",", -1);
            if (column >= fields.length) {
                continue;
            }
            try {
                BigDecimal value = new BigDecimal(fields[column]);
                if (value.signum() == 0) {
                    continue;
                }
                fields[column] = value.divide(BigDecimal.TWO, value.scale(), RoundingMode.HALF_EVEN).toPlainString();
                lines[i] = String.join(",", fields);
                return String.join("\n", lines);
            } catch (NumberFormatException e) {
                // not a plain number in this row; try the next
            }
        }
        throw new IOException(name + ": no row with a plain emissions_kgco2e number to edit");
    }
}
