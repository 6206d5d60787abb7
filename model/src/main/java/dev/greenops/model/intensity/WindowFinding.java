package dev.greenops.model.intensity;

import java.time.Duration;
import java.util.List;

/**
 * The result of a window search.
 *
 * @param optimal every window whose average equals the minimum, earliest first (Carbon Aware SDK semantics)
 * @param candidates every candidate window in order, when the query asked for them; else empty
 * @param candidateCount how many windows were evaluated
 * @param step the step candidates were taken at
 */
public record WindowFinding(List<TimeWindow> optimal, List<TimeWindow> candidates, long candidateCount, Duration step) {

    public WindowFinding {
        optimal = List.copyOf(optimal);
        candidates = List.copyOf(candidates);
    }

    public TimeWindow best() {
        return optimal.getFirst();
    }
}
