package dev.greenops.model.schedule;

import dev.greenops.model.common.SavingRounding;
import java.math.BigDecimal;
import java.util.Collection;

/**
 * The totals of one replay (the {@code --json} output of {@code greenops schedule}).
 *
 * @param jobs job runs replayed
 * @param deferred runs dispatched later than submission (forced ones included)
 * @param forced runs forced at window expiry
 * @param neverDeferredHard hard-deadline runs (all dispatched at submission)
 * @param savedKg baseline minus actual, kg CO2e (negative when the policy made things dirtier)
 * @param avgDelayH mean dispatch delay over all runs, hours
 * @param flexible soft runs
 * @param migrated runs dispatched in a preferred region
 * @param savingPct savedKg as a share of baselineKg, percent (1 decimal, more for a negative that would round to zero:
 *     see {@link SavingRounding}), null when the baseline is zero
 * @param avgDeferralH mean delay of the deferred runs only, hours (0 when none)
 * @param skipped runs not replayed because the intensity data did not cover them (see the warnings)
 */
public record ReplaySummary(
        Policy policy,
        int jobs,
        int deferred,
        int forced,
        int neverDeferredHard,
        double savedKg,
        double baselineKg,
        double actualKg,
        double avgDelayH,
        int flexible,
        int migrated,
        Double savingPct,
        double avgDeferralH,
        int skipped) {

    /** Saving percentages to one decimal (README "Digits"), more for a small negative ({@link SavingRounding}). */
    public static final int PCT_DECIMALS = 1;

    public static ReplaySummary of(Policy policy, Collection<JobRecord> records, int skipped) {
        BigDecimal baseline = BigDecimal.ZERO;
        BigDecimal actual = BigDecimal.ZERO;
        int deferred = 0;
        int forced = 0;
        int hard = 0;
        int flexible = 0;
        int migrated = 0;
        double delaySum = 0;
        for (JobRecord r : records) {
            baseline = baseline.add(BigDecimal.valueOf(r.baselineEmissionsKgCo2()));
            actual = actual.add(BigDecimal.valueOf(r.actualEmissionsKgCo2()));
            if (r.delayed()) {
                deferred++;
                delaySum += r.dispatchDelayH();
            }
            if (r.decision() == Decision.FORCED_AT_EXPIRY) {
                forced++;
            }
            if (r.decision() == Decision.MIGRATED) {
                migrated++;
            }
            if (r.jobClass() == JobClass.HARD) {
                hard++;
            } else {
                flexible++;
            }
        }
        BigDecimal saved = baseline.subtract(actual);
        Double pct = SavingRounding.percent(saved, baseline, PCT_DECIMALS);
        int n = records.size();
        return new ReplaySummary(
                policy,
                n,
                deferred,
                forced,
                hard,
                saved.doubleValue(),
                baseline.doubleValue(),
                actual.doubleValue(),
                n == 0 ? 0 : round2(delaySum / n),
                flexible,
                migrated,
                pct,
                deferred == 0 ? 0 : round2(delaySum / deferred),
                skipped);
    }

    /** Deferred runs as a share of flexible runs, percent; NaN when there are none. */
    public double deferralRatePct() {
        return flexible == 0 ? Double.NaN : 100.0 * deferred / flexible;
    }

    private static double round2(double v) {
        return Math.round(v * 100) / 100.0;
    }
}
