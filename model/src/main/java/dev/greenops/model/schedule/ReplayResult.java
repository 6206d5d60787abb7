package dev.greenops.model.schedule;

import java.util.List;

/**
 * What a replay produced: one record per job run (in submission order), the totals, and warnings about runs that
 * could not be replayed or settings that could not be honoured.
 */
public record ReplayResult(ReplayRequest request, List<JobRecord> records, ReplaySummary summary, List<String> warnings,
        String forecastDescription) {

    public ReplayResult {
        records = List.copyOf(records);
        warnings = List.copyOf(warnings);
    }

    public Policy policy() {
        return request.policy();
    }
}
