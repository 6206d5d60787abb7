package dev.greenops.model.trail;

import dev.greenops.model.common.InvalidInputException;
import dev.greenops.model.common.ProgressListener;
import dev.greenops.model.sample.SampleLoadStep;
import dev.greenops.model.store.Workspace;
import dev.greenops.model.trail.demo.DemoSigstore;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Clock;

/**
 * On a new workspace, verifies the bundled sample trail against the DEMO root and stores the run, so the Overview
 * shows a real verification status from the first start.
 */
public final class TrailSampleLoadStep implements SampleLoadStep {

    private final Clock clock;

    public TrailSampleLoadStep() {
        this(Clock.systemUTC());
    }

    TrailSampleLoadStep(Clock clock) {
        this.clock = clock;
    }

    @Override
    public String name() {
        return "signed trail";
    }

    @Override
    public void load(Workspace workspace, Path sampleDir, ProgressListener progress)
            throws IOException, SQLException, InvalidInputException {
        Path trail = sampleDir.resolve(TrailSamplePart.TRAIL_DIR);
        Path root = sampleDir.resolve(TrailSamplePart.DEMO_ROOT);
        if (!Files.isDirectory(trail) || !Files.isRegularFile(root)) {
            return; // a sample folder without the trail (an older one) simply has no verification to show
        }
        TrailReport report = new TrailVerifier(TrustRoots.load(root), clock).verify(trail,
                SignerPolicy.Identity.exact(DemoSigstore.SIGNER, DemoSigstore.ISSUER), null, null, progress);
        VerificationStore.save(workspace, report);
    }
}
