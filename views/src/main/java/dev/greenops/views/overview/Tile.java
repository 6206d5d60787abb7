package dev.greenops.views.overview;

import dev.greenops.model.ledger.explore.LedgerFilter;
import java.util.List;

/**
 * One figure of the Overview: its value, a second line of context, its trend against the previous period and within
 * the period, and the ledger rows a click opens.
 *
 * @param trend how the trend reads: BETTER / WORSE colour it, NEUTRAL and NONE do not
 */
public record Tile(
        String id,
        String title,
        String value,
        String detail,
        String trendText,
        Trend trend,
        String monthText,
        List<LedgerFilter> filters) {

    public enum Trend {
        BETTER,
        WORSE,
        NEUTRAL,
        NONE
    }

    public Tile {
        filters = List.copyOf(filters);
    }
}
