package dev.greenops.views.overview;

import static org.assertj.core.api.Assertions.assertThat;

import dev.greenops.model.ledger.explore.LedgerColumn;
import dev.greenops.model.ledger.explore.LedgerFilter;
import dev.greenops.model.ledger.explore.Overview;
import dev.greenops.model.ledger.explore.QualityCheck;
import dev.greenops.model.store.Workspace;
import dev.greenops.views.common.AppContext;
import dev.greenops.views.common.LedgerRequest;
import dev.greenops.views.testing.RecordingPrompts;
import dev.greenops.views.testing.TestContext;
import java.time.LocalDate;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class OverviewViewModelTest {

    static Workspace ws;

    @BeforeAll
    static void open() throws Exception {
        ws = TestContext.fixtureWorkspace();
    }

    @AfterAll
    static void close() {
        ws.close();
    }

    @Test
    void the_tiles_total_the_quarter_say_there_is_nothing_before_it_and_compare_the_last_two_months() {
        AppContext context = TestContext.of(ws, new RecordingPrompts());
        OverviewViewModel vm = new OverviewViewModel(context);
        vm.reload();
        Overview o = vm.overviewProperty().get();
        assertThat(OverviewViewModel.label(o.period())).isEqualTo("Aug \u2013 Oct 2026");
        assertThat(vm.tiles()).extracting(Tile::id).containsExactly("emissions", "energy", "gpu-hours", "attribution");
        Tile emissions = vm.tiles().getFirst();
        assertThat(emissions.value()).isEqualTo(dev.greenops.views.common.Fmt.kg(o.current().emissionsKgCo2e()));
        assertThat(emissions.value()).matches("[0-9,]+ kgCO2e"); // a quarter's total needs no decimals
        // data-platform reports no market-based figure: the tile says on how many rows the sum is
        assertThat(emissions.detail()).startsWith("Market-based: ").endsWith(" of 593 rows)");
        assertThat(emissions.trendText()).isEqualTo("No data for May \u2013 Jul 2026 to compare with");
        assertThat(emissions.trend()).isEqualTo(Tile.Trend.NONE);
        assertThat(emissions.monthText()).startsWith("Oct vs Sep: ");
        Tile attribution = vm.tiles().get(3);
        assertThat(attribution.value()).isEqualTo("69.0%"); // 409 of 593 rows name an owner email
        assertThat(attribution.detail()).startsWith("409 of 593 rows");
        assertThat(attribution.filters()).contains(new LedgerFilter.FailsCheck(QualityCheck.NOT_FULLY_ATTRIBUTED));
        assertThat(o.verification()).isEmpty();
        assertThat(o.replay()).isEmpty();
    }

    @Test
    void with_a_shared_range_the_trend_compares_with_the_period_before() {
        AppContext context = TestContext.of(ws, new RecordingPrompts());
        context.rangeFromProperty().set(LocalDate.of(2026, 10, 1));
        context.rangeToProperty().set(LocalDate.of(2026, 10, 31));
        OverviewViewModel vm = new OverviewViewModel(context);
        vm.reload();
        assertThat(OverviewViewModel.label(vm.overviewProperty().get().period())).isEqualTo("Oct 2026");
        assertThat(vm.tiles().getFirst().trendText()).matches("[+\u2212\u00b1][0-9.]+% vs Sep 2026");
        assertThat(vm.tiles().get(3).trendText()).endsWith(" points vs Sep 2026");
        assertThat(vm.tiles().getFirst().monthText()).isEmpty();
    }

    @Test
    void a_tile_and_a_bar_open_the_ledger_on_their_rows() {
        AppContext context = TestContext.of(ws, new RecordingPrompts());
        OverviewViewModel vm = new OverviewViewModel(context);
        vm.reload();
        vm.open(vm.tiles().getFirst());
        LedgerRequest r = context.ledgerRequestProperty().get();
        assertThat(r.filters()).containsExactly(new LedgerFilter.DateRange(LocalDate.of(2026, 8, 1), LocalDate.of(2026, 10, 31)));
        assertThat(r.origin()).isEqualTo("Overview: Emissions, location-based");
        vm.openBar("risk", LocalDate.of(2026, 9, 1));
        assertThat(context.ledgerRequestProperty().get().filters()).containsExactly(
                new LedgerFilter.DateRange(LocalDate.of(2026, 9, 1), LocalDate.of(2026, 9, 30)),
                new LedgerFilter.Equals(LedgerColumn.TEAM, "risk"));
    }

    @Test
    void a_replay_or_a_verification_stored_elsewhere_refreshes_the_overview_without_being_asked() throws Exception {
        try (Workspace own = TestContext.fixtureWorkspace()) {
            AppContext context = TestContext.of(own, new RecordingPrompts());
            OverviewViewModel vm = new OverviewViewModel(context);
            vm.reload();
            assertThat(vm.overviewProperty().get().replay()).isEmpty();
            int before = context.workspaceWritesProperty().get();

            // what the Scheduler screen does after a replay, with no word to the Overview
            var trace = new dev.greenops.model.schedule.JobRecord.Trace("europe-west3", "s", 1, 80, "perfect",
                    dev.greenops.model.schedule.JobRecord.Cause.WINDOW_EXPIRED, 100, 90, null, 0);
            java.time.Instant t0 = java.time.Instant.parse("2026-08-02T02:00:00Z");
            var forced = new dev.greenops.model.schedule.JobRecord("train", dev.greenops.model.schedule.JobClass.SOFT,
                    "europe-west3", t0, t0.plusSeconds(6 * 3600), 6, t0.plusSeconds(6 * 3600),
                    dev.greenops.model.schedule.Decision.FORCED_AT_EXPIRY, dev.greenops.model.schedule.Policy.THRESHOLD,
                    1.8, 100, 90, 0.18, 0.162, 0.018, 10.0, true, "s", trace);
            dev.greenops.model.schedule.JobMetricsStore.save(own, "elsewhere", java.util.List.of(forced),
                    dev.greenops.model.common.ProgressListener.NONE);

            assertThat(context.workspaceWritesProperty().get()).isEqualTo(before + 1);
            Overview.Replay r = vm.overviewProperty().get().replay().orElseThrow();
            assertThat(r.replayId()).isEqualTo("elsewhere");
            assertThat(r.deferred()).as("a forced run waited: the Scheduler counts it as deferred").isEqualTo(1);
        }
    }
}
