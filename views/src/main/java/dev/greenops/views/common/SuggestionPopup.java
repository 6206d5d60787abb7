package dev.greenops.views.common;

import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.animation.PauseTransition;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.geometry.Bounds;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.stage.Popup;
import javafx.util.Duration;

/**
 * Suggestions under a text field while the user types: the provider runs on the task runner (quietly, the newest
 * text wins), Down moves into the list, Enter or a click chooses, Escape closes. Styled by the theme like any list.
 */
public final class SuggestionPopup<T> {

    /** Finds suggestions for the text typed; runs off the FX thread. */
    @FunctionalInterface
    public interface Provider<T> {
        List<T> suggest(String text) throws Exception;
    }

    private final TextField field;
    private final TaskRunner tasks;
    private final Provider<T> provider;
    private final Consumer<T> choose;
    private final ObservableList<T> items = FXCollections.observableArrayList();
    private final ListView<T> list = new ListView<>(items);
    private final Popup popup = new Popup();
    private final PauseTransition debounce = new PauseTransition(Duration.millis(150));
    private int generation;
    private boolean muted;

    public SuggestionPopup(TextField field, TaskRunner tasks, Provider<T> provider, Function<T, String> text,
            Consumer<T> choose) {
        this.field = field;
        this.tasks = tasks;
        this.provider = provider;
        this.choose = choose;
        list.getStyleClass().add("app-suggestions");
        list.setPrefSize(Math.max(260, field.getPrefWidth()), 220);
        list.setCellFactory(v -> new ListCell<>() {
            @Override
            protected void updateItem(T item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : text.apply(item));
            }
        });
        list.setOnMouseClicked(e -> chooseSelected());
        list.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ENTER) {
                chooseSelected();
                e.consume();
            } else if (e.getCode() == KeyCode.ESCAPE) {
                hide();
                field.requestFocus();
                e.consume();
            }
        });
        popup.getContent().add(list);
        popup.setAutoHide(true);
        debounce.setOnFinished(e -> suggest(field.getText()));
        field.textProperty().addListener((o, a, t) -> {
            if (muted) {
                return;
            }
            if (tasks.isDirect()) {
                suggest(t);
            } else {
                debounce.playFromStart();
            }
        });
        field.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.DOWN && !items.isEmpty()) {
                show();
                list.requestFocus();
                list.getSelectionModel().selectFirst();
                e.consume();
            } else if (e.getCode() == KeyCode.ESCAPE && popup.isShowing()) {
                hide();
                e.consume();
            }
        });
        field.focusedProperty().addListener((o, was, focused) -> {
            if (!focused && !list.isFocused()) {
                hide();
            }
        });
    }

    public ObservableList<T> items() {
        return items;
    }

    public void hide() {
        popup.hide();
    }

    /** Sets the field's text without asking for suggestions (after a choice). */
    public void setTextQuietly(String text) {
        muted = true;
        try {
            field.setText(text);
            field.positionCaret(text.length());
        } finally {
            muted = false;
        }
    }

    private void suggest(String text) {
        int gen = ++generation;
        if (text == null || text.isBlank()) {
            items.clear();
            hide();
            return;
        }
        tasks.runQuietly(p -> provider.suggest(text), found -> {
            if (gen != generation) {
                return;
            }
            items.setAll(found);
            if (found.isEmpty() || !field.isFocused()) {
                hide();
            } else {
                show();
            }
        }, e -> items.clear());
    }

    private void show() {
        if (field.getScene() == null || field.getScene().getWindow() == null || popup.isShowing()) {
            return;
        }
        Bounds b = field.localToScreen(field.getBoundsInLocal());
        if (b != null) {
            list.setPrefWidth(Math.max(260, b.getWidth()));
            popup.show(field, b.getMinX(), b.getMaxY() + 2);
        }
    }

    /** Chooses the selected suggestion, or the first when none is selected. */
    public void chooseSelected() {
        T item = list.getSelectionModel().getSelectedItem();
        if (item == null && !items.isEmpty()) {
            item = items.getFirst();
        }
        if (item != null) {
            hide();
            choose.accept(item);
        }
    }
}
