package dev.greenops.model.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class SavingRoundingTest {

    @Test
    void a_negative_that_would_round_to_zero_keeps_decimals_until_its_sign_shows() {
        assertThat(SavingRounding.round(-0.04, 1)).isEqualTo(-0.04);
        assertThat(SavingRounding.round(-0.0444, 1)).isEqualTo(-0.04);
        assertThat(SavingRounding.round(-0.0000001, 1)).as("at most six decimals").isEqualTo(0.0);
        assertThat(SavingRounding.round(-0.06, 1)).isEqualTo(-0.1);
        assertThat(SavingRounding.round(0.04, 1)).as("a positive keeps its decimals").isEqualTo(0.0);
        assertThat(SavingRounding.round(12.345, 1)).isEqualTo(12.3);
        assertThat(SavingRounding.round(Double.NaN, 1)).isNaN();
    }

    @Test
    void a_percentage_of_nothing_is_null_and_of_something_is_rounded_by_the_rule() {
        assertThat(SavingRounding.percent(BigDecimal.ONE, BigDecimal.ZERO, 1)).isNull();
        assertThat(SavingRounding.percent(new BigDecimal("-0.008"), new BigDecimal("20.000"), 1)).isEqualTo(-0.04);
        assertThat(SavingRounding.percent(new BigDecimal("1"), new BigDecimal("3"), 1)).isEqualTo(33.3);
    }
}
