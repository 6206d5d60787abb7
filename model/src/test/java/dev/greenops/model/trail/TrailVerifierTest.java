package dev.greenops.model.trail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.greenops.model.common.CancelledException;
import dev.greenops.model.common.InvalidInputException;
import dev.greenops.model.common.ProgressListener;
import dev.greenops.model.trail.demo.DemoSigstore;
import dev.greenops.model.trail.demo.DemoTrail;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TrailVerifierTest {

    static final LocalDate FROM = LocalDate.parse("2026-10-02");
    static final LocalDate TO = LocalDate.parse("2026-10-31");

    @TempDir
    static Path shared;

    static TrailFixtures.Trail trail;
    static TrustRoot root;

    @TempDir
    Path tmp;

    @BeforeAll
    static void signOnce() throws Exception {
        trail = TrailFixtures.october(shared);
        root = TrustRoots.load(trail.root());
    }

    static TrailReport verify(Path dir, TrustRoot r, SignerPolicy policy, LocalDate from, LocalDate to) throws Exception {
        return new TrailVerifier(r, TrailFixtures.CLOCK).verify(dir, policy, from, to, ProgressListener.NONE);
    }

    static Map<LocalDate, DayResult> byDate(TrailReport report) {
        return report.days().stream().collect(Collectors.toMap(DayResult::date, Function.identity()));
    }

    /** A private copy of the signed trail this test may damage. */
    Path copy() throws IOException {
        Path dir = tmp.resolve("copy");
        Files.createDirectories(dir);
        try (var files = Files.list(trail.dir())) {
            for (Path f : files.toList()) {
                Files.copy(f, dir.resolve(f.getFileName()));
            }
        }
        return dir;
    }

    @Test
    void thirty_signed_days_all_verify_with_signer_log_index_and_integrated_time_on_their_day() throws Exception {
        TrailReport r = verify(trail.dir(), root, TrailFixtures.DEMO_POLICY, null, null);
        assertThat(r.expected()).isEqualTo(30);
        assertThat(r.verified()).isEqualTo(30);
        assertThat(r.allVerified()).isTrue();
        assertThat(r.from()).isEqualTo(FROM);
        assertThat(r.to()).isEqualTo(TO);
        assertThat(r.trustRoot().demo()).isTrue();
        for (DayResult d : r.days()) {
            assertThat(d.signer()).isEqualTo(DemoSigstore.SIGNER);
            assertThat(d.issuer()).isEqualTo(DemoSigstore.ISSUER);
            assertThat(d.logIndex()).isEqualTo(d.date().getDayOfMonth() - 2L);
            assertThat(d.integratedTime().toString()).startsWith(d.date() + "T23:40:02");
        }
    }

    @Test
    void against_the_production_root_every_day_is_untrusted() throws Exception {
        TrailReport r = verify(trail.dir(), TrustRoots.bundledProduction(), TrailFixtures.DEMO_POLICY, null, null);
        assertThat(r.days()).hasSize(30).allSatisfy(d -> assertThat(d.status()).isEqualTo(DayStatus.UNTRUSTED));
        assertThat(r.allVerified()).isFalse();
    }

    @Test
    void with_a_wrong_identity_every_day_is_wrong_identity() throws Exception {
        TrailReport r = verify(trail.dir(), root, SignerPolicy.Identity.exact("cfo@demo.greenops.example", DemoSigstore.ISSUER),
                null, null);
        assertThat(r.days()).hasSize(30).allSatisfy(d -> assertThat(d.status()).isEqualTo(DayStatus.WRONG_IDENTITY));
    }

    @Test
    void the_tampered_copy_names_exactly_the_edited_day_and_the_missing_day() throws Exception {
        Path tampered = tmp.resolve("tampered");
        DemoTrail.writeTamperedCopy(trail.dir(), tampered, LocalDate.parse("2026-10-17"), LocalDate.parse("2026-10-24"));
        TrailReport r = verify(tampered, root, TrailFixtures.DEMO_POLICY, null, null);
        Map<LocalDate, DayResult> days = byDate(r);
        assertThat(r.expected()).isEqualTo(30);
        assertThat(days.get(LocalDate.parse("2026-10-17")).status()).isEqualTo(DayStatus.TAMPERED);
        assertThat(days.get(LocalDate.parse("2026-10-24")).status()).isEqualTo(DayStatus.MISSING_LEDGER);
        assertThat(r.days().stream().filter(d -> !d.status().isVerified()).map(DayResult::date))
                .containsExactly(LocalDate.parse("2026-10-17"), LocalDate.parse("2026-10-24"));
    }

    @Test
    void flipping_any_single_byte_of_a_ledger_makes_exactly_that_day_tampered() throws Exception {
        // exhaustively over every position of a one-row ledger (a different bit each time)...
        byte[] small = (TrailFixtures.HEADER + "\n" + TrailFixtures.octoberCsv().lines().skip(60).findFirst().orElseThrow()
                + "\n").getBytes(StandardCharsets.UTF_8);
        byte[] bundle = new DemoSigstore().sign(small, DemoSigstore.SIGNER, DemoSigstore.ISSUER,
                java.time.Instant.parse("2026-10-09T23:40:00Z")).getBytes(StandardCharsets.UTF_8);
        BundleVerifier verifier = new BundleVerifier(root, TrailFixtures.CLOCK);
        assertThat(verifier.verify("b", bundle, TrailFixtures.DEMO_POLICY, Digests.sha256(small)).status())
                .isEqualTo(DayStatus.VERIFIED);
        for (int i = 0; i < small.length; i++) {
            byte[] changed = small.clone();
            changed[i] ^= (byte) (1 << (i % 8));
            BundleVerdict v = verifier.verify("b", bundle, TrailFixtures.DEMO_POLICY, Digests.sha256(changed));
            assertThat(v.status()).as("byte " + i).isEqualTo(DayStatus.TAMPERED);
        }
        // ...and through a whole trail at the start, middle and end of a day's file: only that day fails
        Path dir = copy();
        Path ledger = dir.resolve("ledger-2026-10-09.csv");
        byte[] original = Files.readAllBytes(ledger);
        for (int i : new int[] {0, original.length / 2, original.length - 1}) {
            byte[] changed = original.clone();
            changed[i] ^= 0x20;
            Files.write(ledger, changed);
            TrailReport r = verify(dir, root, TrailFixtures.DEMO_POLICY, null, null);
            assertThat(r.days().stream().filter(d -> !d.status().isVerified()).map(d -> d.date() + " " + d.status()))
                    .containsExactly("2026-10-09 TAMPERED");
        }
    }

    @Test
    void swapping_two_days_bundles_makes_both_days_misdated() throws Exception {
        Path dir = copy();
        Path a = dir.resolve("ledger-2026-10-05.csv.sigstore.json");
        Path b = dir.resolve("ledger-2026-10-20.csv.sigstore.json");
        byte[] aBytes = Files.readAllBytes(a);
        Files.write(a, Files.readAllBytes(b));
        Files.write(b, aBytes);
        Map<LocalDate, DayResult> days = byDate(verify(dir, root, TrailFixtures.DEMO_POLICY, null, null));
        assertThat(days.get(LocalDate.parse("2026-10-05")).status()).isEqualTo(DayStatus.MISDATED);
        assertThat(days.get(LocalDate.parse("2026-10-05")).reason()).contains("ledger-2026-10-20.csv");
        assertThat(days.get(LocalDate.parse("2026-10-20")).status()).isEqualTo(DayStatus.MISDATED);
        assertThat(days.values().stream().filter(d -> !d.status().isVerified())).hasSize(2);
    }

    @Test
    void a_ledger_signed_on_another_day_is_misdated() throws Exception {
        Path dir = copy();
        byte[] ledger = Files.readAllBytes(dir.resolve("ledger-2026-10-12.csv"));
        String late = trail.sigstore().sign(ledger, DemoSigstore.SIGNER, DemoSigstore.ISSUER,
                java.time.Instant.parse("2026-10-14T09:00:00Z"));
        Files.writeString(dir.resolve("ledger-2026-10-12.csv.sigstore.json"), late);
        DayResult day = byDate(verify(dir, root, TrailFixtures.DEMO_POLICY, null, null)).get(LocalDate.parse("2026-10-12"));
        assertThat(day.status()).isEqualTo(DayStatus.MISDATED);
        assertThat(day.reason()).contains("2026-10-14T09:00:02Z").contains("outside 2026-10-12");
    }

    @Test
    void missing_days_inside_the_range_missing_bundles_and_hostile_bundles_are_failures_with_reasons() throws Exception {
        Path dir = copy();
        Files.delete(dir.resolve("ledger-2026-10-03.csv"));
        Files.delete(dir.resolve("ledger-2026-10-03.csv.sigstore.json"));
        Files.delete(dir.resolve("ledger-2026-10-04.csv.sigstore.json"));
        Files.delete(dir.resolve("ledger-2026-10-06.csv"));
        Files.writeString(dir.resolve("ledger-2026-10-07.csv.sigstore.json"), "{\"mediaType\": [[[");
        Files.write(dir.resolve("ledger-2026-10-08.csv.sigstore.json"), new byte[BundleLimits.MAX_BUNDLE_BYTES + 1]);
        Files.writeString(dir.resolve("ledger-2026-10-09.json"), "[]");
        TrailReport r = verify(dir, root, TrailFixtures.DEMO_POLICY, LocalDate.parse("2026-10-01"), TO);
        Map<LocalDate, DayResult> days = byDate(r);
        assertThat(r.expected()).isEqualTo(31);
        assertThat(days.get(LocalDate.parse("2026-10-01")).status()).isEqualTo(DayStatus.MISSING_LEDGER);
        assertThat(days.get(LocalDate.parse("2026-10-01")).reason()).isEqualTo("no ledger file and no bundle for this day");
        assertThat(days.get(LocalDate.parse("2026-10-03")).status()).isEqualTo(DayStatus.MISSING_LEDGER);
        assertThat(days.get(LocalDate.parse("2026-10-04")).status()).isEqualTo(DayStatus.MISSING_SIGNATURE);
        assertThat(days.get(LocalDate.parse("2026-10-06")).status()).isEqualTo(DayStatus.MISSING_LEDGER);
        assertThat(days.get(LocalDate.parse("2026-10-06")).reason()).contains("its bundle");
        assertThat(days.get(LocalDate.parse("2026-10-07")).status()).isEqualTo(DayStatus.UNREADABLE);
        assertThat(days.get(LocalDate.parse("2026-10-07")).reason()).contains("ledger-2026-10-07.csv.sigstore.json:1:");
        assertThat(days.get(LocalDate.parse("2026-10-08")).status()).isEqualTo(DayStatus.UNREADABLE);
        assertThat(days.get(LocalDate.parse("2026-10-08")).reason()).isEqualTo("ledger-2026-10-08.csv.sigstore.json:0:0:"
                + " the bundle is 1,048,577 bytes (expected a Sigstore bundle of at most 1,048,576 bytes (1 MiB))");
        assertThat(days.get(LocalDate.parse("2026-10-09")).status()).isEqualTo(DayStatus.UNREADABLE);
        assertThat(days.get(LocalDate.parse("2026-10-09")).reason()).contains("several ledger files");
        assertThat(r.verified()).isEqualTo(31 - 7);
    }

    @Test
    void a_folder_named_like_a_ledger_or_a_bundle_is_unreadable_saying_so_not_missing() throws Exception {
        Path dir = copy();
        Files.delete(dir.resolve("ledger-2026-10-14.csv"));
        Files.createDirectory(dir.resolve("ledger-2026-10-14.csv"));
        Files.delete(dir.resolve("ledger-2026-10-15.csv.sigstore.json"));
        Files.createDirectory(dir.resolve("ledger-2026-10-15.csv.sigstore.json"));
        Map<LocalDate, DayResult> days = byDate(verify(dir, root, TrailFixtures.DEMO_POLICY, null, null));
        assertThat(days.get(LocalDate.parse("2026-10-14")).status()).isEqualTo(DayStatus.UNREADABLE);
        assertThat(days.get(LocalDate.parse("2026-10-14")).reason())
                .isEqualTo("cannot read the ledger: ledger-2026-10-14.csv is a folder, not a file");
        assertThat(days.get(LocalDate.parse("2026-10-15")).status()).isEqualTo(DayStatus.UNREADABLE);
        assertThat(days.get(LocalDate.parse("2026-10-15")).reason())
                .isEqualTo("cannot read the bundle: ledger-2026-10-15.csv.sigstore.json is a folder, not a file");
        assertThat(days.values().stream().filter(d -> !d.status().isVerified())).hasSize(2);
    }

    @Test
    void a_to_after_today_is_refused_because_days_to_come_cannot_be_missing() throws Exception {
        // TrailFixtures.CLOCK reads 2026-11-23 (UTC)
        InvalidInputException e = org.assertj.core.api.Assertions.catchThrowableOfType(InvalidInputException.class,
                () -> verify(trail.dir(), root, TrailFixtures.DEMO_POLICY, FROM, LocalDate.parse("2036-10-01")));
        assertThat(e.problems().getFirst().format()).isEqualTo("--to 2036-10-01: is after today (2026-11-23, UTC): a day"
                + " that has not happened yet cannot have a signed ledger (expected --to today or earlier)");
        assertThat(verify(trail.dir(), root, TrailFixtures.DEMO_POLICY, FROM, LocalDate.parse("2026-11-23")).expected())
                .isEqualTo(53);
    }

    @Test
    void a_folder_that_is_not_a_trail_or_an_impossible_range_is_invalid_input() throws Exception {
        Path empty = Files.createDirectories(tmp.resolve("empty"));
        assertThatThrownBy(() -> verify(empty, root, TrailFixtures.DEMO_POLICY, null, null))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("no ledger-YYYY-MM-DD files");
        assertThatThrownBy(() -> verify(tmp.resolve("nope"), root, TrailFixtures.DEMO_POLICY, null, null))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("not a folder");
        assertThatThrownBy(() -> verify(trail.dir(), root, TrailFixtures.DEMO_POLICY, TO, FROM))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("before it starts");
        // an explicit range over an empty folder is fine: every day is missing
        TrailReport r = verify(empty, root, TrailFixtures.DEMO_POLICY, FROM, FROM.plusDays(2));
        assertThat(r.days()).hasSize(3).allSatisfy(d -> assertThat(d.status()).isEqualTo(DayStatus.MISSING_LEDGER));
    }

    @Test
    void verification_reports_progress_and_stops_when_cancelled() throws Exception {
        List<String> messages = new ArrayList<>();
        new TrailVerifier(root, TrailFixtures.CLOCK).verify(trail.dir(), TrailFixtures.DEMO_POLICY, null, null,
                (done, total, m) -> messages.add(done + "/" + total));
        assertThat(messages).contains("60/60").hasSizeGreaterThan(30);
        Thread.currentThread().interrupt();
        try {
            assertThatThrownBy(() -> verify(trail.dir(), root, TrailFixtures.DEMO_POLICY, null, null))
                    .isInstanceOf(CancelledException.class);
        } finally {
            Thread.interrupted();
        }
    }

    @Test
    void days_outside_an_explicit_range_are_noted_not_checked() throws Exception {
        TrailReport r = verify(trail.dir(), root, TrailFixtures.DEMO_POLICY, LocalDate.parse("2026-10-10"),
                LocalDate.parse("2026-10-11"));
        assertThat(r.days()).hasSize(2);
        assertThat(r.notes()).anyMatch(n -> n.startsWith("28 days in the folder lie outside"));
        assertThat(Files.readString(trail.dir().resolve("ledger-2026-10-10.csv"), StandardCharsets.UTF_8))
                .startsWith(TrailFixtures.HEADER);
    }
}
