package dev.greenops.views.ledger;

import dev.greenops.model.ledger.explore.LedgerRow;
import dev.greenops.model.ledger.explore.Provenance;
import java.util.List;

/** What the inspector shows: the provenance of a whole selection, or of individual rows the user selected. */
public sealed interface Inspection {

    /** The provenance of every row behind an aggregate or the current view. */
    record Summary(String label, Provenance provenance) implements Inspection {}

    /**
     * Rows the user selected (at most {@link LedgerViewModel#MAX_INSPECTED_ROWS}), with their import batches.
     *
     * @param selected how many rows were selected in all
     */
    record Rows(List<LedgerRow> rows, List<Provenance.BatchUse> batches, int selected) implements Inspection {
        public Rows {
            rows = List.copyOf(rows);
            batches = List.copyOf(batches);
        }
    }
}
