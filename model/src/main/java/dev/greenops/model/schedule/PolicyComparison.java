package dev.greenops.model.schedule;

import dev.greenops.model.common.ProgressListener;
import dev.greenops.model.common.SavingRounding;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/**
 * The same jobs, period and grid replayed under several policies, compared side by side per job group: the saving
 * against immediate dispatch (negative when a policy made things dirtier) and the share of the oracle's saving each
 * policy captures.
 */
public record PolicyComparison(Map<Policy, ReplayResult> results, List<Row> rows) {

    public static final String ALL = "all jobs";
    public static final String FLEXIBLE = "flexible (soft)";
    public static final String HARD = "hard deadline";

    public PolicyComparison {
        results = java.util.Collections.unmodifiableMap(new EnumMap<>(results));
        rows = List.copyOf(rows);
    }

    /**
     * One policy on one group of job runs.
     *
     * @param group {@link #ALL}, {@link #FLEXIBLE}, {@link #HARD} or a job id
     * @param savingPct saved as a share of the baseline (immediate dispatch), percent, 1 decimal (more for a negative
     *     that would round to zero, see {@link SavingRounding}); null if no baseline
     * @param oracleSharePct saved as a share of the oracle's saving on the same group, percent, rounded as
     *     {@code savingPct}; null when the oracle
     *     saves nothing there (there is nothing to capture)
     */
    public record Row(String group, Policy policy, int runs, int deferred, int forced, double avgDelayH,
            double baselineKg, double actualKg, double savedKg, Double savingPct, Double oracleSharePct) {}

    /** Replays {@code request} under each of {@code policies} (the oracle is always run, for the share). */
    public static PolicyComparison run(ReplayRequest request, List<Policy> policies, ProgressListener progress) {
        List<Policy> toRun = new ArrayList<>(policies);
        if (!toRun.contains(Policy.ORACLE)) {
            toRun.add(Policy.ORACLE);
        }
        Map<Policy, ReplayResult> results = new EnumMap<>(Policy.class);
        int i = 0;
        for (Policy p : toRun) {
            int index = i++;
            ReplayResult r = SchedulerReplay.run(request.withPolicy(p), (done, total, message) -> progress.progress(
                    (long) index * 1000 + (total > 0 ? 1000 * done / total : 0), toRun.size() * 1000L, p.id() + ": " + message));
            results.put(p, r);
        }
        return of(results, policies);
    }

    /** Builds the rows from finished replays (which must include the oracle's). */
    public static PolicyComparison of(Map<Policy, ReplayResult> results, List<Policy> policies) {
        ReplayResult oracle = results.get(Policy.ORACLE);
        Map<String, Predicate<JobRecord>> groups = new LinkedHashMap<>();
        groups.put(ALL, r -> true);
        groups.put(FLEXIBLE, r -> r.jobClass() == JobClass.SOFT);
        groups.put(HARD, r -> r.jobClass() == JobClass.HARD);
        for (Job job : oracle.request().jobs()) {
            groups.put(job.id(), r -> r.jobId().equals(job.id()));
        }
        List<Row> rows = new ArrayList<>();
        for (var g : groups.entrySet()) {
            List<JobRecord> oracleRuns = oracle.records().stream().filter(g.getValue()).toList();
            if (oracleRuns.isEmpty()) {
                continue;
            }
            double oracleSaved = ReplaySummary.of(Policy.ORACLE, oracleRuns, 0).savedKg();
            for (Policy p : policies) {
                ReplayResult r = results.get(p);
                if (r == null) {
                    continue;
                }
                ReplaySummary s = ReplaySummary.of(p, r.records().stream().filter(g.getValue()).toList(), 0);
                Double share = oracleSaved > 0 ? SavingRounding.percent(BigDecimal.valueOf(s.savedKg()),
                        BigDecimal.valueOf(oracleSaved), ReplaySummary.PCT_DECIMALS) : null;
                rows.add(new Row(g.getKey(), p, s.jobs(), s.deferred(), s.forced(), s.avgDelayH(), s.baselineKg(),
                        s.actualKg(), s.savedKg(), s.savingPct(), share));
            }
        }
        return new PolicyComparison(results, rows);
    }

    public List<Row> rows(String group) {
        return rows.stream().filter(r -> r.group().equals(group)).toList();
    }

    public Row row(String group, Policy policy) {
        return rows.stream().filter(r -> r.group().equals(group) && r.policy() == policy).findFirst().orElseThrow();
    }

    public List<String> groups() {
        return rows.stream().map(Row::group).distinct().toList();
    }
}
