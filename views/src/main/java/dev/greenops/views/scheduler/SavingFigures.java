package dev.greenops.views.scheduler;

import dev.greenops.model.schedule.JobRecord;
import dev.greenops.model.schedule.Policy;
import dev.greenops.model.schedule.PolicyComparison;
import dev.greenops.views.common.Fmt;
import java.util.Collection;

/**
 * The saving percentages the scheduler screen shows, taken from the kgCO2e figures rather than from the model's
 * rounded percentages: a job record keeps the reference's whole percent (so −0.4% is stored as 0) and a summary one
 * decimal (−0.04% as 0.0), both of which lose the sign of a saving that is negative but small. Each is rounded as
 * {@link Fmt#saving(double, int)} shows it (one decimal, more for a negative that would round to zero), so a table's
 * export agrees with its cells.
 */
final class SavingFigures {

    /** Percentages to one decimal (README "Digits"). */
    static final int PCT_DECIMALS = 1;

    private SavingFigures() {}

    /** {@code savedKg} as a percentage of {@code ofKg}; null when there is nothing to take a share of. */
    static Double pct(double savedKg, double ofKg) {
        return ofKg == 0 || Double.isNaN(ofKg) ? null : Fmt.roundSaving(100 * savedKg / ofKg, PCT_DECIMALS);
    }

    /** A run's saving as a share of its baseline; null when the record has none (a zero baseline). */
    static Double savingPct(JobRecord r) {
        return r.savingPct() == null ? null : pct(r.carbonSavedKgCo2(), r.baselineEmissionsKgCo2());
    }

    /** A policy's saving as a share of its baseline (immediate dispatch); null when the row has none. */
    static Double savingPct(PolicyComparison.Row r) {
        return r.savingPct() == null ? null : pct(r.savedKg(), r.baselineKg());
    }

    /**
     * A policy's saving as a share of the oracle's on the same group, from the oracle's row of that group among
     * {@code rows} when there is one; the row's own figure otherwise; null when the row has none (the oracle saved
     * nothing there).
     */
    static Double oracleSharePct(PolicyComparison.Row r, Collection<PolicyComparison.Row> rows) {
        if (r.oracleSharePct() == null) {
            return null;
        }
        for (PolicyComparison.Row o : rows) {
            if (o.policy() == Policy.ORACLE && o.group().equals(r.group()) && o.savedKg() > 0) {
                return pct(r.savedKg(), o.savedKg());
            }
        }
        return r.oracleSharePct();
    }
}
