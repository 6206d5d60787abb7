package dev.greenops.model.schedule;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SavingsTest {

    @Test
    void reproduces_the_reference_deployments_record_with_its_rounding() {
        // ORACLES.md: 1.8 kWh; 138 -> 71 g/kWh gives 0.248 -> 0.128 kg, saved 0.120 kg, 48%
        Savings s = Savings.of(1.8, 138, 71);
        assertThat(s.baselineKg()).isEqualTo(0.248);
        assertThat(s.actualKg()).isEqualTo(0.128);
        assertThat(s.savedKg()).isEqualTo(0.120);
        assertThat(s.savingPct()).isEqualTo(48.0);
    }

    @Test
    void unrounded_arithmetic_would_give_a_different_record_so_the_rounding_order_matters() {
        double unroundedSaved = 1.8 * (138 - 71) / 1000; // 0.1206
        assertThat(Math.round(unroundedSaved * 1000) / 1000.0).isEqualTo(0.121);
        assertThat(Math.round(100.0 * (138 - 71) / 138)).isEqualTo(49);
    }

    @Test
    void a_dirtier_run_has_a_negative_saving() {
        Savings s = Savings.of(6, 300, 310.5);
        assertThat(s.savedKg()).isEqualTo(-0.063);
        assertThat(s.savingPct()).isEqualTo(-4.0);
    }

    @Test
    void a_zero_baseline_has_no_percentage() {
        assertThat(Savings.of(0, 100, 50).savingPct()).isNull();
        assertThat(Savings.of(1, 0, 0).savingPct()).isNull();
    }
}
