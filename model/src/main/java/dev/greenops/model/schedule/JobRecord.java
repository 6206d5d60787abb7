package dev.greenops.model.schedule;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * One job run's ESG record: a {@code job_metrics} row (DATA-MODEL.md "Scheduler ESG record"), plus the {@link Trace}
 * that explains the decision. Intensities are run-averages: the baseline over the run had it started at submission,
 * the actual over the run as dispatched, both in g/kWh; emissions in kg, rounded to the gram (see {@link Savings}).
 *
 * @param region where the run happened (differs from the job's home region when {@code decision} is migrated)
 * @param windowExpiry the latest dispatch the window allows (the submission itself for hard jobs)
 * @param savingPct whole percent of the baseline, negative when the run was dirtier; null when the baseline is zero
 * @param csrdEligible both run-averages rest on measured, hourly-or-finer, location-based average intensity, with no
 *     point the publisher marked as estimated
 */
public record JobRecord(
        String jobId,
        JobClass jobClass,
        String region,
        Instant submittedAt,
        Instant dispatchTs,
        double dispatchDelayH,
        Instant windowExpiry,
        Decision decision,
        Policy policy,
        double estKwh,
        double baselineIntensity,
        double actualIntensity,
        double baselineEmissionsKgCo2,
        double actualEmissionsKgCo2,
        double carbonSavedKgCo2,
        Double savingPct,
        boolean csrdEligible,
        String intensitySource,
        Trace trace) {

    public JobRecord {
        Objects.requireNonNull(jobId, "jobId");
        Objects.requireNonNull(jobClass, "jobClass");
        Objects.requireNonNull(region, "region");
        Objects.requireNonNull(submittedAt, "submittedAt");
        Objects.requireNonNull(dispatchTs, "dispatchTs");
        Objects.requireNonNull(windowExpiry, "windowExpiry");
        Objects.requireNonNull(decision, "decision");
        Objects.requireNonNull(policy, "policy");
        Objects.requireNonNull(intensitySource, "intensitySource");
        Objects.requireNonNull(trace, "trace");
        if (dispatchTs.isBefore(submittedAt)) {
            throw new IllegalArgumentException(jobId + ": dispatched before it was submitted");
        }
        if (jobClass == JobClass.HARD && (!dispatchTs.equals(submittedAt) || decision != Decision.NEVER_DEFERRED)) {
            throw new IllegalArgumentException(jobId + ": a hard job is dispatched at submission, never deferred");
        }
    }

    /** Why a run was dispatched when (and where) it was. */
    public enum Cause {
        HARD_DEADLINE("hard deadline: dispatched at submission"),
        BASELINE("the immediate policy: dispatched at submission"),
        AT_OR_UNDER_THRESHOLD("the intensity was at or under the threshold"),
        PREFERRED_REGION_UNDER_THRESHOLD("a preferred region's intensity was under the threshold"),
        FORECAST_BEST_START("no point under the threshold was forecast in the window: took the forecast's best start"),
        LOWEST_FORECAST("the lowest forecast run-average in the window"),
        LOWEST_ACTUAL("the lowest actual run-average in the window (perfect hindsight)"),
        NO_FORECAST("no forecast was available: dispatched at once"),
        WINDOW_EXPIRED("the window expired: forced dispatch (degraded mode, not failure)"),
        EXPIRY_SLOT_FULL("forced early: the expiry instant already had max_concurrent_dispatches forced dispatches"),
        READ_BACK("read back from job_metrics, which keeps the decision and its figures but not the reasons: replay to"
                + " see them");

        private final String text;

        Cause(String text) {
            this.text = text;
        }

        public String text() {
            return text;
        }
    }

    /**
     * What the scheduler saw: enough to retell the decision and recompute the record.
     *
     * @param homeRegion the job's home region (the baseline's)
     * @param homeSource the home series' source (the baseline's intensity source)
     * @param durationH the run's length
     * @param thresholdGPerKwh the threshold that applied (the job's own or the scheduler's); NaN for hard jobs
     * @param forecast the forecast the policy used, described
     * @param intensityAtSubmission the home point value at submission, g/kWh
     * @param intensityAtDispatch the point value where and when it was dispatched, g/kWh
     * @param forecastShowedLow at submission, whether the forecast showed a re-evaluation point at or under the
     *     threshold before expiry (null when the forecast did not reach or the question did not arise)
     * @param capacityWaits re-evaluations at which the job would have gone but max_concurrent_dispatches was reached
     */
    public record Trace(
            String homeRegion,
            String homeSource,
            double durationH,
            double thresholdGPerKwh,
            String forecast,
            Cause cause,
            double intensityAtSubmission,
            double intensityAtDispatch,
            Boolean forecastShowedLow,
            int capacityWaits) {

        public Trace {
            Objects.requireNonNull(homeRegion, "homeRegion");
            Objects.requireNonNull(homeSource, "homeSource");
            Objects.requireNonNull(forecast, "forecast");
            Objects.requireNonNull(cause, "cause");
        }
    }

    public Duration delay() {
        return Duration.between(submittedAt, dispatchTs);
    }

    public Instant runEnd() {
        return dispatchTs.plusMillis(Math.round(trace.durationH() * 3_600_000.0));
    }

    public boolean migrated() {
        return decision == Decision.MIGRATED;
    }

    public boolean delayed() {
        return dispatchTs.isAfter(submittedAt);
    }
}
