package dev.greenops.views.scheduler;

import static org.assertj.core.api.Assertions.assertThat;

import dev.greenops.model.schedule.Decision;
import dev.greenops.model.schedule.JobClass;
import dev.greenops.model.schedule.JobRecord;
import dev.greenops.model.schedule.Policy;
import dev.greenops.model.schedule.PolicyComparison;
import dev.greenops.model.schedule.ReplaySummary;
import dev.greenops.model.schedule.Savings;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A saving that is negative but small reads as negative on every figure of the screen, never as break-even. */
class SavingFiguresTest {

    private static final Instant AT = Instant.parse("2026-08-02T02:00:00Z");

    /** A deferred 100 kWh run that met a slightly dirtier grid than at submission, its figures as the model makes them. */
    static JobRecord run(double baselineGPerKwh, double actualGPerKwh) {
        Savings s = Savings.of(100, baselineGPerKwh, actualGPerKwh);
        return new JobRecord("train-rec-v3", JobClass.SOFT, "europe-west3", AT, AT.plusSeconds(3600), 1.0,
                AT.plusSeconds(6 * 3600), Decision.DEFERRED, Policy.THRESHOLD, 100, baselineGPerKwh, actualGPerKwh,
                s.baselineKg(), s.actualKg(), s.savedKg(), s.savingPct(), true, "test",
                new JobRecord.Trace("europe-west3", "test", 1.0, 80, "persistence-24h",
                        JobRecord.Cause.AT_OR_UNDER_THRESHOLD, baselineGPerKwh, actualGPerKwh, null, 0));
    }

    @Test
    void a_run_four_tenths_of_a_percent_dirtier_reads_minus_0_4_percent_though_its_record_keeps_0() {
        JobRecord r = run(100, 100.4); // 10.000 kg → 10.040 kg
        assertThat(r.carbonSavedKgCo2()).isEqualTo(-0.04);
        assertThat(r.savingPct()).as("the reference's whole percent").isEqualTo(0.0);
        assertThat(SavingFigures.savingPct(r)).isEqualTo(-0.4);
        assertThat(dev.greenops.views.common.Fmt.savingPercent(SavingFigures.savingPct(r), 1)).isEqualTo("\u22120.4%");
    }

    @Test
    void the_record_text_quotes_the_whole_percent_and_adds_the_signed_one_decimal_figure() {
        List<String> lines = SchedulerViewModel.explain(run(100, 100.4));
        int saved = lines.indexOf(lines.stream().filter(l -> l.startsWith("Saved:")).findFirst().orElseThrow());
        assertThat(lines.get(saved)).contains("= 0% of the baseline", "dirtier than running at once");
        assertThat(lines.get(saved + 1)).startsWith("To one decimal: \u22120.4% of the baseline");
        assertThat(SchedulerViewModel.explain(run(200, 100)).get(saved + 1))
                .startsWith("To one decimal: 50.0% of the baseline");
    }

    @Test
    void the_reduction_tile_shows_a_tiny_negative_saving_with_its_sign() {
        // 10.000 kg → 10.004 kg: −0.04%, which one decimal alone would round to 0.0
        JobRecord r = run(100, 100.04);
        ReplaySummary s = ReplaySummary.of(Policy.THRESHOLD, List.of(r), 0);
        assertThat(s.savingPct()).as("the model keeps decimals until the sign shows").isEqualTo(-0.04);
        ReplayTiles t = ReplayTiles.of(Policy.THRESHOLD, List.of(r), s);
        assertThat(t.reduction()).isEqualTo("\u22120.04%");
        assertThat(t.saved()).startsWith("\u22120.004 kgCO2e");
        assertThat(t.savedDetail()).isEqualTo("Aug \u22120.004 kgCO2e");
        assertThat(t.reductionDetail()).contains("\u22120.004 kgCO2e of 10 kgCO2e");
    }

    @Test
    void a_policy_bar_slightly_dirtier_than_immediate_is_labelled_with_its_sign() {
        // the row as the model makes it: −0.004 kg of 10 kg is −0.04% (its one-decimal figure would be 0.0)
        ReplaySummary s = ReplaySummary.of(Policy.THRESHOLD, List.of(run(100, 100.04)), 0);
        var dirtier = new PolicyComparison.Row("train-rec-v3", Policy.THRESHOLD, 1, 1, 0, 1.0, s.baselineKg(),
                s.actualKg(), s.savedKg(), s.savingPct(), null);
        var comparison = new PolicyComparison(new java.util.EnumMap<>(Policy.class), List.of(dirtier));
        var chart = SchedulerCharts.policyComparison(comparison, null,
                SchedulerCharts.Style.of(dev.greenops.views.theme.Theme.LIGHT));
        var plot = (org.jfree.chart.plot.CategoryPlot) chart.getPlot();
        assertThat(plot.getRenderer().getDefaultItemLabelGenerator().generateLabel(plot.getDataset(), 0, 0))
                .isEqualTo("\u22120.04");
    }
}
