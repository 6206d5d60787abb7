package dev.greenops.views.shell;

import dev.greenops.model.ledger.explore.LedgerSearch;
import dev.greenops.model.store.Workspace;
import dev.greenops.views.common.AppContext;
import dev.greenops.views.common.Fmt;
import java.util.List;
import javafx.animation.PauseTransition;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.geometry.Bounds;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Popup;
import javafx.util.Duration;

/**
 * Global search (Ctrl+K): jobs, teams, regions and days of the ledger. Typing lists the hits under the field; Enter or a
 * click opens the Ledger on the hit's rows.
 */
final class SearchBox extends TextField {

    private final AppContext context;
    private final ObservableList<LedgerSearch.Hit> hits = FXCollections.observableArrayList();
    private final ListView<LedgerSearch.Hit> list = new ListView<>(hits);
    private final Popup popup = new Popup();
    private final PauseTransition debounce = new PauseTransition(Duration.millis(150));
    private int generation;

    SearchBox(AppContext context) {
        this.context = context;
        setId("global-search");
        setPromptText("Search jobs, teams, regions, days  (Ctrl+K)");
        setPrefColumnCount(26);
        list.setId("global-search-results");
        list.setPrefSize(420, 260);
        list.setCellFactory(v -> new ListCell<>() {
            @Override
            protected void updateItem(LedgerSearch.Hit hit, boolean empty) {
                super.updateItem(hit, empty);
                setText(empty || hit == null ? null : hit.kind().title() + "   " + hit.value() + "   \u00b7 " + Fmt.rows(hit.rows()));
            }
        });
        list.setOnMouseClicked(e -> openSelected());
        list.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER) {
                openSelected();
            } else if (e.getCode() == KeyCode.ESCAPE) {
                popup.hide();
                requestFocus();
            }
        });
        popup.getContent().add(list);
        popup.setAutoHide(true);
        debounce.setOnFinished(e -> search(getText()));
        textProperty().addListener((o, a, text) -> {
            if (context.tasks().isDirect()) {
                search(text);
            } else {
                debounce.playFromStart();
            }
        });
        setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.DOWN && !hits.isEmpty()) {
                show();
                list.requestFocus();
                list.getSelectionModel().selectFirst();
            } else if (e.getCode() == KeyCode.ENTER && !hits.isEmpty()) {
                list.getSelectionModel().selectFirst();
                openSelected();
            } else if (e.getCode() == KeyCode.ESCAPE) {
                setText("");
                popup.hide();
            }
        });
    }

    ObservableList<LedgerSearch.Hit> hits() {
        return hits;
    }

    private void search(String text) {
        Workspace ws = context.workspace();
        int gen = ++generation;
        if (ws == null || text == null || text.isBlank()) {
            hits.clear();
            popup.hide();
            return;
        }
        context.tasks().runQuietly(p -> new LedgerSearch(ws).search(text, 5), (List<LedgerSearch.Hit> found) -> {
            if (gen != generation) {
                return;
            }
            hits.setAll(found);
            if (found.isEmpty()) {
                popup.hide();
            } else {
                show();
            }
        }, e -> hits.clear());
    }

    private void show() {
        if (getScene() == null || getScene().getWindow() == null) {
            return;
        }
        Bounds b = localToScreen(getBoundsInLocal());
        if (b != null && !popup.isShowing()) {
            popup.show(this, b.getMinX(), b.getMaxY() + 2);
        }
    }

    /** Opens the selected hit (the first when none is selected) in the Ledger. */
    void openSelected() {
        LedgerSearch.Hit hit = list.getSelectionModel().getSelectedItem();
        if (hit == null && !hits.isEmpty()) {
            hit = hits.getFirst();
        }
        if (hit == null) {
            return;
        }
        popup.hide();
        context.openLedger(List.of(hit.filter()), "Search: " + hit.kind().title() + " " + hit.value());
    }
}
