package dev.greenops.model.trail;

import dev.sigstore.KeylessVerifier;
import dev.sigstore.encryption.certificates.transparency.CTLogInfo;
import dev.sigstore.encryption.certificates.transparency.CTVerifier;
import dev.sigstore.fulcio.client.FulcioVerifier;
import dev.sigstore.timestamp.client.TimestampVerifier;
import dev.sigstore.trustroot.SigstoreTrustedRoot;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A loaded and checked Sigstore trusted root, with the sigstore-java verifiers built from it once (a trail of a year
 * reuses them for every day). Made by {@link TrustRoots}; immutable and safe to share between threads.
 */
public final class TrustRoot {

    private final TrustRootInfo info;
    private final SigstoreTrustedRoot library;
    private final KeylessVerifier keyless;
    private final FulcioVerifier fulcio;
    private final TimestampVerifier timestamps;
    private final CTVerifier ct;

    TrustRoot(TrustRootInfo info, SigstoreTrustedRoot library) throws Exception {
        this.info = info;
        this.library = library;
        // the provider hands over the root parsed above: building the verifier never reads a file or the network
        this.keyless = KeylessVerifier.builder().trustedRootProvider(() -> library).build();
        this.fulcio = FulcioVerifier.newFulcioVerifier(library);
        this.timestamps = TimestampVerifier.newTimestampVerifier(library);
        List<CTLogInfo> logs = new ArrayList<>();
        for (var log : library.getCTLogs()) {
            logs.add(new CTLogInfo(log.getPublicKey().toJavaPublicKey(), "CT log", log.getBaseUrl().toString()));
        }
        this.ct = new CTVerifier(logId -> logs.stream()
                .filter(l -> Arrays.equals(l.getID(), logId))
                .findFirst()
                .orElse(null));
    }

    public TrustRootInfo info() {
        return info;
    }

    SigstoreTrustedRoot library() {
        return library;
    }

    KeylessVerifier keyless() {
        return keyless;
    }

    FulcioVerifier fulcio() {
        return fulcio;
    }

    TimestampVerifier timestamps() {
        return timestamps;
    }

    CTVerifier ct() {
        return ct;
    }

    @Override
    public String toString() {
        return info.label() + " [" + info.source() + "]";
    }
}
