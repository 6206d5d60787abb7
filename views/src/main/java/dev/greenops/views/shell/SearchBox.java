package dev.greenops.views.shell;

import dev.greenops.model.ledger.explore.LedgerSearch;
import dev.greenops.model.store.Workspace;
import dev.greenops.views.common.AppContext;
import dev.greenops.views.common.Fmt;
import dev.greenops.views.common.SuggestionPopup;
import java.util.List;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;

/**
 * Global search (Ctrl+K): jobs, teams, regions and days of the ledger. Typing lists the hits under the field; Enter or a
 * click opens the Ledger on the hit's rows.
 */
final class SearchBox extends TextField {

    private final SuggestionPopup<LedgerSearch.Hit> popup;

    SearchBox(AppContext context) {
        setId("global-search");
        setPromptText("Search jobs, teams, regions, days  (Ctrl+K)");
        setPrefColumnCount(24);
        popup = new SuggestionPopup<>(this, context.tasks(), text -> {
            Workspace ws = context.workspace();
            return ws == null ? List.of() : new LedgerSearch(ws).search(text, 5);
        }, hit -> hit.kind().title() + "   " + hit.value() + "   \u00b7 " + Fmt.rows(hit.rows()), hit -> {
            popup().setTextQuietly("");
            context.openLedger(List.of(hit.filter()), "Search: " + hit.kind().title() + " " + hit.value());
        });
        setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER) {
                popup.chooseSelected();
            } else if (e.getCode() == KeyCode.ESCAPE) {
                setText("");
            }
        });
    }

    private SuggestionPopup<LedgerSearch.Hit> popup() {
        return popup;
    }

    List<LedgerSearch.Hit> hits() {
        return popup.items();
    }
}
