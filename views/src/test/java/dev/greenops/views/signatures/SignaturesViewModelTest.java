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
import java.util.List;
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
        assertThat(model.bannerText().split("DEMO", -1)).as("DEMO said once").hasSize(2);
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

    @Test
    void choosing_another_trail_clears_the_verdict_at_once_and_verifies_the_new_trail() {
        model.useSampleDefaults();
        model.verify();
        assertThat(model.reportProperty().get().allVerified()).isTrue();

        // the folder alone changes (as a drop or a typed path would): the old verdict must not stay on screen
        model.trailDirProperty().set(sample().resolve(TrailSamplePart.TAMPERED_DIR));
        assertThat(model.reportProperty().get()).isNull();
        assertThat(model.reportIsCurrent()).isFalse();
        assertThat(model.days()).isEmpty();
        assertThat(model.visibleDays()).isEmpty();
        assertThat(model.selectedProperty().get()).isNull();
        assertThat(model.detail()).isEmpty();
        assertThat(model.pendingProperty().get()).startsWith("Not verified: the trail folder changed");

        model.chooseTrail(sample().resolve(TrailSamplePart.TAMPERED_DIR));
        assertThat(model.reportProperty().get().summaryLine()).isEqualTo("28 of 30 days verified, 2 failed");
        assertThat(model.pendingProperty().get()).isEmpty();
    }

    @Test
    void a_result_cleared_by_a_change_cannot_be_exported() throws Exception {
        model.useSampleDefaults();
        model.verify();
        model.trailDirProperty().set(sample().resolve(TrailSamplePart.TAMPERED_DIR));
        Path file = tmp.resolve("report.md");
        model.exportReport(file);
        assertThat(file).doesNotExist();
        assertThat(model.messageProperty().get()).startsWith("Verify a trail first");
    }

    @Test
    void editing_the_identity_policy_the_root_or_the_days_clears_the_verdict() {
        model.useSampleDefaults();
        for (Runnable change : List.<Runnable>of(
                () -> model.sanProperty().set(model.sanProperty().get() + "x"),
                () -> model.sanIsRegexProperty().set(!model.sanIsRegexProperty().get()),
                () -> model.issuerProperty().set("https://issuer.example"),
                () -> model.fromProperty().set(LocalDate.parse("2026-10-05")),
                () -> model.toProperty().set(LocalDate.parse("2026-10-25")),
                model::useBundledProductionRoot)) {
            model.useSampleDefaults();
            model.fromProperty().set(null);
            model.toProperty().set(null);
            model.verify();
            assertThat(model.reportIsCurrent()).isTrue();
            change.run();
            assertThat(model.reportProperty().get()).isNull();
            assertThat(model.days()).isEmpty();
            assertThat(model.messageProperty().get()).startsWith("Not verified: the ").contains("changed");
        }
    }

    @Test
    void a_verification_that_finishes_after_the_inputs_changed_is_discarded() {
        HeldTasks tasks = new HeldTasks();
        SignaturesViewModel held = new SignaturesViewModel(new AppContext(workspace, tasks, new UserSettings()), CLOCK);
        held.useSampleDefaults();
        held.verify(); // still running when the signer changes
        held.sanProperty().set("someone-else@example.org");
        tasks.finishAll();
        assertThat(held.reportProperty().get()).isNull();
        assertThat(held.days()).isEmpty();
        assertThat(held.runningProperty().get()).isFalse();
        assertThat(held.messageProperty().get()).contains("discarded");
    }

    @Test
    void only_the_newest_of_two_verifications_fills_the_screen() {
        HeldTasks tasks = new HeldTasks();
        SignaturesViewModel held = new SignaturesViewModel(new AppContext(workspace, tasks, new UserSettings()), CLOCK);
        held.useSampleDefaults();
        held.verify();
        held.chooseTrail(sample().resolve(TrailSamplePart.TAMPERED_DIR));
        tasks.finishAll(); // the good trail's result arrives first, then the tampered one's
        assertThat(held.reportProperty().get().summaryLine()).isEqualTo("28 of 30 days verified, 2 failed");
        assertThat(held.reportProperty().get().trailDir()).endsWith(Path.of(TrailSamplePart.TAMPERED_DIR));
    }

    /** A task runner that holds every task until the test lets them finish, in the order they were started. */
    static final class HeldTasks extends TaskRunner {
        private final List<Runnable> held = new java.util.ArrayList<>();

        HeldTasks() {
            super(null);
        }

        @Override
        public <T> void run(String title, dev.greenops.views.common.Work<T> work, java.util.function.Consumer<T> onSuccess,
                java.util.function.Consumer<Throwable> onFailure) {
            held.add(() -> TaskRunner.direct().run(title, work, onSuccess, onFailure));
        }

        void finishAll() {
            List<Runnable> now = List.copyOf(held);
            held.clear();
            now.forEach(Runnable::run);
        }
    }
}
