package dev.greenops.model.sample;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.greenops.model.common.ProgressListener;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SampleFilesTest {

    /** A part that writes one small file, and counts how often it was asked to. */
    static final class OneFilePart implements SamplePart {
        int writes;

        @Override
        public String name() {
            return "one file";
        }

        @Override
        public void write(Path outDir, ProgressListener progress) throws IOException {
            writes++;
            Files.createDirectories(outDir.resolve("part"));
            Files.writeString(outDir.resolve("part/data.csv"), "a,b\n1,2\n");
        }
    }

    @Test
    void shipped_files_are_used_where_they_are_and_nothing_is_written(@TempDir Path sample) throws IOException {
        new OneFilePart().write(sample, ProgressListener.NONE);
        OneFilePart part = new OneFilePart();
        try (SampleFiles files = SampleFiles.shippedOrWritten(sample, List.of("part/data.csv"), part, ProgressListener.NONE)) {
            assertThat(files.shipped()).isTrue();
            assertThat(files.resolve("part/data.csv")).isEqualTo(sample.resolve("part/data.csv"));
        }
        assertThat(part.writes).isZero();
        assertThat(sample.resolve("part/data.csv")).exists();
    }

    @Test
    void a_missing_file_gets_the_part_written_aside_and_closing_removes_it(@TempDir Path sample) throws IOException {
        OneFilePart part = new OneFilePart();
        Path written;
        try (SampleFiles files = SampleFiles.shippedOrWritten(sample, List.of("part/data.csv"), part, ProgressListener.NONE)) {
            assertThat(files.shipped()).isFalse();
            written = files.resolve("part/data.csv");
            assertThat(written).hasContent("a,b\n1,2");
            assertThat(written.startsWith(sample)).isFalse();
        }
        assertThat(part.writes).isOne();
        assertThat(written).doesNotExist();
        assertThat(written.getParent().getParent()).doesNotExist();
    }

    @Test
    void a_part_that_must_be_shipped_names_the_missing_file_and_the_command(@TempDir Path sample) {
        assertThatThrownBy(() -> SampleFiles.shipped(sample, List.of("ledgers/x.csv")))
                .isInstanceOf(IOException.class)
                .hasMessageContaining(sample.resolve("ledgers/x.csv").toString())
                .hasMessageContaining("greenops sample --out " + sample);
    }
}
