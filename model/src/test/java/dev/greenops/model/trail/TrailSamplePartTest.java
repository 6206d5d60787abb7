package dev.greenops.model.trail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.greenops.model.common.ProgressListener;
import dev.greenops.model.store.Workspace;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TrailSamplePartTest {

    @TempDir
    Path tmp;

    /** What the ledgers part leaves before ours runs (a synthetic stand-in with the UFMS:003 header). */
    Path sampleDir(String name) throws IOException {
        Path dir = tmp.resolve(name);
        Files.createDirectories(dir.resolve("ledgers"));
        Files.writeString(dir.resolve(TrailSamplePart.MONTHLY_LEDGER), TrailFixtures.octoberCsv(), StandardCharsets.UTF_8);
        return dir;
    }

    static Map<String, byte[]> files(Path dir) throws IOException {
        Map<String, byte[]> out = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : walk.filter(Files::isRegularFile).toList()) {
                out.put(dir.relativize(p).toString(), Files.readAllBytes(p));
            }
        }
        return out;
    }

    @Test
    void regenerating_writes_identical_bytes() throws Exception {
        Path a = sampleDir("a");
        Path b = sampleDir("b");
        new TrailSamplePart().write(a, ProgressListener.NONE);
        new TrailSamplePart().write(b, ProgressListener.NONE);
        Map<String, byte[]> fa = files(a);
        Map<String, byte[]> fb = files(b);
        assertThat(fa.keySet()).isEqualTo(fb.keySet());
        assertThat(fa.keySet()).contains("trail/ledger-2026-10-02.csv.sigstore.json", "trust/DEMO-trusted_root.json",
                "trail-tampered-DEMO/ledger-2026-10-17.csv");
        for (String f : fa.keySet()) {
            assertThat(fb.get(f)).as(f).isEqualTo(fa.get(f));
        }
        // and writing again over an existing folder changes nothing either
        new TrailSamplePart().write(a, ProgressListener.NONE);
        Map<String, byte[]> again = files(a);
        for (String f : fa.keySet()) {
            assertThat(again.get(f)).as(f).isEqualTo(fa.get(f));
        }
    }

    @Test
    void the_sample_trail_verifies_and_the_tampered_copy_fails_on_exactly_two_days() throws Exception {
        Path dir = sampleDir("s");
        new TrailSamplePart().write(dir, ProgressListener.NONE);
        TrustRoot root = TrustRoots.load(dir.resolve(TrailSamplePart.DEMO_ROOT));
        assertThat(root.info().demo()).isTrue();
        TrailVerifier v = new TrailVerifier(root, TrailFixtures.CLOCK);
        TrailReport good = v.verify(dir.resolve(TrailSamplePart.TRAIL_DIR), TrailFixtures.DEMO_POLICY, null, null, ProgressListener.NONE);
        assertThat(good.summaryLine()).isEqualTo("30 of 30 days verified");
        assertThat(good.from()).isEqualTo(TrailSamplePart.FROM);
        TrailReport bad = v.verify(dir.resolve(TrailSamplePart.TAMPERED_DIR), TrailFixtures.DEMO_POLICY,
                TrailSamplePart.FROM, TrailSamplePart.TO, ProgressListener.NONE);
        assertThat(bad.days().stream().filter(d -> !d.status().isVerified()).map(d -> d.date() + " " + d.status()))
                .containsExactly("2026-10-17 TAMPERED", "2026-10-24 MISSING_LEDGER");
        // the day files are the monthly file's rows for that day, byte for byte
        String day = Files.readString(dir.resolve("trail/ledger-2026-10-05.csv"));
        assertThat(day.lines().skip(1)).isNotEmpty().allMatch(l -> l.startsWith("2026-10-05,"));
        assertThat(TrailFixtures.octoberCsv()).contains(day.substring(day.indexOf('\n') + 1));
    }

    @Test
    void without_the_ledgers_part_the_trail_part_says_what_it_needs() {
        assertThatThrownBy(() -> new TrailSamplePart().write(tmp, ProgressListener.NONE))
                .isInstanceOf(IOException.class).hasMessageContaining("ledgers part must run first");
    }

    @Test
    void loading_the_sample_stores_a_verification_run_the_overview_can_show() throws Exception {
        Path dir = sampleDir("load");
        new TrailSamplePart().write(dir, ProgressListener.NONE);
        try (Workspace ws = Workspace.inMemory()) {
            new TrailSampleLoadStep(TrailFixtures.CLOCK).load(ws, dir, ProgressListener.NONE);
            var latest = VerificationStore.latest(ws).orElseThrow();
            assertThat(latest.expected()).isEqualTo(30);
            assertThat(latest.verified()).isEqualTo(30);
            assertThat(latest.allVerified()).isTrue();
            assertThat(latest.trustedRoot()).startsWith("DEMO ");
            // the stored root label says DEMO once (the CA's own name says it too)
            assertThat(latest.trustedRoot().split("\\bDEMO\\b", -1)).hasSize(2);
            assertThat(ws.count("verification")).isEqualTo(30);
        }
        assertThat(LocalDate.parse("2026-10-31")).isEqualTo(TrailSamplePart.TO);
    }
}
