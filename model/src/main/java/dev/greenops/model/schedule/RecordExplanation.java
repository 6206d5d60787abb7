package dev.greenops.model.schedule;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A job record retold for an auditor: what the scheduler saw, what it did, and the arithmetic of the saving, step by
 * step, with the record's own figures (so the text and the CSV can never disagree).
 */
public final class RecordExplanation {

    private static final DateTimeFormatter WHEN =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'", Locale.ROOT).withZone(ZoneOffset.UTC);
    private static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("HH:mm", Locale.ROOT).withZone(ZoneOffset.UTC);

    private RecordExplanation() {}

    public static List<String> lines(JobRecord r) {
        JobRecord.Trace t = r.trace();
        if (t.cause() == JobRecord.Cause.READ_BACK) {
            return readBack(r);
        }
        List<String> out = new ArrayList<>();
        out.add(r.jobId() + " · " + r.jobClass().id() + " · policy " + r.policy().id() + " · home " + t.homeRegion());
        if (r.jobClass() == JobClass.HARD) {
            out.add("Submitted " + WHEN.format(r.submittedAt()) + ". Hard deadline: dispatched at submission, never"
                    + " deferred (no policy or setting can change that).");
        } else {
            out.add("Submitted " + WHEN.format(r.submittedAt()) + "; window until " + when(r.windowExpiry(), r.submittedAt())
                    + " (max deferral " + hours(hoursBetween(r.submittedAt(), r.windowExpiry())) + ").");
            out.add("At submission the grid was at " + g(t.intensityAtSubmission()) + ", threshold "
                    + threshold(t.thresholdGPerKwh()) + (t.intensityAtSubmission() <= t.thresholdGPerKwh() ? " (at or under)." : " (above)."));
            if (t.forecastShowedLow() != null) {
                out.add("Forecast " + t.forecast() + ": " + (t.forecastShowedLow()
                        ? "showed a look at or under the threshold before expiry."
                        : "showed no look at or under the threshold before expiry."));
            } else if (r.policy() == Policy.OPTIMAL || r.policy() == Policy.THRESHOLD_FALLBACK) {
                out.add("Forecast " + t.forecast() + ".");
            }
            out.add("Dispatched " + when(r.dispatchTs(), r.submittedAt()) + (r.migrated() ? " in " + r.region() : "")
                    + ", delay " + hours(r.dispatchDelayH()) + ", decision " + r.decision().id() + ": "
                    + t.cause().text() + (r.decision() == Decision.FORCED_AT_EXPIRY || !r.delayed() ? "" : " ("
                    + g(t.intensityAtDispatch()) + " at dispatch)") + ".");
            if (t.capacityWaits() > 0) {
                out.add("It waited " + t.capacityWaits() + " more look" + (t.capacityWaits() == 1 ? "" : "s")
                        + " because max_concurrent_dispatches was reached.");
            }
        }
        Instant baselineEnd = r.submittedAt().plusMillis(Math.round(t.durationH() * 3_600_000));
        out.add("Baseline (run at submission, " + CLOCK.format(r.submittedAt()) + "–" + CLOCK.format(baselineEnd)
                + " in " + t.homeRegion() + "): " + kwh(r.estKwh()) + " × " + g(r.baselineIntensity()) + " ÷ 1,000 = "
                + kg(r.baselineEmissionsKgCo2()));
        out.add("Actual (run " + CLOCK.format(r.dispatchTs()) + "–" + CLOCK.format(r.runEnd()) + " in " + r.region()
                + "): " + kwh(r.estKwh()) + " × " + g(r.actualIntensity()) + " ÷ 1,000 = " + kg(r.actualEmissionsKgCo2()));
        out.add("Saved: " + num(r.baselineEmissionsKgCo2(), 3) + " − " + num(r.actualEmissionsKgCo2(), 3) + " = "
                + kg(r.carbonSavedKgCo2()) + (r.savingPct() == null ? "" : " = " + num(r.savingPct(), 0)
                + "% of the baseline") + (r.carbonSavedKgCo2() < 0 ? " (dirtier than running at once)" : ""));
        out.add("Intensities are run-averages over the " + hours(t.durationH()) + " run (energy spread evenly over it);"
                + " emissions are rounded to the gram before the saving is taken.");
        out.add("Intensity source: " + r.intensitySource() + ". CSRD-eligible: " + (r.csrdEligible()
                ? "yes (measured, hourly or finer, location-based average intensity)"
                : "no (an estimate, a forecast, a marginal signal or coarser than hourly)") + ".");
        return out;
    }

    /** A record read back from job_metrics: its saved figures and arithmetic, and no reasons it does not have. */
    private static List<String> readBack(JobRecord r) {
        List<String> out = new ArrayList<>();
        out.add(r.jobId() + " · " + r.jobClass().id() + " · policy " + r.policy().id() + " · " + r.region());
        out.add("Submitted " + WHEN.format(r.submittedAt()) + "; dispatched " + when(r.dispatchTs(), r.submittedAt())
                + ", delay " + hours(r.dispatchDelayH()) + ", decision " + r.decision().id() + ".");
        out.add("Baseline (run at submission): " + kwh(r.estKwh()) + " × " + g(r.baselineIntensity()) + " ÷ 1,000 = "
                + kg(r.baselineEmissionsKgCo2()));
        out.add("Actual (run as dispatched): " + kwh(r.estKwh()) + " × " + g(r.actualIntensity()) + " ÷ 1,000 = "
                + kg(r.actualEmissionsKgCo2()));
        out.add("Saved: " + num(r.baselineEmissionsKgCo2(), 3) + " − " + num(r.actualEmissionsKgCo2(), 3) + " = "
                + kg(r.carbonSavedKgCo2()) + (r.savingPct() == null ? "" : " = " + num(r.savingPct(), 0)
                + "% of the baseline") + (r.carbonSavedKgCo2() < 0 ? " (dirtier than running at once)" : ""));
        out.add("Intensity source: " + r.intensitySource() + ". CSRD-eligible: " + (r.csrdEligible() ? "yes" : "no") + ".");
        out.add("This record was " + r.trace().cause().text() + ".");
        return out;
    }

    private static String when(Instant t, Instant reference) {
        return t.atZone(ZoneOffset.UTC).toLocalDate().equals(reference.atZone(ZoneOffset.UTC).toLocalDate())
                ? CLOCK.format(t)
                : WHEN.format(t);
    }

    private static double hoursBetween(Instant a, Instant b) {
        return java.time.Duration.between(a, b).toMinutes() / 60.0;
    }

    static String g(double v) {
        return Double.isNaN(v) ? "n/a" : num(v, 2) + " g/kWh";
    }

    static String threshold(double v) {
        return num(v, v == Math.rint(v) ? 0 : 2) + " g/kWh";
    }

    static String kg(double v) {
        return num(v, 3) + " kgCO2e";
    }

    static String kwh(double v) {
        return java.math.BigDecimal.valueOf(v).stripTrailingZeros().toPlainString() + " kWh";
    }

    static String hours(double h) {
        return (h == Math.rint(h) ? String.format(Locale.ROOT, "%.0f", h) : num(h, 1)) + " h";
    }

    static String num(double v, int decimals) {
        String s = String.format(Locale.US, "%,." + decimals + "f", v);
        return s.matches("-0(\\.0*)?") ? s.substring(1) : s;
    }
}
