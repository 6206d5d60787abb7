package dev.greenops.views.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import dev.greenops.model.ledger.explore.TimeGrain;
import java.text.SimpleDateFormat;
import java.util.List;
import java.util.Locale;
import org.jfree.chart.axis.DateTickUnit;
import org.jfree.chart.axis.DateTickUnitType;
import org.junit.jupiter.api.Test;

class BucketDateAxisTest {

    private static final double DAY_MS = 86_400_000.0;

    @Test
    void ticks_are_whole_buckets_apart_and_never_closer_than_a_label() {
        List<DateTickUnit> days = BucketDateAxis.units(TimeGrain.DAY, new SimpleDateFormat("d MMM", Locale.ENGLISH));
        double quarter = 92 * DAY_MS;
        // a quarter of days in a narrow chart: a tick a month, not one a day whose labels would overlap
        DateTickUnit narrow = BucketDateAxis.choose(days, quarter, 300, 60);
        assertThat(narrow.getUnitType()).isEqualTo(DateTickUnitType.MONTH);
        assertThat(300 * narrow.getSize() / quarter).isGreaterThanOrEqualTo(60);
        // a wide chart can afford a tick a week
        DateTickUnit wide = BucketDateAxis.choose(days, quarter, 1200, 60);
        assertThat(wide.getUnitType()).isEqualTo(DateTickUnitType.DAY);
        assertThat(wide.getMultiple()).isEqualTo(7);

        List<DateTickUnit> weeks = BucketDateAxis.units(TimeGrain.WEEK, new SimpleDateFormat("d MMM", Locale.ENGLISH));
        assertThat(weeks).allSatisfy(u -> assertThat(u.getUnitType() == DateTickUnitType.MONTH
                || u.getMultiple() % 7 == 0).as("a week axis ticks whole weeks").isTrue());
        List<DateTickUnit> months = BucketDateAxis.units(TimeGrain.MONTH, new SimpleDateFormat("MMM yyyy", Locale.ENGLISH));
        assertThat(months).allSatisfy(u -> assertThat(u.getUnitType()).isEqualTo(DateTickUnitType.MONTH));
    }
}
