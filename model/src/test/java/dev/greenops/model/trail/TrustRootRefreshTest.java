package dev.greenops.model.trail;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.greenops.model.common.ProgressListener;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** No test reaches the real network: a refresh from an unreachable (local) mirror must fail with a plain error. */
class TrustRootRefreshTest {

    @Test
    void an_unreachable_mirror_is_a_clear_io_error_and_leaves_no_root(@TempDir Path tmp) {
        assertThatThrownBy(() -> TrustRootRefresh.refresh(tmp, URI.create("http://127.0.0.1:9/"), ProgressListener.NONE))
                .isInstanceOf(IOException.class)
                .hasMessageStartingWith("could not refresh the Sigstore root from http://127.0.0.1:9/").hasMessageContaining("Connection refused");
        org.assertj.core.api.Assertions.assertThat(tmp.resolve("trusted_root.json")).doesNotExist();
    }
}
