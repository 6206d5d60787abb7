package dev.greenops.views.scheduler;

import dev.greenops.model.schedule.JobRecord;
import dev.greenops.model.schedule.ReplaySummary;
import dev.greenops.views.common.Fmt;

/**
 * A run's saving percentage as the scheduler screen shows it, taken from its kgCO2e rather than from the record: a job
 * record keeps the reference's whole percent (job_metrics.csv), so −0.4% is stored as 0 and would lose its sign. It is
 * rounded as {@link Fmt#saving(double, int)} shows it (one decimal, more for a negative that would round to zero), so a
 * table's export agrees with its cells. Summaries and policy rows need nothing here: the model already rounds their
 * percentages by that rule ({@link dev.greenops.model.common.SavingRounding}).
 */
final class SavingFigures {

    /** Percentages to one decimal (README "Digits"). */
    static final int PCT_DECIMALS = ReplaySummary.PCT_DECIMALS;

    private SavingFigures() {}

    /** {@code savedKg} as a percentage of {@code ofKg}; null when there is nothing to take a share of. */
    static Double pct(double savedKg, double ofKg) {
        return ofKg == 0 || Double.isNaN(ofKg) ? null : Fmt.roundSaving(100 * savedKg / ofKg, PCT_DECIMALS);
    }

    /** A run's saving as a share of its baseline; null when the record has none (a zero baseline). */
    static Double savingPct(JobRecord r) {
        return r.savingPct() == null ? null : pct(r.carbonSavedKgCo2(), r.baselineEmissionsKgCo2());
    }
}
