package dev.greenops.model.schedule;

import static org.assertj.core.api.Assertions.assertThat;

import dev.greenops.model.common.ProgressListener;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PolicyComparisonTest {

    @Test
    void compares_policies_per_group_with_negative_savings_and_the_share_of_the_oracle() {
        // never under 80: the reference rule forces at expiry, into a dirtier hour; the oracle picks the 150 hour
        var s = SchedulerReplayTest.series(300, 200, 250, 150, 220, 260, 300, 400);
        ReplayRequest request = new ReplayRequest(SchedulerReplayTest.config(80, ForecastSource.PERFECT, 2),
                List.of(SchedulerReplayTest.soft("a", SchedulerReplayTest.T0, Duration.ofHours(6), 1, 10),
                        SchedulerReplayTest.hard("h", SchedulerReplayTest.T0, 1, 10)),
                SchedulerReplayTest.T0.minus(Duration.ofDays(1)), SchedulerReplayTest.T0.plus(Duration.ofDays(1)),
                Policy.THRESHOLD, Map.of("home", s));
        PolicyComparison c = PolicyComparison.run(request, List.of(Policy.values()), ProgressListener.NONE);
        assertThat(c.groups()).containsExactly(PolicyComparison.ALL, PolicyComparison.FLEXIBLE,
                PolicyComparison.HARD, "a", "h");
        PolicyComparison.Row threshold = c.row("a", Policy.THRESHOLD);
        assertThat(threshold.savedKg()).isEqualTo(-2.0); // 10 kWh × (200 - 400) g/kWh
        assertThat(threshold.savingPct()).isEqualTo(-100.0);
        assertThat(threshold.oracleSharePct()).isEqualTo(-400.0); // the oracle saves 0.5 kg (200 -> 150)
        assertThat(c.row("a", Policy.ORACLE).oracleSharePct()).isEqualTo(100.0);
        assertThat(c.row("a", Policy.THRESHOLD_FALLBACK).savedKg()).isEqualTo(0.5);
        assertThat(c.row("a", Policy.IMMEDIATE).savedKg()).isZero();
        assertThat(c.row(PolicyComparison.HARD, Policy.ORACLE).oracleSharePct()).isNull();
        assertThat(c.row(PolicyComparison.ALL, Policy.THRESHOLD).baselineKg()).isEqualTo(4.0);
    }

    @Test
    void a_policy_slightly_dirtier_than_immediate_keeps_the_sign_of_its_percentages() {
        // never at or under 10: forced at expiry into 200.08 g/kWh after 200 at submission, 100 kWh: 20.000 → 20.008 kg,
        // −0.04% (0.0 at one decimal); the oracle takes the 20 g/kWh hour and saves 18 kg, so the share is −0.044%
        var s = SchedulerReplayTest.series(200, 200, 20, 200.08);
        ReplayRequest request = new ReplayRequest(SchedulerReplayTest.config(10, ForecastSource.PERFECT, 2),
                List.of(SchedulerReplayTest.soft("a", SchedulerReplayTest.T0, Duration.ofHours(2), 1, 100)),
                SchedulerReplayTest.T0.minus(Duration.ofDays(1)), SchedulerReplayTest.T0.plus(Duration.ofDays(1)),
                Policy.THRESHOLD, Map.of("home", s));
        PolicyComparison c = PolicyComparison.run(request, List.of(Policy.THRESHOLD, Policy.ORACLE), ProgressListener.NONE);
        PolicyComparison.Row threshold = c.row("a", Policy.THRESHOLD);
        assertThat(threshold.savedKg()).isEqualTo(-0.008);
        assertThat(threshold.savingPct()).isEqualTo(-0.04);
        assertThat(threshold.oracleSharePct()).isEqualTo(-0.04);
        assertThat(c.row("a", Policy.ORACLE).savedKg()).isEqualTo(18.0);
        assertThat(c.results().get(Policy.THRESHOLD).summary().savingPct()).isEqualTo(-0.04);
        assertThat(c.row("a", Policy.ORACLE).savingPct()).isEqualTo(90.0); // positive figures keep one decimal
    }
}
