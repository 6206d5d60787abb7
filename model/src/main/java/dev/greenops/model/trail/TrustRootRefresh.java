package dev.greenops.model.trail;

import dev.greenops.model.common.ProgressListener;
import dev.greenops.model.store.AppPaths;
import dev.sigstore.tuf.RootProvider;
import dev.sigstore.tuf.SigstoreTufClient;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * Fetches the current Sigstore public-good trusted root through TUF (sigstore-java's client, anchored in the TUF root
 * it ships). This is the only place verification touches the network, and only when the user asks for it: the result
 * is a file, used like any other {@code --trusted-root}.
 */
public final class TrustRootRefresh {

    public static final URI PUBLIC_GOOD_TUF = URI.create("https://tuf-repo-cdn.sigstore.dev/");

    private TrustRootRefresh() {}

    /** Where refreshed roots are kept: the data dir, next to the default workspace. */
    public static Path defaultCacheDir() {
        return AppPaths.dataDir().resolve("sigstore-tuf");
    }

    /**
     * Updates the TUF metadata from {@code mirror} into {@code cacheDir} and returns the verified trusted root file
     * ({@code cacheDir/trusted_root.json}). NETWORK.
     *
     * @throws IOException if the mirror cannot be reached or its metadata does not verify
     */
    public static Path refresh(Path cacheDir, URI mirror, ProgressListener progress) throws IOException {
        progress.progress(0, 2, "asking " + mirror.getHost() + " for the current Sigstore root (network)");
        SigstoreTufClient client = SigstoreTufClient.builder()
                .tufMirror(mirror, RootProvider.fromResource(SigstoreTufClient.PUBLIC_GOOD_ROOT_RESOURCE))
                .tufCacheLocation(cacheDir)
                .build();
        try {
            client.forceUpdate();
        } catch (Exception e) {
            throw new IOException("could not refresh the Sigstore root from " + mirror + ": " + TrustRoots.message(e)
                    + (e.getCause() != null ? " (" + TrustRoots.message(e.getCause()) + ")" : ""), e);
        }
        Path target = cacheDir.resolve("targets").resolve("trusted_root.json");
        if (!Files.isRegularFile(target)) {
            throw new IOException("the TUF update finished but left no trusted_root.json in " + target.getParent());
        }
        Path out = cacheDir.resolve("trusted_root.json");
        Files.copy(target, out, StandardCopyOption.REPLACE_EXISTING);
        progress.progress(2, 2, "Sigstore root refreshed");
        return out;
    }
}
