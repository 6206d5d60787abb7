package dev.greenops.model.trail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.greenops.model.common.ProgressListener;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The signed trail committed in sample-data: it verifies, and it is exactly what the sample part writes. */
class CommittedSampleTrailTest {

    static Path sampleData() {
        String project = System.getProperty("greenops.project.dir");
        Path dir = project == null ? Path.of("..", "sample-data") : Path.of(project, "sample-data");
        assumeTrue(Files.isDirectory(dir.resolve(TrailSamplePart.TRAIL_DIR)), "no sample-data/trail in this checkout");
        return dir;
    }

    @Test
    void the_committed_trail_verifies_thirty_of_thirty_and_the_tampered_copy_fails_on_two_days() throws Exception {
        Path dir = sampleData();
        TrailVerifier v = new TrailVerifier(TrustRoots.load(dir.resolve(TrailSamplePart.DEMO_ROOT)), TrailFixtures.CLOCK);
        assertThat(v.verify(dir.resolve(TrailSamplePart.TRAIL_DIR), TrailFixtures.DEMO_POLICY, null, null,
                ProgressListener.NONE).summaryLine()).isEqualTo("30 of 30 days verified");
        assertThat(v.verify(dir.resolve(TrailSamplePart.TAMPERED_DIR), TrailFixtures.DEMO_POLICY, TrailSamplePart.FROM,
                TrailSamplePart.TO, ProgressListener.NONE).summaryLine()).isEqualTo("28 of 30 days verified, 2 failed");
    }

    @Test
    void regenerating_from_the_committed_october_ledger_gives_the_committed_bytes(@TempDir Path tmp) throws Exception {
        Path dir = sampleData();
        Path monthly = dir.resolve(TrailSamplePart.MONTHLY_LEDGER);
        assumeTrue(Files.isRegularFile(monthly), "the ledgers part's " + TrailSamplePart.MONTHLY_LEDGER + " is not here yet");
        Files.createDirectories(tmp.resolve("ledgers"));
        Files.copy(monthly, tmp.resolve(TrailSamplePart.MONTHLY_LEDGER));
        new TrailSamplePart().write(tmp, ProgressListener.NONE);
        for (String part : new String[] {TrailSamplePart.TRAIL_DIR, TrailSamplePart.TAMPERED_DIR, "trust"}) {
            Map<String, byte[]> fresh = TrailSamplePartTest.files(tmp.resolve(part));
            Map<String, byte[]> committed = TrailSamplePartTest.files(dir.resolve(part));
            assertThat(committed.keySet()).as(part).isEqualTo(fresh.keySet());
            for (String f : fresh.keySet()) {
                assertThat(committed.get(f)).as(part + "/" + f + " (run greenops sample to regenerate)").isEqualTo(fresh.get(f));
            }
        }
    }
}
