package dev.greenops.model.ledger.explore;

import static org.assertj.core.api.Assertions.assertThat;

import dev.greenops.model.common.ProgressListener;
import dev.greenops.model.store.Workspace;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class DataQualityTest {

    Workspace ws;
    DataQuality quality;

    @BeforeEach
    void fill() throws SQLException {
        ws = Workspace.inMemory();
        quality = new DataQuality(ws);
        LedgerFixture f = new LedgerFixture(ws).batch("a.csv");
        // 10 kWh x 400 g = 4 kg: 4.019 is 0.475% off (kept), 4.03 is 0.75% off (flagged), 5 is 25% off (flagged)
        f.row("2026-08-01", "search", "j1").emissions("4.019").add();
        f.row("2026-08-02", "search", "j1").emissions("4.03").add();
        f.row("2026-08-03", "search", "j1").emissions("5").add();
        f.row("2026-08-04", "search", "j1").owner("unknown").market("3.9").add();
        f.row("2026-08-04", "search", "j1").methodology("unknown").source("gcp:annual-average:2024").market("3.9").add();
        f.row("2099-01-01", "search", "j2").resource("node-9").market("3.9").add();
        f.batch("b.csv");
        // the same (date, resource, job) as the first row of a.csv, imported again: it would count twice
        f.row("2026-08-01", "search", "j1").market("3.9").add();
        // a tiny row 20% off by less than half a gram is rounding, not a failure: 0.001 kWh x 400 g = 0.0004 kg
        f.row("2026-08-05", "search", "j3").energy("0.001").emissions("0.00048").market("0.0001").add();
    }

    @AfterEach
    void close() {
        ws.close();
    }

    private Map<QualityCheck, Long> failing(LedgerQuery scope) throws SQLException {
        return quality.run(scope, ProgressListener.NONE).stream()
                .collect(Collectors.toMap(DataQuality.CheckResult::check, DataQuality.CheckResult::failing));
    }

    @Test
    void each_check_counts_exactly_the_rows_that_fail_it() throws SQLException {
        Map<QualityCheck, Long> f = failing(LedgerQuery.ALL);
        assertThat(f.get(QualityCheck.EMISSIONS_DO_NOT_RECOMPUTE)).isEqualTo(2);
        assertThat(f.get(QualityCheck.REPEATED_ACROSS_IMPORTS)).isEqualTo(2); // 2026-08-01 node-1 j1, in a and in b
        assertThat(f.get(QualityCheck.FUTURE_DATE)).isEqualTo(1);
        assertThat(f.get(QualityCheck.OWNER_NOT_EMAIL)).isEqualTo(1);
        assertThat(f.get(QualityCheck.NOT_FULLY_ATTRIBUTED)).isEqualTo(2);
        assertThat(f.get(QualityCheck.UNKNOWN_ATTRIBUTION)).isEqualTo(1);
        assertThat(f.get(QualityCheck.ANNUAL_AVERAGE_INTENSITY)).isEqualTo(1);
        assertThat(f.get(QualityCheck.NO_MARKET_BASED)).isEqualTo(3);
        assertThat(f.get(QualityCheck.IMPOSSIBLE_VALUE)).isZero();
    }

    @Test
    void checks_respect_the_scope() throws SQLException {
        LedgerQuery batchB = LedgerQuery.of(new LedgerFilter.TextContains(LedgerColumn.JOB_ID, "j1"),
                new LedgerFilter.DateRange(java.time.LocalDate.of(2026, 8, 3), null));
        Map<QualityCheck, Long> f = failing(batchB);
        assertThat(f.get(QualityCheck.EMISSIONS_DO_NOT_RECOMPUTE)).isEqualTo(1);
    }

    @Test
    void mismatches_list_both_figures_largest_deviation_first_and_the_jump_filter_selects_them() throws SQLException {
        List<LedgerRow> rows = quality.mismatches(LedgerQuery.ALL, 10);
        assertThat(rows).extracting(r -> r.emissionsKgCo2e().toPlainString()).containsExactly("5.000000", "4.030000");
        assertThat(rows.getFirst().recomputedKgCo2e()).isEqualByComparingTo("4");
        assertThat(rows).allSatisfy(r -> assertThat(r.recomputes()).isFalse());
        long jumped = new LedgerExplorer(ws)
                .count(LedgerQuery.of(new LedgerFilter.FailsCheck(QualityCheck.EMISSIONS_DO_NOT_RECOMPUTE)));
        assertThat(jumped).isEqualTo(rows.size());
    }
}
