package dev.greenops.views.common;

import dev.greenops.model.ledger.explore.LedgerFilter;
import java.util.List;
import java.util.Objects;

/**
 * A request from any screen to open the Ledger on some rows (a tile, a bar, a search hit, a job in the scheduler):
 * {@link AppContext#openLedger} shows the Ledger screen with exactly these filters.
 *
 * @param origin what asked, for the ledger's breadcrumb (e.g. "Overview: Total emissions")
 */
public record LedgerRequest(List<LedgerFilter> filters, String origin) {
    public LedgerRequest {
        filters = List.copyOf(filters);
        Objects.requireNonNull(origin, "origin");
    }
}
