package dev.greenops.views.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import dev.greenops.model.ledger.explore.Dimension;
import dev.greenops.model.ledger.explore.Measure;
import dev.greenops.model.ledger.explore.Pivot;
import dev.greenops.model.ledger.explore.TimeGrain;
import dev.greenops.model.ledger.explore.Totals;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class PivotChartDataTest {

    static Totals kg(long rows, String kg) {
        return new Totals(rows, new BigDecimal(kg), null, 0, BigDecimal.ONE, BigDecimal.ONE, null, 0);
    }

    @Test
    void the_largest_keys_get_a_series_and_the_rest_fold_into_other() {
        LocalDate aug = LocalDate.of(2026, 8, 1);
        LocalDate sep = LocalDate.of(2026, 9, 1);
        List<Pivot.Cell> cells = new ArrayList<>();
        List<Pivot.KeyTotal> keys = new ArrayList<>();
        String[] names = {"a", "b", "c", "d"};
        for (int i = 0; i < names.length; i++) {
            cells.add(new Pivot.Cell(aug, names[i], kg(1, String.valueOf(10 * (i + 1)))));
            cells.add(new Pivot.Cell(sep, names[i], kg(1, String.valueOf(i + 1))));
            keys.add(new Pivot.KeyTotal(names[i], kg(2, String.valueOf(11 * (i + 1)))));
        }
        Pivot p = new Pivot(Dimension.TEAM, TimeGrain.MONTH, cells, keys, List.of(aug, sep), kg(8, "110"), false);
        PivotChartData d = PivotChartData.of(p, Measure.EMISSIONS, 3);
        assertThat(d.series()).containsExactly("d", "c", "Other (2)");
        assertThat(d.otherKeys()).containsExactlyInAnyOrder("a", "b");
        assertThat(d.isOther("Other (2)")).isTrue();
        assertThat(d.isOther("d")).isFalse();
        assertThat(d.values().get(aug).get("Other (2)")).isEqualByComparingTo("30");
        assertThat(d.values().get(sep).get("d")).isEqualByComparingTo("4");
        PivotChartData all = PivotChartData.of(p, Measure.EMISSIONS, 8);
        assertThat(all.series()).containsExactly("d", "c", "b", "a");
        assertThat(all.otherKeys()).isEmpty();
    }

    @Test
    void a_measure_no_row_reports_gives_no_values() {
        LocalDate aug = LocalDate.of(2026, 8, 1);
        Pivot p = new Pivot(Dimension.TEAM, TimeGrain.MONTH, List.of(new Pivot.Cell(aug, "a", kg(1, "1"))),
                List.of(new Pivot.KeyTotal("a", kg(1, "1"))), List.of(aug), kg(1, "1"), false);
        assertThat(PivotChartData.of(p, Measure.MARKET_BASED, 8).values().get(aug)).isEmpty();
    }
}
