package dev.greenops.model.ledger.explore;

import static org.assertj.core.api.Assertions.assertThat;

import dev.greenops.model.common.ProgressListener;
import dev.greenops.model.store.Workspace;
import java.sql.SQLException;
import java.time.LocalDate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class OverviewServiceTest {

    Workspace ws;

    @BeforeEach
    void fill() throws SQLException {
        ws = Workspace.inMemory();
        LedgerFixture f = new LedgerFixture(ws).batch("q.csv");
        f.row("2026-07-15", "search", "j").energy("10").add(); // the previous period
        f.row("2026-08-15", "search", "j").energy("100").add();
        f.row("2026-09-15", "recsys", "j").energy("50").owner("unknown").add();
        f.row("2026-10-15", "search", "j").energy("60").add();
        f.row("2026-10-16", "recsys", "j").energy("40").add();
    }

    @AfterEach
    void close() {
        ws.close();
    }

    @Test
    void with_no_range_the_period_is_the_three_months_ending_with_the_last_month_of_data() {
        var extent = new LedgerExplorer.Extent(5, LocalDate.of(2026, 7, 15), LocalDate.of(2026, 10, 16));
        Overview.Period p = OverviewService.period(null, null, extent, LocalDate.of(2030, 1, 1));
        assertThat(p).isEqualTo(new Overview.Period(LocalDate.of(2026, 8, 1), LocalDate.of(2026, 10, 31)));
        assertThat(OverviewService.previous(p))
                .isEqualTo(new Overview.Period(LocalDate.of(2026, 5, 1), LocalDate.of(2026, 7, 31)));
        Overview.Period partial = new Overview.Period(LocalDate.of(2026, 8, 10), LocalDate.of(2026, 8, 19));
        assertThat(OverviewService.previous(partial))
                .isEqualTo(new Overview.Period(LocalDate.of(2026, 7, 31), LocalDate.of(2026, 8, 9)));
        assertThat(OverviewService.period(LocalDate.of(2026, 9, 1), null, extent, LocalDate.of(2030, 1, 1)).to())
                .isEqualTo(LocalDate.of(2026, 10, 16));
    }

    @Test
    void the_overview_totals_the_period_against_the_previous_one_with_months_and_teams() throws SQLException {
        Overview o = new OverviewService(ws).load(null, null, ProgressListener.NONE);
        assertThat(o.current().rows()).isEqualTo(4);
        assertThat(o.current().energyKwh()).isEqualByComparingTo("250");
        assertThat(o.currentAttributed()).isEqualTo(3);
        assertThat(o.previousTotals().energyKwh()).isEqualByComparingTo("10");
        assertThat(OverviewService.change(o.current().energyKwh(), o.previousTotals().energyKwh())).isEqualTo(2400.0);
        assertThat(o.months()).extracting(m -> m.totals().rows()).containsExactly(1L, 1L, 2L);
        assertThat(o.byTeam()).extracting(t -> t.month().getMonthValue() + ":" + t.team())
                .containsExactly("8:search", "9:recsys", "10:recsys", "10:search");
        assertThat(o.verification()).isEmpty();
        assertThat(o.replay()).isEmpty();
    }

    @Test
    void the_latest_verification_run_and_replay_are_read_from_their_tables() throws SQLException {
        ws.execute("insert into verification values"
                + " ('old', '/t', date '2026-10-02', 'VERIFIED', null, null, null, null, null, 'DEMO', timestamp '2026-11-01 10:00'),"
                + " ('new', '/t', date '2026-10-02', 'VERIFIED', null, null, null, null, null, 'DEMO', timestamp '2026-11-02 10:00'),"
                + " ('new', '/t', date '2026-10-03', 'TAMPERED', 'digest', null, null, null, null, 'DEMO', timestamp '2026-11-02 10:00'),"
                + " ('new', '/t', date '2026-10-04', 'VERIFIED', null, null, null, null, null, 'DEMO', timestamp '2026-11-02 10:00')");
        ws.execute("insert into job_metrics values"
                + " ('r1', 'a', 'soft', 'europe-west3', timestamp '2026-08-02 02:00', timestamp '2026-08-02 02:00', 0, null,"
                + "  'immediate', 'threshold', 1.8, 138, 138, 0.248, 0.248, 0, 0, true, 's'),"
                + " ('r2', 'a', 'soft', 'europe-west3', timestamp '2026-08-02 02:00', timestamp '2026-08-02 05:00', 3, null,"
                + "  'deferred', 'threshold', 1.8, 138, 71, 0.248, 0.128, 0.120, 48, true, 's')");
        Overview o = new OverviewService(ws).load(null, null, ProgressListener.NONE);
        Overview.Verification v = o.verification().orElseThrow();
        assertThat(v.runId()).isEqualTo("new");
        assertThat(v.expectedDays()).isEqualTo(3);
        assertThat(v.verifiedDays()).isEqualTo(2);
        assertThat(v.failures()).containsEntry("TAMPERED", 1L);
        assertThat(v.trustedRoot()).isEqualTo("DEMO");
        assertThat(v.demoRoot()).isTrue();
        Overview.Replay r = o.replay().orElseThrow();
        assertThat(r.replayId()).isEqualTo("r2");
        assertThat(r.savedKgCo2()).isEqualTo(0.120, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(r.savingPct()).isEqualTo(48.387, org.assertj.core.data.Offset.offset(0.001));
        assertThat(r.deferred()).isEqualTo(1);
    }

    @Test
    void the_latest_replay_counts_deferred_runs_as_the_scheduler_does_forced_and_migrated_waits_included()
            throws SQLException {
        java.time.Instant t0 = java.time.Instant.parse("2026-08-02T02:00:00Z");
        java.util.List<dev.greenops.model.schedule.JobRecord> records = java.util.List.of(
                run("now", t0, 0, dev.greenops.model.schedule.Decision.IMMEDIATE),
                run("waited", t0, 3, dev.greenops.model.schedule.Decision.DEFERRED),
                run("forced", t0, 6, dev.greenops.model.schedule.Decision.FORCED_AT_EXPIRY),
                run("moved-later", t0, 2, dev.greenops.model.schedule.Decision.MIGRATED),
                run("moved-at-once", t0, 0, dev.greenops.model.schedule.Decision.MIGRATED));
        dev.greenops.model.schedule.JobMetricsStore.save(ws, "r", records, ProgressListener.NONE);
        int scheduler = dev.greenops.model.schedule.ReplaySummary.of(
                dev.greenops.model.schedule.Policy.THRESHOLD, records, 0).deferred();
        Overview.Replay r = new OverviewService(ws).load(null, null, ProgressListener.NONE).replay().orElseThrow();
        assertThat(scheduler).isEqualTo(3);
        assertThat(r.deferred()).as("the Overview's count is the Scheduler's").isEqualTo(scheduler);
    }

    private static dev.greenops.model.schedule.JobRecord run(
            String id, java.time.Instant submitted, int delayH, dev.greenops.model.schedule.Decision decision) {
        var trace = new dev.greenops.model.schedule.JobRecord.Trace("europe-west3", "s", 1, 80, "perfect",
                dev.greenops.model.schedule.JobRecord.Cause.AT_OR_UNDER_THRESHOLD, 100, 70, null, 0);
        java.time.Instant dispatched = submitted.plusSeconds(3600L * delayH);
        return new dev.greenops.model.schedule.JobRecord(id, dev.greenops.model.schedule.JobClass.SOFT, "europe-west3",
                submitted, dispatched, delayH, submitted.plusSeconds(6 * 3600), decision,
                dev.greenops.model.schedule.Policy.THRESHOLD, 1.8, 100, 70, 0.18, 0.126, 0.054, 30.0, true, "s", trace);
    }
}
