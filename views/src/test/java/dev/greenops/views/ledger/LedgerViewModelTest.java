package dev.greenops.views.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import dev.greenops.model.ledger.explore.Dimension;
import dev.greenops.model.ledger.explore.LedgerColumn;
import dev.greenops.model.ledger.explore.LedgerExplorer;
import dev.greenops.model.ledger.explore.LedgerFilter;
import dev.greenops.model.ledger.explore.LedgerQuery;
import dev.greenops.model.ledger.explore.LedgerRow;
import dev.greenops.model.ledger.explore.Pivot;
import dev.greenops.model.ledger.explore.QualityCheck;
import dev.greenops.model.ledger.explore.Sort;
import dev.greenops.model.ledger.explore.TimeGrain;
import dev.greenops.model.store.Workspace;
import dev.greenops.views.common.AppContext;
import dev.greenops.views.common.LedgerRequest;
import dev.greenops.views.testing.RecordingPrompts;
import dev.greenops.views.testing.TestContext;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LedgerViewModelTest {

    static Workspace ws;
    static long total;
    AppContext context;
    LedgerViewModel vm;

    @BeforeAll
    static void open() throws Exception {
        ws = TestContext.fixtureWorkspace();
        total = ws.count("ledger");
    }

    @AfterAll
    static void close() {
        ws.close();
    }

    @BeforeEach
    void model() {
        context = TestContext.of(ws, new RecordingPrompts());
        vm = new LedgerViewModel(context);
        vm.reload();
    }

    private long count(LedgerQuery q) throws Exception {
        return new LedgerExplorer(ws).count(q);
    }

    @Test
    void reloading_groups_every_row_by_team_and_month_and_pages_the_rows_in_date_order() {
        Pivot p = vm.pivotProperty().get();
        assertThat(p.dimension()).isEqualTo(Dimension.TEAM);
        assertThat(p.periods()).containsExactly(LocalDate.of(2026, 8, 1), LocalDate.of(2026, 9, 1), LocalDate.of(2026, 10, 1));
        assertThat(p.keys()).extracting(Pivot.KeyTotal::key)
                .containsExactlyInAnyOrder("recsys", "search", "risk", "data-platform", "ml-serving");
        assertThat(p.total().rows()).isEqualTo(total);
        assertThat(vm.rowCountProperty().get()).isEqualTo(total);
        assertThat(vm.workspaceRowsProperty().get()).isEqualTo(total);
        assertThat(vm.rows()).hasSize((int) total);
        assertThat(vm.rows().get(0).date()).isEqualTo(LocalDate.of(2026, 8, 1));
        LedgerRow last = vm.rows().get((int) total - 1);
        assertThat(last.date()).isEqualTo(LocalDate.of(2026, 10, 31));
        assertThat(vm.rows().pagesInMemory()).isEqualTo(2);
    }

    @Test
    void a_filter_narrows_pivot_and_rows_and_clears_the_drill_down() throws Exception {
        vm.drillInto(vm.pivotProperty().get().cells().getFirst());
        vm.addFilter(new LedgerFilter.Equals(LedgerColumn.TEAM, "risk"));
        assertThat(vm.drillProperty().get()).isNull();
        assertThat(vm.pivotProperty().get().keys()).extracting(Pivot.KeyTotal::key).containsExactly("risk");
        assertThat(vm.rowCountProperty().get())
                .isEqualTo(count(LedgerQuery.of(new LedgerFilter.Equals(LedgerColumn.TEAM, "risk"))))
                .isGreaterThan(0);
        vm.removeFilter(new LedgerFilter.Equals(LedgerColumn.TEAM, "risk"));
        assertThat(vm.rowCountProperty().get()).isEqualTo(total);
    }

    @Test
    void drilling_into_a_cell_shows_exactly_its_rows_and_their_provenance() {
        vm.groupByProperty().set(Dimension.JOB);
        vm.grainProperty().set(TimeGrain.WEEK);
        Pivot p = vm.pivotProperty().get();
        assertThat(p.dimension()).isEqualTo(Dimension.JOB);
        Pivot.Cell cell = p.cells().stream().filter(c -> c.key().equals("train-rec-v3")).findFirst().orElseThrow();
        vm.drillInto(cell);
        assertThat(vm.rowCountProperty().get()).isEqualTo(cell.totals().rows());
        for (int i = 0; i < vm.rows().size(); i++) {
            LedgerRow r = vm.rows().get(i);
            assertThat(r.jobId()).isEqualTo("train-rec-v3");
            assertThat(TimeGrain.WEEK.start(r.date())).isEqualTo(cell.periodStart());
        }
        assertThat(vm.rowsTitle()).startsWith("Job train-rec-v3 \u00b7 2026-W").endsWith(cell.totals().rows() + " rows");
        Inspection.Summary s = (Inspection.Summary) vm.inspectionProperty().get();
        assertThat(s.provenance().rows()).isEqualTo(cell.totals().rows());
        assertThat(s.provenance().batches()).isNotEmpty();
        assertThat(s.provenance().batches().getFirst().fileName()).startsWith("ufms-003-2026-");
    }

    @Test
    void a_bar_of_the_folded_other_series_drills_into_the_period_of_the_other_keys_only() throws Exception {
        LocalDate aug = LocalDate.of(2026, 8, 1);
        vm.drillIntoBar(null, aug, java.util.Set.of("risk", "ml-serving"));
        long expected = count(LedgerQuery.of(new LedgerFilter.DateRange(aug, LocalDate.of(2026, 8, 31)),
                new LedgerFilter.OneOf(LedgerColumn.TEAM, List.of("risk", "ml-serving"))));
        assertThat(vm.rowCountProperty().get()).isEqualTo(expected).isGreaterThan(0);
    }

    @Test
    void sorting_is_done_by_the_database_and_follows_the_requested_order() {
        vm.sortProperty().set(List.of(new Sort(LedgerColumn.ENERGY_KWH, false)));
        LedgerRow first = vm.rows().get(0);
        LedgerRow second = vm.rows().get(1);
        LedgerRow far = vm.rows().get((int) total - 1);
        assertThat(first.energyKwh()).isGreaterThanOrEqualTo(second.energyKwh());
        assertThat(second.energyKwh()).isGreaterThanOrEqualTo(far.energyKwh());
    }

    @Test
    void the_failing_check_jump_shows_only_rows_that_do_not_recompute() throws Exception {
        vm.showFailing(QualityCheck.EMISSIONS_DO_NOT_RECOMPUTE);
        long n = vm.rowCountProperty().get();
        assertThat(n).isEqualTo(count(LedgerQuery.of(new LedgerFilter.FailsCheck(QualityCheck.EMISSIONS_DO_NOT_RECOMPUTE))))
                .isGreaterThan(0);
        for (int i = 0; i < n; i++) {
            assertThat(vm.rows().get(i).recomputes()).isFalse();
        }
    }

    @Test
    void the_shared_date_range_applies_on_top_of_the_filters() throws Exception {
        context.rangeFromProperty().set(LocalDate.of(2026, 9, 1));
        context.rangeToProperty().set(LocalDate.of(2026, 9, 30));
        assertThat(vm.pivotProperty().get().periods()).containsExactly(LocalDate.of(2026, 9, 1));
        assertThat(vm.rowCountProperty().get()).isEqualTo(
                count(LedgerQuery.of(new LedgerFilter.DateRange(LocalDate.of(2026, 9, 1), LocalDate.of(2026, 9, 30)))));
        assertThat(vm.rowsTitle()).startsWith("Filtered rows");
    }

    @Test
    void a_request_from_another_screen_replaces_filters_and_drill_down() {
        vm.addFilter(new LedgerFilter.Equals(LedgerColumn.TEAM, "risk"));
        vm.showFailing(QualityCheck.EMISSIONS_DO_NOT_RECOMPUTE);
        vm.apply(new LedgerRequest(List.of(new LedgerFilter.Equals(LedgerColumn.JOB_ID, "batch-predict")), "Search: Job"));
        assertThat(vm.filters()).containsExactly(new LedgerFilter.Equals(LedgerColumn.JOB_ID, "batch-predict"));
        assertThat(vm.drillProperty().get()).isNull();
        assertThat(vm.originProperty().get()).isEqualTo("Search: Job");
        assertThat(vm.rows().get(0).jobId()).isEqualTo("batch-predict");
        assertThat(vm.rowCountProperty().get()).isEqualTo(184); // two nodes a day over the quarter
    }

    @Test
    void selected_rows_show_their_batches_and_whether_each_recomputes() {
        List<LedgerRow> some = List.of(vm.rows().get(0), vm.rows().get(1));
        vm.selectRows(some);
        Inspection.Rows r = (Inspection.Rows) vm.inspectionProperty().get();
        assertThat(r.rows()).hasSize(2);
        assertThat(r.batches()).extracting(b -> b.fileName()).containsExactly("ufms-003-2026-08.csv");
        assertThat(r.batches().getFirst().selectedRows()).isEqualTo(2);
        vm.selectRows(List.of());
        assertThat(vm.inspectionProperty().get()).isInstanceOf(Inspection.Summary.class);
    }

    @Test
    void export_writes_the_current_rows_in_the_current_order(@TempDir Path dir) throws Exception {
        vm.addFilter(new LedgerFilter.Equals(LedgerColumn.TEAM, "search"));
        Path out = dir.resolve("rows.csv");
        vm.exportRows(out);
        List<String> lines = Files.readAllLines(out);
        assertThat(lines).hasSize((int) vm.rowCountProperty().get() + 1);
        assertThat(lines.getFirst()).startsWith("date,resource_id,job_id,team");
        assertThat(lines.subList(1, lines.size())).allSatisfy(l -> assertThat(l.split(",")[3]).isEqualTo("search"));
        assertThat(context.noticeProperty().get().title()).startsWith("Exported ");
    }

    @Test
    void with_no_workspace_yet_nothing_loads_and_nothing_fails() {
        AppContext none = TestContext.of(null, new RecordingPrompts());
        LedgerViewModel empty = new LedgerViewModel(none);
        empty.reload();
        assertThat(empty.pivotProperty().get()).isNull();
        assertThat(empty.workspaceRowsProperty().get()).isEqualTo(-1);
        assertThat(empty.errorProperty().get()).isEmpty();
    }
}
