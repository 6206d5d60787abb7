package dev.greenops.views.shell;

import static org.assertj.core.api.Assertions.assertThat;

import dev.greenops.model.store.Workspace;
import org.junit.jupiter.api.Test;

class AboutTest {

    @Test
    void about_names_the_runtime_versions_every_library_licence_and_the_data_attribution() {
        try (Workspace ws = Workspace.inMemory()) {
            String text = About.text(ws);
            assertThat(text).contains("Java " + Runtime.version());
            assertThat(text).containsPattern("DuckDB v\\d+\\.\\d+");
            assertThat(text).contains("Apache Batik SVG generator 1.19 \u2014 Apache-2.0")
                    .contains("AtlantaFX 2.1.0 \u2014 MIT");
            // nothing shipped binds the distribution to the GPL-3.0 (docs/adr/0501)
            assertThat(About.LIBRARIES).noneMatch(l -> l.licence().contains("GPL-3.0"));
            assertThat(text).doesNotContain("JFreeSVG");
            // the bundled reference data's own attribution file, word for word
            assertThat(text).contains(About.attribution()).contains("electricitymaps");
            assertThat(text).contains("SAMPLE data");
        }
    }
}
