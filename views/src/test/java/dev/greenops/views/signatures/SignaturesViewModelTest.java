package dev.greenops.views.signatures;

import static org.assertj.core.api.Assertions.assertThat;

import dev.greenops.model.store.AppPaths;
import dev.greenops.model.store.UserSettings;
import dev.greenops.model.store.Workspace;
import dev.greenops.model.trail.DayStatus;
import dev.greenops.model.trail.TrailSamplePart;
import dev.greenops.views.common.AppContext;
import dev.greenops.views.common.TaskRunner;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The view model on the bundled sample trail, without starting JavaFX (the task runner runs on this thread). */
class SignaturesViewModelTest {

    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-23T09:00:00Z"), ZoneOffset.UTC);

    final Workspace workspace = Workspace.inMemory();
    final SignaturesViewModel model = new SignaturesViewModel(new AppContext(workspace, TaskRunner.direct(), new UserSettings()), CLOCK);

    @TempDir
    Path tmp;

    @AfterEach
    void close() {
        workspace.close();
    }

    static Path sample() {
        return AppPaths.sampleDataDir().orElseThrow(() -> new AssertionError("sample-data not found"));
    }

    @Test
    void by_default_it_verifies_the_sample_trail_against_the_demo_root_and_stores_the_run() throws Exception {
        assertThat(model.useSampleDefaults()).isTrue();
        assertThat(model.rootInfoProperty().get().demo()).isTrue();
        assertThat(model.bannerText()).startsWith("Trusted root: DEMO ").contains("days old").contains("prove nothing");
        model.verify();
        assertThat(model.reportProperty().get().summaryLine()).isEqualTo("30 of 30 days verified");
        assertThat(model.days()).hasSize(30).allSatisfy(d -> assertThat(d.status()).isEqualTo(DayStatus.VERIFIED));
        assertThat(model.selectedProperty().get().date()).isEqualTo(TrailSamplePart.FROM);
        assertThat(model.detail()).anySatisfy(l -> {
            assertThat(l.label()).isEqualTo("Inclusion proof");
            assertThat(l.passed()).isTrue();
        });
        assertThat(model.detail()).anySatisfy(l -> {
            assertThat(l.label()).isEqualTo("SCT");
            assertThat(l.mark()).isEqualTo("\u2713");
        });
        assertThat(model.detailText()).contains("Bundle digest (SHA-256): ").contains("Log index: 0");
        assertThat(workspace.count("verification")).isEqualTo(30);
        assertThat(model.runningProperty().get()).isFalse();
    }

    @Test
    void the_tampered_trail_selects_the_first_failure_and_can_show_failures_only() {
        assertThat(model.useSample(sample(), TrailSamplePart.TAMPERED_DIR)).isTrue();
        model.verify();
        assertThat(model.statuses()).contains("2026-10-17 TAMPERED", "2026-10-24 MISSING_LEDGER").hasSize(30);
        assertThat(model.selectedProperty().get().date()).isEqualTo(LocalDate.parse("2026-10-17"));
        assertThat(model.detail()).anySatisfy(l -> {
            assertThat(l.label()).isEqualTo("Ledger unchanged");
            assertThat(l.passed()).isFalse();
        });
        model.failuresOnlyProperty().set(true);
        assertThat(model.visibleDays()).hasSize(2);
        model.failuresOnlyProperty().set(false);
        assertThat(model.visibleDays()).hasSize(30);
        assertThat(model.messageProperty().get()).isEmpty();
    }

    @Test
    void against_the_bundled_production_root_every_day_is_untrusted_and_the_banner_is_not_demo() {
        model.useSampleDefaults();
        model.useBundledProductionRoot();
        assertThat(model.rootInfoProperty().get().demo()).isFalse();
        assertThat(model.bannerText())
                .startsWith("Trusted root: Sigstore public-good production (as of 2025-10-21, 397 days old)");
        model.verify();
        assertThat(model.days()).hasSize(30).allSatisfy(d -> assertThat(d.status()).isEqualTo(DayStatus.UNTRUSTED));
    }

    @Test
    void a_missing_identity_a_bad_regex_or_a_broken_root_are_explained_not_verified() throws Exception {
        model.useSampleDefaults();
        model.sanProperty().set("");
        model.verify();
        assertThat(model.reportProperty().get()).isNull();
        assertThat(model.messageProperty().get()).contains("expected signer");
        model.sanProperty().set("ledger-signer@(demo");
        model.sanIsRegexProperty().set(true);
        model.verify();
        assertThat(model.messageProperty().get()).startsWith("The SAN regular expression is not valid");
        Path broken = tmp.resolve("root.json");
        Files.writeString(broken, "{\n \"mediaType\": 7,\n");
        model.rootFileProperty().set(broken);
        assertThat(model.rootProblemProperty().get()).startsWith(broken + ":");
        assertThat(model.bannerText()).isEqualTo(model.rootProblemProperty().get());
        model.sanIsRegexProperty().set(false);
        model.sanProperty().set("ledger-signer@demo.greenops.example");
        model.verify();
        assertThat(model.reportProperty().get()).isNull();
    }

    @Test
    void the_report_and_the_days_export() throws Exception {
        model.useSample(sample(), TrailSamplePart.TAMPERED_DIR);
        model.verify();
        model.exportReport(tmp.resolve("r.md"));
        model.exportReport(tmp.resolve("r.pdf"));
        model.exportCsv(tmp.resolve("days.csv"), DayTexts.csv(model.days()));
        assertThat(Files.readString(tmp.resolve("r.md"))).contains("2026-10-17 | **TAMPERED**");
        assertThat(Files.size(tmp.resolve("r.pdf"))).isPositive();
        assertThat(Files.readAllLines(tmp.resolve("days.csv"))).hasSize(31).element(16).asString()
                .startsWith("2026-10-17,TAMPERED,");
        assertThat(model.messageProperty().get()).startsWith("Days written to");
    }
}
