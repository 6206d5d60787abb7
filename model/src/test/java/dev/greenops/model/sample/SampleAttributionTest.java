package dev.greenops.model.sample;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.greenops.model.reference.ReferenceData;
import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * sample-data/ATTRIBUTION.md, as the sample parts write it, against the committed sample-data: every file pattern it
 * names matches files, every file derived from third-party data is named, and the facts it states hold.
 */
class SampleAttributionTest {

    static Path sample;
    static List<String> rows;

    @BeforeAll
    static void read() throws IOException {
        String project = System.getProperty("greenops.project.dir");
        assumeTrue(project != null, "run by Maven, which names the project folder");
        sample = Path.of(project, "sample-data");
        rows = Files.readAllLines(sample.resolve("ATTRIBUTION.md")).stream()
                .filter(l -> l.startsWith("| ") && !l.startsWith("| file "))
                .toList();
    }

    /** The file patterns of a row's first cell: "ledgers/*.csv, examples/* (energy)" → ledgers/*.csv, examples/*. */
    static List<String> patterns(String row) {
        String cell = row.substring(2, row.indexOf(" | "));
        cell = cell.replaceAll("\\(.*\\)", "").replaceAll(" except [^,]*", "");
        return Stream.of(cell.split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    static List<Path> files() throws IOException {
        try (Stream<Path> s = Files.walk(sample)) {
            return s.filter(Files::isRegularFile).map(sample::relativize).sorted().toList();
        }
    }

    static boolean matches(String pattern, Path file) {
        PathMatcher m = FileSystems.getDefault().getPathMatcher("glob:" + pattern);
        return m.matches(file);
    }

    @Test
    void every_pattern_in_the_attribution_names_committed_files() throws IOException {
        assertThat(rows).isNotEmpty();
        List<Path> files = files();
        for (String row : rows) {
            for (String pattern : patterns(row)) {
                assertThat(files).as(pattern).anyMatch(f -> matches(pattern, f));
            }
        }
    }

    @Test
    void every_data_file_derived_from_third_party_data_is_attributed() throws IOException {
        List<String> all = rows.stream().flatMap(r -> patterns(r).stream()).toList();
        for (Path f : files()) {
            String name = f.toString().replace('\\', '/');
            boolean thirdParty = name.startsWith("ledgers/") || name.startsWith("examples/")
                    || name.startsWith("intensity/") || (name.startsWith("trail") && name.endsWith(".csv"));
            if (thirdParty) {
                assertThat(all).as(name + " needs an attribution row").anyMatch(p -> matches(p, f));
            }
        }
    }

    @Test
    void the_intensity_rows_say_what_the_files_hold() throws IOException {
        assertThat(Files.readAllBytes(sample.resolve("intensity/DE_2023_hourly.csv")))
                .isEqualTo(ReferenceData.DE_2023_HOURLY.bytes());
        String deRow = rows.stream().filter(r -> r.startsWith("| intensity/DE_2023_hourly.csv")).findFirst().orElseThrow();
        assertThat(deRow).contains("unmodified", "8,760 rows");
        Path shifted = sample.resolve("intensity/europe-west3_2026-08_2026-10_hourly_SAMPLE.csv");
        List<String> lines = Files.readAllLines(shifted);
        String row = rows.stream().filter(r -> r.startsWith("| intensity/europe-west3")).findFirst().orElseThrow();
        assertThat(lines.get(1)).startsWith("2026-07-31T00:00:00Z,");
        assertThat(lines.getLast()).startsWith("2026-11-01T23:00:00Z,");
        assertThat(row).contains("2026-07-31 00:00 to 2026-11-01 23:00 UTC");
        assertThat(lines.subList(1, lines.size())).noneMatch(l -> l.endsWith(",true"));
    }

    @Test
    void the_gpu_row_names_the_tdps_the_reference_file_gives() {
        String row = rows.stream().filter(r -> r.contains("data/gpus.csv")).findFirst().orElseThrow();
        for (String gpu : List.of("H100 SXM", "A100 SXM4 80 GB", "L4", "T4", "RTX A6000")) {
            double watts = dev.greenops.model.reference.GpuSpecs.byName(gpu).orElseThrow().tdpWatts();
            assertThat(row).contains(gpu + " " + Math.round(watts) + " W");
        }
    }
}
