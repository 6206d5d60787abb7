package dev.greenops.model.ledger.explore;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.greenops.model.common.ProgressListener;
import dev.greenops.model.store.Workspace;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LedgerExplorerTest {

    Workspace ws;
    LedgerExplorer explorer;

    @BeforeEach
    void fill() throws SQLException {
        ws = Workspace.inMemory();
        explorer = new LedgerExplorer(ws);
        LedgerFixture f = new LedgerFixture(ws).batch("ufms-003-2026-08.csv");
        f.row("2026-08-03", "search", "train-search-v2").energy("100").intensity("400").cost("12.5").market("10").add();
        f.row("2026-08-04", "search", "train-search-v2").energy("50").intensity("300").add();
        f.row("2026-08-04", "recsys", "train-rec-v3").energy("20").intensity("400").resource("node-2").add();
        f.batch("ufms-003-2026-09.csv");
        f.row("2026-09-10", "recsys", "train-rec-v3").energy("30").intensity("200").region("us-central1").add();
        f.row("2026-09-11", "fraud", "train-fraud-v4").energy("5").intensity("100").emissions("0.9").add();
    }

    @AfterEach
    void close() {
        ws.close();
    }

    @Test
    void an_empty_query_counts_and_totals_every_row() throws SQLException {
        Totals t = explorer.totals(LedgerQuery.ALL);
        assertThat(t.rows()).isEqualTo(5);
        assertThat(t.energyKwh()).isEqualByComparingTo("205");
        // 40 + 15 + 8 + 6 + 0.9 (the last one as reported, not recomputed)
        assertThat(t.emissionsKgCo2e()).isEqualByComparingTo("69.9");
        assertThat(t.marketBasedKgCo2e()).isEqualByComparingTo("10");
        assertThat(t.marketBasedRows()).isEqualTo(1);
        assertThat(t.costRows()).isEqualTo(1);
        LedgerExplorer.Extent e = explorer.extent(LedgerQuery.ALL);
        assertThat(e.first()).isEqualTo(LocalDate.of(2026, 8, 3));
        assertThat(e.last()).isEqualTo(LocalDate.of(2026, 9, 11));
    }

    @Test
    void filters_combine_with_and() throws SQLException {
        assertThat(explorer.count(LedgerQuery.of(new LedgerFilter.Equals(LedgerColumn.TEAM, "recsys")))).isEqualTo(2);
        assertThat(explorer.count(LedgerQuery.of(new LedgerFilter.TextContains(LedgerColumn.JOB_ID, "TRAIN-RE"))))
                .isEqualTo(2);
        assertThat(explorer.count(LedgerQuery.of(
                        new LedgerFilter.NumberRange(LedgerColumn.ENERGY_KWH, new BigDecimal("20"), new BigDecimal("50")))))
                .isEqualTo(3);
        assertThat(explorer.count(LedgerQuery.of(
                        new LedgerFilter.NumberRange(LedgerColumn.ENERGY_KWH, null, new BigDecimal("20")))))
                .isEqualTo(2);
        LedgerQuery august = LedgerQuery.of(new LedgerFilter.DateRange(LocalDate.of(2026, 8, 1), LocalDate.of(2026, 8, 31)));
        assertThat(explorer.count(august)).isEqualTo(3);
        assertThat(explorer.count(august.and(new LedgerFilter.Equals(LedgerColumn.TEAM, "recsys")))).isEqualTo(1);
        assertThat(explorer.count(LedgerQuery.of(new LedgerFilter.Equals(LedgerColumn.DATE, "2026-08-04")))).isEqualTo(2);
    }

    @Test
    void a_filter_value_is_bound_not_spliced_into_the_sql() throws SQLException {
        LedgerQuery hostile = LedgerQuery.of(new LedgerFilter.Equals(LedgerColumn.TEAM, "x' or '1'='1"));
        assertThat(explorer.count(hostile)).isZero();
        assertThat(explorer.count(LedgerQuery.ALL)).isEqualTo(5);
    }

    @Test
    void a_range_with_min_above_max_is_refused_with_both_values() {
        assertThatThrownBy(() -> new LedgerFilter.NumberRange(LedgerColumn.ENERGY_KWH, BigDecimal.TEN, BigDecimal.ONE))
                .hasMessageContaining("10").hasMessageContaining("1");
        assertThatThrownBy(() -> new LedgerFilter.NumberRange(LedgerColumn.TEAM, BigDecimal.ONE, null))
                .hasMessageContaining("not a numeric column");
    }

    @Test
    void pages_follow_the_sort_and_neither_overlap_nor_skip() throws SQLException {
        List<Sort> byEnergyDesc = List.of(new Sort(LedgerColumn.ENERGY_KWH, false));
        List<LedgerRow> all = new ArrayList<>();
        for (long offset = 0; offset < 5; offset += 2) {
            all.addAll(explorer.page(LedgerQuery.ALL, byEnergyDesc, offset, 2));
        }
        assertThat(all).extracting(r -> r.energyKwh().intValue()).containsExactly(100, 50, 30, 20, 5);
        Set<String> keys = new HashSet<>();
        all.forEach(r -> keys.add(r.batchId() + ":" + r.sourceLine()));
        assertThat(keys).hasSize(5);
        assertThat(explorer.page(LedgerQuery.ALL, Sort.DEFAULT, 0, 1).getFirst().date()).isEqualTo("2026-08-03");
    }

    @Test
    void a_cursor_reads_any_page_of_the_sorted_selection_like_order_by_offset_and_fails_clearly_once_closed()
            throws SQLException {
        List<Sort> byEnergy = List.of(new Sort(LedgerColumn.ENERGY_KWH, true));
        LedgerQuery notFraud = LedgerQuery.of(new LedgerFilter.TextContains(LedgerColumn.JOB_ID, "-v"));
        RowCursor cursor = explorer.cursor(notFraud, byEnergy, ProgressListener.NONE);
        assertThat(cursor.size()).isEqualTo(explorer.count(notFraud));
        for (long offset = 0; offset < cursor.size(); offset += 2) {
            assertThat(cursor.page(offset, 2)).isEqualTo(explorer.page(notFraud, byEnergy, offset, 2));
        }
        assertThat(cursor.page(10, 5)).isEmpty();
        cursor.close();
        assertThatThrownBy(() -> cursor.page(0, 2)).hasMessageContaining("replaced by a newer one");
    }

    @Test
    void a_row_keeps_the_digits_it_was_stored_with_and_knows_whether_it_recomputes() throws SQLException {
        LedgerRow fraud = explorer.page(LedgerQuery.of(new LedgerFilter.Equals(LedgerColumn.TEAM, "fraud")), Sort.DEFAULT, 0, 10)
                .getFirst();
        assertThat(fraud.emissionsKgCo2e()).isEqualByComparingTo("0.9");
        assertThat(fraud.recomputedKgCo2e()).isEqualByComparingTo("0.5");
        assertThat(fraud.recomputes()).isFalse();
        assertThat(fraud.deviationPercent()).isEqualByComparingTo("80.00");
        assertThat(fraud.value(LedgerColumn.JOB_ID)).isEqualTo("train-fraud-v4");
        LedgerRow ok = explorer.page(LedgerQuery.ALL, Sort.DEFAULT, 0, 1).getFirst();
        assertThat(ok.recomputes()).isTrue();
    }

    @Test
    void a_pivot_totals_each_key_per_month_and_its_drill_down_selects_exactly_the_cells_rows() throws SQLException {
        Pivot p = explorer.pivot(LedgerQuery.ALL, Dimension.TEAM, TimeGrain.MONTH, 1000, ProgressListener.NONE);
        assertThat(p.periods()).containsExactly(LocalDate.of(2026, 8, 1), LocalDate.of(2026, 9, 1));
        assertThat(p.cells()).extracting(c -> c.periodStart().getMonthValue() + "/" + c.key() + "/" + c.totals().rows())
                .containsExactly("8/recsys/1", "8/search/2", "9/fraud/1", "9/recsys/1");
        assertThat(p.keys()).extracting(Pivot.KeyTotal::key).containsExactly("search", "recsys", "fraud");
        assertThat(p.total().rows()).isEqualTo(5);
        assertThat(p.truncated()).isFalse();
        for (Pivot.Cell cell : p.cells()) {
            LedgerQuery drill = LedgerQuery.ALL.andAll(p.drillDown(cell));
            assertThat(explorer.totals(drill)).isEqualTo(cell.totals());
        }
    }

    @Test
    void weekly_buckets_start_on_monday_and_a_pivot_says_when_it_was_cut() throws SQLException {
        Pivot p = explorer.pivot(LedgerQuery.ALL, Dimension.JOB, TimeGrain.WEEK, 2, ProgressListener.NONE);
        assertThat(p.truncated()).isTrue();
        assertThat(p.cells()).hasSize(2);
        assertThat(p.cells().getFirst().periodStart()).isEqualTo(LocalDate.of(2026, 8, 3)); // a Monday
        assertThat(TimeGrain.WEEK.label(LocalDate.of(2026, 8, 3))).isEqualTo("2026-W32");
        assertThat(TimeGrain.MONTH.label(LocalDate.of(2026, 8, 1))).isEqualTo("Aug 2026");
    }

    @Test
    void provenance_names_each_batch_methodology_source_and_pue_and_counts_rows_that_recompute() throws SQLException {
        Provenance all = explorer.provenance(LedgerQuery.ALL, 20);
        assertThat(all.rows()).isEqualTo(5);
        assertThat(all.recomputing()).isEqualTo(4);
        assertThat(all.notRecomputing()).isEqualTo(1);
        assertThat(all.batches()).extracting(Provenance.BatchUse::fileName, Provenance.BatchUse::selectedRows)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("ufms-003-2026-08.csv", 3L),
                        org.assertj.core.groups.Tuple.tuple("ufms-003-2026-09.csv", 2L));
        assertThat(all.batches().getFirst().sha256()).hasSize(64);
        assertThat(all.batches().getFirst().importedAtUtc()).isEqualTo("2026-11-01T09:30:00");
        assertThat(all.methodologies()).extracting(Provenance.ValueCount::value).containsExactly("measured-nvml@1");
        assertThat(all.pues()).extracting(Provenance.ValueCount::value).containsExactly("1.1000");
        Provenance fraud = explorer.provenance(LedgerQuery.of(new LedgerFilter.Equals(LedgerColumn.TEAM, "fraud")), 20);
        assertThat(fraud.recomputing()).isZero();
        assertThat(fraud.batches()).hasSize(1);
    }

    @Test
    void export_writes_the_selection_with_the_ledger_column_names(@TempDir Path dir) throws Exception {
        Path out = dir.resolve("search.csv");
        long n = explorer.exportCsv(
                LedgerQuery.of(new LedgerFilter.Equals(LedgerColumn.TEAM, "search")), Sort.DEFAULT, out, ProgressListener.NONE);
        assertThat(n).isEqualTo(2);
        List<String> lines = Files.readAllLines(out);
        assertThat(lines.getFirst()).startsWith("date,resource_id,job_id,team,owner,");
        assertThat(lines).hasSize(3);
        assertThat(lines.get(1)).startsWith("2026-08-03,node-1,train-search-v2,search,");
        assertThat(dir.resolve("search.csv.part")).doesNotExist();
    }

    @Test
    void export_writes_decimals_with_the_digits_the_data_has_not_the_column_scale(@TempDir Path dir) throws Exception {
        Path out = dir.resolve("search.csv");
        explorer.exportCsv(LedgerQuery.of(new LedgerFilter.Equals(LedgerColumn.TEAM, "search")), Sort.DEFAULT, out,
                ProgressListener.NONE);
        List<String> lines = Files.readAllLines(out);
        List<String> header = List.of(lines.getFirst().split(","));
        List<String> first = List.of(lines.get(1).split(",", -1));
        // the row was stored as energy 100, intensity 400, cost 12.5, market 10 in DECIMAL(18, 6) and (12, 4) columns
        assertThat(first.get(header.indexOf("energy_kwh"))).isEqualTo("100");
        assertThat(first.get(header.indexOf("grid_intensity_g_per_kwh"))).isEqualTo("400");
        assertThat(first.get(header.indexOf("emissions_kgco2e"))).isEqualTo("40");
        assertThat(first.get(header.indexOf("cost_usd"))).isEqualTo("12.5");
        assertThat(first.get(header.indexOf("market_based_kgco2e"))).isEqualTo("10");
        assertThat(first.get(header.indexOf("embodied_kgco2e"))).isEmpty();
        assertThat(lines.get(1)).doesNotContain(".0");
    }

    @Test
    void value_suggestions_are_the_most_frequent_matches() throws SQLException {
        assertThat(explorer.values(LedgerColumn.TEAM, "", 10)).containsExactly("recsys", "search", "fraud");
        assertThat(explorer.values(LedgerColumn.TEAM, "RC", 10)).containsExactly("search");
    }

    @Test
    void batches_by_id_count_how_many_selected_rows_each_holds() throws SQLException {
        long second = explorer.page(LedgerQuery.of(new LedgerFilter.Equals(LedgerColumn.TEAM, "fraud")), Sort.DEFAULT, 0, 1)
                .getFirst()
                .batchId();
        List<Provenance.BatchUse> batches = explorer.batches(List.of(second, second, second - 1));
        assertThat(batches).extracting(Provenance.BatchUse::batchId).containsExactly(second - 1, second);
        assertThat(batches.get(1).selectedRows()).isEqualTo(2);
    }
}
