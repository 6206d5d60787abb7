package dev.greenops.views.scheduler;

import dev.greenops.views.common.Fmt;
import dev.greenops.model.schedule.JobRecord;
import dev.greenops.model.schedule.Policy;
import dev.greenops.model.schedule.ReplayResult;
import dev.greenops.model.schedule.ReplaySummary;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * The dashboard tiles of one replay: carbon saved per month, jobs deferred among the flexible ones, the reduction
 * against immediate dispatch, and the average deferral.
 */
record ReplayTiles(String saved, String savedDetail, String deferred, String deferredDetail, String reduction,
        String reductionDetail, String delay, String delayDetail, List<MonthSaving> months) {

    /** Carbon saved by the chosen policy in one month (by submission month), kgCO2e. */
    public record MonthSaving(YearMonth month, double savedKg, double baselineKg, int runs) {}

    static ReplayTiles of(ReplayResult r) {
        return of(r.policy(), r.records(), r.summary());
    }

    /** The tiles of any set of records of one policy (a fresh replay's, or one read back from the workspace). */
    static ReplayTiles of(Policy policy, List<JobRecord> records, ReplaySummary s) {
        Map<YearMonth, List<JobRecord>> byMonth = new TreeMap<>();
        for (JobRecord rec : records) {
            byMonth.computeIfAbsent(YearMonth.from(rec.submittedAt().atZone(ZoneOffset.UTC)), k -> new ArrayList<>())
                    .add(rec);
        }
        List<MonthSaving> months = new ArrayList<>();
        byMonth.forEach((m, list) -> {
            ReplaySummary ms = ReplaySummary.of(policy, list, 0);
            months.add(new MonthSaving(m, ms.savedKg(), ms.baselineKg(), ms.jobs()));
        });
        double perMonth = months.isEmpty() ? 0 : s.savedKg() / months.size();
        String monthly = months.stream()
                .map(m -> m.month().getMonth().getDisplayName(TextStyle.SHORT, Locale.US) + " " + Fmt.saving(m.savedKg(), 1))
                .collect(Collectors.joining(" · ")) + " " + Fmt.KG;
        return new ReplayTiles(
                Fmt.savingKg(perMonth) + " / month",
                monthly,
                Fmt.count(s.deferred()) + " of " + Fmt.count(s.flexible()) + " flexible",
                Fmt.percent(s.deferralRatePct(), 1) + " deferred · "
                        + Fmt.count(s.forced()) + " forced at expiry · " + Fmt.count(s.neverDeferredHard())
                        + " hard, never deferred",
                // the summary keeps the sign of a small negative (−0.04%, not 0.0)
                s.savingPct() == null ? Fmt.percent(null, 1) : Fmt.savingPercent(s.savingPct(), SavingFigures.PCT_DECIMALS),
                "against immediate dispatch: " + Fmt.savingKg(s.savedKg()) + " of " + Fmt.kg(s.baselineKg()),
                Fmt.hours(s.avgDeferralH()),
                "mean wait of the deferred runs (" + Fmt.hours(s.avgDelayH()) + " over all runs)",
                List.copyOf(months));
    }
}
