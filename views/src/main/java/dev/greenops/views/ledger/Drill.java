package dev.greenops.views.ledger;

import dev.greenops.model.ledger.explore.LedgerFilter;
import java.util.List;
import java.util.Objects;

/**
 * A drill-down: the rows behind one aggregate (a pivot cell, a bar, a failing check), on top of the screen's filters.
 *
 * @param label what the rows pane says it shows, e.g. "Team search · Aug 2026"
 */
public record Drill(String label, List<LedgerFilter> filters) {
    public Drill {
        Objects.requireNonNull(label, "label");
        filters = List.copyOf(filters);
    }
}
