package dev.greenops.model.trail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.greenops.model.common.InvalidInputException;
import dev.greenops.model.trail.demo.DemoSigstore;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TrustRootsTest {

    @TempDir
    Path tmp;

    @Test
    void the_bundled_production_root_loads_offline_and_says_how_old_it_is() {
        TrustRoot root = TrustRoots.bundledProduction();
        TrustRootInfo info = root.info();
        assertThat(info.label()).isEqualTo("Sigstore public-good production");
        assertThat(info.demo()).isFalse();
        assertThat(info.asOf()).isEqualTo(Instant.parse("2025-10-21T15:56:22Z"));
        assertThat(info.ageDays(Instant.parse("2026-11-23T00:00:00Z"))).isEqualTo(397);
        assertThat(info.describe(Instant.parse("2025-10-22T16:00:00Z"))).isEqualTo(
                "Sigstore public-good production (as of 2025-10-21, 1 day old)");
        assertThat(info.sha256()).hasSize(64);
    }

    @Test
    void a_copy_of_the_bundled_snapshot_in_a_file_is_recognised_as_that_snapshot() throws Exception {
        Path copy = tmp.resolve("trusted_root.json");
        Files.write(copy, TrustRoots.bundledProductionBytes());
        assertThat(TrustRoots.load(copy).info().asOf()).isEqualTo(TrustRoots.BUNDLED_PRODUCTION_AS_OF);
    }

    @Test
    void a_demo_root_is_marked_demo_and_named_after_its_ca_and_log() throws Exception {
        Path file = tmp.resolve("DEMO-trusted_root.json");
        Files.writeString(file, new DemoSigstore().trustedRootJson());
        TrustRootInfo info = TrustRoots.load(file).info();
        assertThat(info.demo()).isTrue();
        assertThat(info.label()).contains("DEMO").contains("rekor.demo.greenops.example");
        assertThat(info.describe(Instant.now())).startsWith("DEMO ");
        assertThat(info.asOfBasis()).isEqualTo("the newest validFor.start of its keys and CAs");
        assertThat(info.newestKeyStart()).isEqualTo(DemoSigstore.VALID_FROM);
    }

    @Test
    void a_root_file_s_age_comes_from_its_newest_key_not_from_when_the_file_was_copied() throws Exception {
        Path file = tmp.resolve("root.json");
        Files.writeString(file, new DemoSigstore().trustedRootJson());
        Files.setLastModifiedTime(file, java.nio.file.attribute.FileTime.from(Instant.parse("2020-01-01T00:00:00Z")));
        TrustRootInfo old = TrustRoots.load(file).info();
        Files.setLastModifiedTime(file, java.nio.file.attribute.FileTime.from(Instant.parse("2026-11-20T00:00:00Z")));
        TrustRootInfo fresh = TrustRoots.load(file).info();
        assertThat(old.asOf()).isEqualTo(fresh.asOf()).isEqualTo(DemoSigstore.VALID_FROM);
        Instant now = DemoSigstore.VALID_FROM.plus(java.time.Duration.ofDays(40));
        assertThat(fresh.ageDays(now)).isEqualTo(40);
    }

    @Test
    void a_demo_root_says_demo_once_in_its_label() throws Exception {
        Path file = tmp.resolve("DEMO-trusted_root.json");
        Files.writeString(file, new DemoSigstore().trustedRootJson());
        TrustRootInfo info = TrustRoots.load(file).info();
        assertThat(info.label()).contains("DEMO"); // the CA's own name says DEMO
        String described = info.describe(Instant.parse("2026-11-01T00:00:00Z"));
        assertThat(described).startsWith("DEMO ");
        assertThat(described.split("DEMO", -1)).as(described).hasSize(2);
        assertThat(info.displayLabel().split("DEMO", -1)).hasSize(2);
    }

    @Test
    void a_key_without_a_validity_start_is_refused_with_its_line_and_column() throws Exception {
        String json = new DemoSigstore().trustedRootJson();
        String broken = json.replaceFirst("\"validFor\":\\{\\s*\"start\":\"[^\"]+\"\\s*}", "\"validFor\":{}");
        assertThat(broken).isNotEqualTo(json);
        Path file = tmp.resolve("root.json");
        Files.writeString(file, broken);
        assertThatThrownBy(() -> TrustRoots.load(file))
                .isInstanceOf(InvalidInputException.class)
                .satisfies(e -> {
                    var p = ((InvalidInputException) e).problems().getFirst();
                    assertThat(p.file()).isEqualTo(file.toString());
                    assertThat(p.line()).isGreaterThan(1);
                    assertThat(p.column()).isPositive();
                    assertThat(p.message()).contains("tlogs[0]").contains("validFor has no start");
                });
    }

    @Test
    void unreadable_roots_are_invalid_input_naming_the_place() throws Exception {
        Path bad = tmp.resolve("bad.json");
        Files.writeString(bad, "{\n  \"mediaType\": \"application/vnd.dev.sigstore.trustedroot+json;version=0.1\",\n  \"tlogs\": [,]\n}");
        assertThatThrownBy(() -> TrustRoots.load(bad)).isInstanceOf(InvalidInputException.class)
                .hasMessageStartingWith(bad + ":3:");
        Path wrongType = tmp.resolve("wrong.json");
        Files.writeString(wrongType, "{\"mediaType\": \"application/json\"}", StandardCharsets.UTF_8);
        assertThatThrownBy(() -> TrustRoots.load(wrongType)).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("mediaType");
        assertThatThrownBy(() -> TrustRoots.load(tmp.resolve("missing.json"))).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("no such file");
    }

    @Test
    void an_empty_file_or_a_folder_as_the_root_is_named_as_such() throws Exception {
        Path empty = Files.createFile(tmp.resolve("empty.json"));
        Path folder = Files.createDirectories(tmp.resolve("root"));
        assertThatThrownBy(() -> TrustRoots.load(empty)).isInstanceOf(InvalidInputException.class)
                .hasMessage(empty + ":0:0: the file is empty (expected a Sigstore trusted_root.json)");
        assertThatThrownBy(() -> TrustRoots.load(folder)).isInstanceOf(InvalidInputException.class)
                .hasMessage(folder + ":0:0: is a folder (expected a Sigstore trusted_root.json)");
    }

    @Test
    void a_binary_or_utf16_root_is_a_problem_of_the_whole_file_at_0_0() throws Exception {
        Path binary = Files.write(tmp.resolve("root.der"), new byte[] {0x30, (byte) 0x82, 1, 0, 0, 5, 6, 7});
        Path utf16 = Files.write(tmp.resolve("utf16.json"), new DemoSigstore().trustedRootJson()
                .getBytes(StandardCharsets.UTF_16LE));
        assertThatThrownBy(() -> TrustRoots.load(binary)).isInstanceOf(InvalidInputException.class)
                .hasMessage(binary + ":0:0: the file holds binary data, not text (expected a Sigstore trusted_root.json)");
        assertThatThrownBy(() -> TrustRoots.load(utf16)).isInstanceOf(InvalidInputException.class)
                .hasMessage(utf16 + ":0:0: the file is UTF-16 text (expected UTF-8 text: save the file as UTF-8)");
    }

    @Test
    void a_truncated_root_is_one_problem_where_jackson_stopped_in_its_words_with_what_was_expected() throws Exception {
        Path truncated = tmp.resolve("truncated.json");
        Files.writeString(truncated, "{\n  \"mediaType\": \"application/vnd.dev.sigstore.trustedroot+json;version=0.1\",\n"
                + "  \"tlogs\": [\n", StandardCharsets.UTF_8);
        InvalidInputException e = org.assertj.core.api.Assertions.catchThrowableOfType(InvalidInputException.class,
                () -> TrustRoots.load(truncated));
        assertThat(e.problems()).hasSize(1);
        assertThat(e.problems().getFirst().format()).isEqualTo(truncated + ":4:1: the JSON ends too early (the file"
                + " looks truncated): Unexpected end-of-input: expected close marker for Array (start marker at line 3,"
                + " column 12) (expected a Sigstore trusted_root.json)");
        Path malformed = Files.writeString(tmp.resolve("malformed.json"), "{\"mediaType\": ,}");
        assertThatThrownBy(() -> TrustRoots.load(malformed)).isInstanceOf(InvalidInputException.class)
                .hasMessageStartingWith(malformed + ":1:15: malformed JSON: Unexpected character (',' (code 44))")
                .hasMessageEndingWith("(expected a Sigstore trusted_root.json)")
                .hasMessageNotContaining("[Source").hasMessageNotContaining("REDACTED");
    }
}
