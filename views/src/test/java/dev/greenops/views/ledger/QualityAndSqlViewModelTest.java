package dev.greenops.views.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import dev.greenops.model.ledger.explore.DataQuality;
import dev.greenops.model.ledger.explore.LedgerColumn;
import dev.greenops.model.ledger.explore.LedgerFilter;
import dev.greenops.model.ledger.explore.LedgerQuery;
import dev.greenops.model.ledger.explore.QualityCheck;
import dev.greenops.model.query.QueryHistory;
import dev.greenops.model.store.Workspace;
import dev.greenops.views.common.AppContext;
import dev.greenops.views.testing.RecordingPrompts;
import dev.greenops.views.testing.TestContext;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class QualityAndSqlViewModelTest {

    static Workspace ws;
    static long rows;

    @BeforeAll
    static void open() throws Exception {
        ws = TestContext.fixtureWorkspace();
        rows = ws.count("ledger");
    }

    @AfterAll
    static void close() {
        ws.close();
    }

    @Test
    void quality_lists_every_check_with_counts_and_the_mismatching_rows_with_both_figures() {
        AppContext context = TestContext.of(ws, new RecordingPrompts());
        QualityViewModel vm = new QualityViewModel(context, () -> LedgerQuery.ALL);
        vm.reload();
        assertThat(vm.checks()).extracting(DataQuality.CheckResult::check).containsExactly(QualityCheck.values());
        long mismatching = vm.mismatchCount();
        assertThat(mismatching).isGreaterThan(0);
        assertThat(vm.mismatches()).hasSize((int) Math.min(mismatching, QualityViewModel.MAX_LISTED));
        assertThat(vm.mismatches()).allSatisfy(r -> {
            assertThat(r.recomputes()).isFalse();
            assertThat(r.deviationPercent()).isEqualByComparingTo("8.00");
        });
        DataQuality.CheckResult owners = vm.checks().stream()
                .filter(c -> c.check() == QualityCheck.OWNER_NOT_EMAIL).findFirst().orElseThrow();
        // feature-backfill's owner is 'unknown': 2 nodes a day over the 92 days of the quarter
        assertThat(owners.failing()).isEqualTo(184);
        assertThat(vm.summaryProperty().get()).isEqualTo("0 error checks and 3 warning checks fail over "
                + dev.greenops.views.common.Fmt.rows(rows) + ".");
    }

    @Test
    void quality_follows_the_scope_it_is_given() {
        AppContext context = TestContext.of(ws, new RecordingPrompts());
        QualityViewModel vm = new QualityViewModel(context,
                () -> LedgerQuery.of(new LedgerFilter.Equals(LedgerColumn.TEAM, "search")));
        vm.reload();
        assertThat(vm.checks().getFirst().rows()).isLessThan(rows);
        assertThat(vm.checks().stream().filter(c -> c.check() == QualityCheck.OWNER_NOT_EMAIL).findFirst().orElseThrow()
                .failing()).isZero();
    }

    @Test
    void the_console_runs_read_only_queries_refuses_the_rest_and_keeps_a_history(@TempDir Path dir) throws Exception {
        AppContext context = TestContext.of(ws, new RecordingPrompts());
        QueryHistory history = QueryHistory.load(dir.resolve("h.json"));
        SqlConsoleViewModel vm = new SqlConsoleViewModel(context, history);
        vm.textProperty().set("select team, count(*) as n from ledger group by team order by team");
        vm.run();
        assertThat(vm.errorProperty().get()).isEmpty();
        assertThat(vm.resultProperty().get().columns()).extracting(c -> c.name()).containsExactly("team", "n");
        assertThat(vm.resultProperty().get().rows()).hasSize(5);
        assertThat(vm.statusProperty().get()).startsWith("5 rows in ");

        vm.textProperty().set("delete from ledger");
        vm.run();
        assertThat(vm.errorProperty().get()).contains("DELETE statements are refused");
        assertThat(ws.count("ledger")).isEqualTo(rows);

        vm.textProperty().set("select * from read_csv('/etc/passwd')");
        vm.run();
        assertThat(vm.errorProperty().get()).startsWith("read_csv(...) is refused");

        assertThat(vm.history()).hasSize(3);
        assertThat(vm.previous()).isTrue();
        assertThat(vm.textProperty().get()).isEqualTo("select * from read_csv('/etc/passwd')");
        assertThat(vm.previous()).isTrue();
        assertThat(vm.textProperty().get()).isEqualTo("delete from ledger");
        assertThat(vm.next()).isTrue();
        assertThat(vm.next()).isFalse();
        assertThat(QueryHistory.load(dir.resolve("h.json")).entries()).hasSize(3);
    }

    @Test
    void a_large_result_is_cut_and_says_so(@TempDir Path dir) {
        SqlConsoleViewModel vm = new SqlConsoleViewModel(TestContext.of(ws, new RecordingPrompts()),
                QueryHistory.load(dir.resolve("h.json")));
        vm.textProperty().set("select * from range(20000)");
        vm.run();
        assertThat(vm.resultProperty().get().rows()).hasSize(SqlConsoleViewModel.MAX_ROWS);
        assertThat(vm.statusProperty().get()).startsWith("First 10,000 rows shown");
        assertThat(List.of(vm.errorProperty().get())).containsExactly("");
    }
}
