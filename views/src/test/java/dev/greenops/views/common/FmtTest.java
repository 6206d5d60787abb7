package dev.greenops.views.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class FmtTest {

    @Test
    void a_stored_value_shows_its_own_digits_with_separators_and_no_trailing_zeros() {
        assertThat(Fmt.exact(new BigDecimal("12345.670000"))).isEqualTo("12,345.67");
        assertThat(Fmt.exact(new BigDecimal("0.000120"))).isEqualTo("0.00012");
        assertThat(Fmt.exact(new BigDecimal("1E+3"))).isEqualTo("1,000");
    }

    @Test
    void a_total_is_rounded_for_reading_but_never_gains_digits() {
        assertThat(Fmt.amount(new BigDecimal("83456.789"))).isEqualTo("83,457");
        assertThat(Fmt.amount(new BigDecimal("456.789"))).isEqualTo("456.8");
        assertThat(Fmt.amount(new BigDecimal("4.56789"))).isEqualTo("4.57");
        assertThat(Fmt.amount(new BigDecimal("4.5"))).isEqualTo("4.5");
        assertThat(Fmt.amount(new BigDecimal("0.0123456"))).isEqualTo("0.0123");
        assertThat(Fmt.amount(new BigDecimal("40"))).isEqualTo("40");
        assertThat(Fmt.amount(BigDecimal.ZERO)).isEqualTo("0");
        assertThat(Fmt.amount(Double.NaN)).isEqualTo("n/a");
    }

    @Test
    void quantities_carry_their_unit_and_changes_their_sign() {
        assertThat(Fmt.kg(new BigDecimal("1234.5"))).isEqualTo("1,235 kgCO2e");
        assertThat(Fmt.kwh(new BigDecimal("12.25"))).isEqualTo("12.3 kWh");
        assertThat(Fmt.rows(1)).isEqualTo("1 row");
        assertThat(Fmt.rows(2208)).isEqualTo("2,208 rows");
        assertThat(Fmt.change(4.21)).isEqualTo("+4.2%");
        assertThat(Fmt.change(-12.0)).isEqualTo("\u221212.0%");
        assertThat(Fmt.change(0.01)).isEqualTo("\u00b10.0%");
        assertThat(Fmt.change(null)).isEqualTo("n/a");
        assertThat(Fmt.percent(97.345)).isEqualTo("97.3%");
    }

    @Test
    void measured_figures_keep_at_most_their_published_digits_and_computed_ones_line_up() {
        assertThat(Fmt.gPerKwh(1234.5678)).isEqualTo("1,234.57 g/kWh");
        assertThat(Fmt.gPerKwh(80)).isEqualTo("80 g/kWh");
        assertThat(Fmt.gPerKwh(Double.NaN)).isEqualTo("no data");
        assertThat(Fmt.number(12.5, 2)).isEqualTo("12.5");
        assertThat(Fmt.decimals(12.5, 3)).isEqualTo("12.500");
        assertThat(Fmt.decimals(-0.0001, 1)).as("no negative zero").isEqualTo("0.0");
        assertThat(Fmt.decimals(-2.25, 1)).isEqualTo("-2.3");
        assertThat(Fmt.hours(1.25)).isEqualTo("1.3 h");
        assertThat(Fmt.percent(23.456, 1)).isEqualTo("23.5%");
        assertThat(Fmt.percent((Double) null, 1)).isEqualTo("n/a");
    }

    @Test
    void a_negative_saving_that_rounds_to_zero_keeps_its_sign_and_gains_the_digits_to_show_it() {
        assertThat(Fmt.saving(-0.4, 1)).isEqualTo("\u22120.4");
        assertThat(Fmt.saving(-0.04, 1)).as("not 0.0, not -0.0").isEqualTo("\u22120.04");
        assertThat(Fmt.saving(-0.0004, 1)).isEqualTo("\u22120.0004");
        assertThat(Fmt.saving(-0.36, 0)).isEqualTo("\u22120.4");
        assertThat(Fmt.savingPercent(-0.04, 1)).isEqualTo("\u22120.04%");
        assertThat(Fmt.savingPercent(-12.345, 1)).isEqualTo("\u221212.3%");
        assertThat(Fmt.savingPercent(null, 1)).isEqualTo("n/a");
        assertThat(Fmt.saving(-1e-12, 1)).as("at most six decimals, still signed").isEqualTo("\u22120.000000");
        assertThat(Fmt.saving(0.04, 1)).as("a positive saving keeps the usual precision").isEqualTo("0.0");
        assertThat(Fmt.saving(-0.0, 1)).isEqualTo("0.0");
        assertThat(Fmt.saving(1234.56, 1)).isEqualTo("1,234.6");
        assertThat(Fmt.savingKg(-0.0004)).isEqualTo("\u22120.0004 kgCO2e");
        assertThat(Fmt.roundSaving(-0.0449, 1)).isEqualTo(-0.04);
        assertThat(Fmt.roundSaving(48.387, 1)).isEqualTo(48.4);
        // where the sign means nothing at the precision shown, a negative zero stays plain
        assertThat(Fmt.decimals(-0.04, 1)).isEqualTo("0.0");
    }

    @Test
    void instants_are_written_in_utc() {
        java.time.Instant t = java.time.Instant.parse("2026-08-02T03:04:05Z");
        assertThat(Fmt.utc(t)).isEqualTo("2026-08-02 03:04 UTC");
        assertThat(Fmt.dateTime(t)).isEqualTo("2026-08-02 03:04");
        assertThat(Fmt.hm(t)).isEqualTo("03:04");
        java.time.Instant day = java.time.Instant.parse("2026-08-02T00:00:00Z");
        assertThat(Fmt.endHm(day.plus(java.time.Duration.ofDays(1)), day)).isEqualTo("24:00");
        assertThat(Fmt.endHm(day.plus(java.time.Duration.ofHours(6)), day)).isEqualTo("06:00");
    }

    @Test
    void a_title_inside_a_sentence_is_lower_case_unless_it_starts_with_an_acronym() {
        assertThat(Fmt.inSentence("Team")).isEqualTo("team");
        assertThat(Fmt.inSentence("Model family")).isEqualTo("model family");
        assertThat(Fmt.inSentence("GPU type")).isEqualTo("GPU type");
        assertThat(Fmt.inSentence("GPU-hours")).isEqualTo("GPU-hours");
    }
}
