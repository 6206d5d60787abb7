package dev.greenops.model.trail;

import dev.greenops.model.common.InvalidInputException;
import dev.greenops.model.common.ProgressListener;
import dev.greenops.model.common.ReadFailures;
import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Verifies a signature trail: a folder of daily ledgers ({@code ledger-YYYY-MM-DD.csv|json|ndjson}) each with its
 * Sigstore bundle beside it ({@code <ledger>.sigstore.json}). Every day of the range gets exactly one status; a day
 * with nothing is a failure, not a gap. Offline; synchronous and cancellable (the caller chooses the thread).
 */
public final class TrailVerifier {

    public static final Pattern LEDGER_NAME = Pattern.compile("ledger-(\\d{4}-\\d{2}-\\d{2})\\.(csv|json|ndjson)");
    public static final String BUNDLE_SUFFIX = ".sigstore.json";
    /** Ten years of days: more is a typo in a date, not a trail. */
    static final long MAX_DAYS = 3660;

    private final BundleVerifier verifier;
    private final Clock clock;

    public TrailVerifier(TrustRoot root, Clock clock) {
        this.verifier = new BundleVerifier(root, clock);
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /**
     * @param from first expected day, or null for the earliest day found in the folder
     * @param to last expected day, or null for the latest day found
     * @throws InvalidInputException if the folder is not a trail or the range is impossible
     */
    public TrailReport verify(Path trailDir, SignerPolicy policy, LocalDate from, LocalDate to, ProgressListener progress)
            throws IOException, InvalidInputException {
        Objects.requireNonNull(policy, "policy");
        String dirName = trailDir.toString();
        if (!Files.isDirectory(trailDir)) {
            throw InvalidInputException.of(dirName, 0, 0, "not a folder",
                    "a trail folder of ledger-YYYY-MM-DD.csv files and their .sigstore.json bundles");
        }
        LocalDate today = clock.instant().atZone(java.time.ZoneOffset.UTC).toLocalDate();
        if (to != null && to.isAfter(today)) {
            // a day that has not happened has no signed ledger yet: listing it as MISSING_LEDGER would be noise
            throw InvalidInputException.of("--to " + to, 0, 0, "is after today (" + today + ", UTC): a day that has"
                    + " not happened yet cannot have a signed ledger", "--to today or earlier");
        }
        List<String> notes = new ArrayList<>();
        Map<LocalDate, List<Path>> ledgers = new TreeMap<>();
        Map<LocalDate, List<Path>> bundles = new TreeMap<>();
        Map<Path, String> unreadable = new HashMap<>();
        scan(trailDir, ledgers, bundles, notes, unreadable);
        TreeMap<LocalDate, Boolean> found = new TreeMap<>();
        ledgers.keySet().forEach(d -> found.put(d, true));
        bundles.keySet().forEach(d -> found.put(d, true));
        if ((from == null || to == null) && found.isEmpty()) {
            throw InvalidInputException.of(dirName, 0, 0, "no ledger-YYYY-MM-DD files or bundles in this folder",
                    "a trail folder of ledger-YYYY-MM-DD.csv files and their .sigstore.json bundles, or --from and --to");
        }
        LocalDate first = from != null ? from : found.firstKey();
        LocalDate last = to != null ? to : found.lastKey();
        if (last.isBefore(first)) {
            throw InvalidInputException.of(dirName, 0, 0, "the range ends (" + last + ") before it starts (" + first + ")",
                    "--from on or before --to");
        }
        long span = ChronoUnit.DAYS.between(first, last) + 1;
        if (span > MAX_DAYS) {
            throw InvalidInputException.of(dirName, 0, 0, "the range " + first + ".." + last + " has " + span + " days",
                    "at most " + MAX_DAYS + " days");
        }
        long outside = found.keySet().stream().filter(d -> d.isBefore(first) || d.isAfter(last)).count();
        if (outside > 0) {
            notes.add(outside + (outside == 1 ? " day" : " days") + " in the folder lie outside " + first + ".." + last
                    + " and were not checked");
        }

        // every ledger's digest, so a bundle that signs another day's file can be recognised as such
        List<Path> allLedgers = ledgers.values().stream().flatMap(List::stream).toList();
        long total = allLedgers.size() + span;
        long done = 0;
        Map<Path, byte[]> digests = new HashMap<>();
        for (Path ledger : allLedgers) {
            ProgressListener.checkCancelled();
            if (unreadable.containsKey(ledger)) {
                continue;
            }
            progress.progress(done++, total, "hashing " + ledger.getFileName());
            try {
                digests.put(ledger, Digests.sha256(ledger));
            } catch (IOException e) {
                unreadable.put(ledger, ReadFailures.of(ledger.getFileName().toString(), e, "a readable ledger").message());
            }
        }

        List<DayResult> days = new ArrayList<>();
        for (LocalDate day = first; !day.isAfter(last); day = day.plusDays(1)) {
            ProgressListener.checkCancelled();
            progress.progress(done++, total, "verifying " + day);
            days.add(day(trailDir, day, ledgers.getOrDefault(day, List.of()), bundles.getOrDefault(day, List.of()),
                    policy, digests, unreadable));
        }
        progress.progress(total, total, "verified " + span + (span == 1 ? " day" : " days"));
        return new TrailReport(UUID.randomUUID().toString(), trailDir.toAbsolutePath().normalize(), verifier.root().info(),
                policy.describe(), first, last, clock.instant(), days, notes);
    }

    /**
     * Files the trail layout names, by day. An entry named like a ledger or bundle that is not a regular file (a
     * folder, a link to nothing, a pipe) is kept for its day and marked in {@code unreadable}, so its day reads
     * UNREADABLE saying what it is, not MISSING as if nothing were there.
     */
    private static void scan(Path dir, Map<LocalDate, List<Path>> ledgers, Map<LocalDate, List<Path>> bundles,
            List<String> notes, Map<Path, String> unreadable) throws IOException {
        List<Path> files = new ArrayList<>();
        try (DirectoryStream<Path> stream = Files.newDirectoryStream(dir)) {
            stream.forEach(files::add);
        }
        files.sort(null);
        for (Path file : files) {
            String name = file.getFileName().toString();
            boolean bundle = name.endsWith(BUNDLE_SUFFIX);
            Matcher m = LEDGER_NAME.matcher(bundle ? name.substring(0, name.length() - BUNDLE_SUFFIX.length()) : name);
            if (!m.matches()) {
                continue;
            }
            LocalDate date;
            try {
                date = LocalDate.parse(m.group(1));
            } catch (DateTimeParseException e) {
                notes.add(name + " was ignored: " + m.group(1) + " is not a calendar date");
                continue;
            }
            if (!Files.isRegularFile(file)) {
                unreadable.put(file, name + (Files.isDirectory(file) ? " is a folder, not a file"
                        : " is not a regular file (a link to nothing, a device or a pipe)"));
            }
            (bundle ? bundles : ledgers).computeIfAbsent(date, d -> new ArrayList<>()).add(file);
        }
    }

    private DayResult day(Path dir, LocalDate day, List<Path> ledgers, List<Path> bundles, SignerPolicy policy,
            Map<Path, byte[]> digests, Map<Path, String> unreadable) {
        if (ledgers.isEmpty()) {
            String reason = bundles.isEmpty()
                    ? "no ledger file and no bundle for this day"
                    : "no ledger file for this day, though its bundle " + bundles.getFirst().getFileName() + " is there";
            return new DayResult(day, DayStatus.MISSING_LEDGER, reason, null,
                    bundles.isEmpty() ? null : bundles.getFirst().getFileName().toString(), null, null);
        }
        if (ledgers.size() > 1) {
            return new DayResult(day, DayStatus.UNREADABLE, "several ledger files for one day ("
                    + String.join(", ", ledgers.stream().map(p -> p.getFileName().toString()).toList())
                    + "): a trail holds exactly one per day", null, null, null, null);
        }
        Path ledger = ledgers.getFirst();
        String ledgerName = ledger.getFileName().toString();
        Path bundle = dir.resolve(ledgerName + BUNDLE_SUFFIX);
        String bundleName = bundle.getFileName().toString();
        if (unreadable.containsKey(ledger)) {
            return new DayResult(day, DayStatus.UNREADABLE, "cannot read the ledger: " + unreadable.get(ledger), ledgerName,
                    null, null, null);
        }
        String ledgerSha = Digests.hex(digests.get(ledger));
        if (unreadable.containsKey(bundle)) {
            return new DayResult(day, DayStatus.UNREADABLE, "cannot read the bundle: " + unreadable.get(bundle),
                    ledgerName, bundleName, ledgerSha, null);
        }
        if (!Files.isRegularFile(bundle)) {
            String others = bundles.isEmpty() ? "" : " (there is " + bundles.getFirst().getFileName() + ", for another file)";
            return new DayResult(day, DayStatus.MISSING_SIGNATURE, "no bundle " + bundleName + " beside the ledger" + others,
                    ledgerName, null, ledgerSha, null);
        }
        byte[] bytes;
        try {
            long size = Files.size(bundle);
            if (BundleLimits.tooLarge(size)) {
                // a problem of the whole file: FILE:0:0, as BundleParser says it for the bytes it is given
                return new DayResult(day, DayStatus.UNREADABLE, BundleLimits.tooLargeProblem(bundleName, size).format(),
                        ledgerName, bundleName, ledgerSha, null);
            }
            bytes = Files.readAllBytes(bundle);
        } catch (IOException e) {
            return new DayResult(day, DayStatus.UNREADABLE, "cannot read the bundle: "
                    + ReadFailures.of(bundleName, e, BundleParser.EXPECTED).message(), ledgerName,
                    bundleName, ledgerSha, null);
        }
        BundleVerdict verdict = verifier.verify(bundleName, bytes, policy, digests.get(ledger));
        BundleFacts facts = verdict.facts();
        return switch (verdict.status()) {
            case TAMPERED -> tampered(day, ledger, verdict, digests, ledgerName, bundleName, ledgerSha);
            case VERIFIED -> {
                String outside = signedOutside(day, facts);
                yield outside == null
                        ? new DayResult(day, DayStatus.VERIFIED, verdict.reason(), ledgerName, bundleName, ledgerSha, facts)
                        : new DayResult(day, DayStatus.MISDATED, "signed " + outside + ", outside " + day + " (UTC)",
                                ledgerName, bundleName, ledgerSha, facts);
            }
            default -> new DayResult(day, verdict.status(), verdict.reason(), ledgerName, bundleName, ledgerSha, facts);
        };
    }

    /** A valid bundle over other bytes: another day's file (MISDATED) or this file changed after signing (TAMPERED). */
    private static DayResult tampered(LocalDate day, Path ledger, BundleVerdict verdict, Map<Path, byte[]> digests,
            String ledgerName, String bundleName, String ledgerSha) {
        BundleFacts facts = verdict.facts();
        for (Map.Entry<Path, byte[]> other : digests.entrySet()) {
            if (!other.getKey().equals(ledger) && facts.signedDigests().contains(Digests.hex(other.getValue()))) {
                return new DayResult(day, DayStatus.MISDATED, "this bundle signs " + other.getKey().getFileName()
                        + ", not this day's ledger", ledgerName, bundleName, ledgerSha, facts);
            }
        }
        String outside = signedOutside(day, facts);
        if (outside != null) {
            return new DayResult(day, DayStatus.MISDATED, "this bundle was signed " + outside + " and does not sign this"
                    + " ledger: it belongs to another day's file", ledgerName, bundleName, ledgerSha, facts);
        }
        return new DayResult(day, DayStatus.TAMPERED, "the ledger changed after it was signed: " + verdict.reason(),
                ledgerName, bundleName, ledgerSha, facts);
    }

    /** The first verified signing time that is not on {@code day} (UTC), as text, or null if all are on it. */
    private static String signedOutside(LocalDate day, BundleFacts facts) {
        for (SignedTime t : facts.signedTimes()) {
            if (!LocalDate.ofInstant(t.time(), ZoneOffset.UTC).equals(day)) {
                return "at " + t.time();
            }
        }
        return null;
    }

}
