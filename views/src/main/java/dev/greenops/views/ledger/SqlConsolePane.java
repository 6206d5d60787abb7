package dev.greenops.views.ledger;

import dev.greenops.model.query.QueryResult;
import dev.greenops.views.common.AppContext;
import dev.greenops.views.common.Columns;
import dev.greenops.views.common.Tables;
import java.math.BigDecimal;
import java.util.List;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * The SQL console: an editor (Ctrl+Enter runs, Ctrl+Up / Ctrl+Down walk the history), the history list, a READ-ONLY
 * badge, and the result as a table with Copy and Export CSV.
 */
final class SqlConsolePane extends BorderPane {

    private final SqlConsoleViewModel vm;
    private final TextArea editor = new TextArea();
    private final TableView<List<Object>> result = new TableView<>();
    private final javafx.collections.ObservableList<List<Object>> resultRows = javafx.collections.FXCollections.observableArrayList();

    SqlConsolePane(SqlConsoleViewModel vm, AppContext context) {
        this.vm = vm;
        setId("ledger-sql");
        editor.setId("sql-editor");
        editor.getStyleClass().add("app-mono");
        editor.textProperty().bindBidirectional(vm.textProperty());
        editor.setPrefRowCount(8);
        editor.addEventFilter(javafx.scene.input.KeyEvent.KEY_PRESSED, e -> {
            if (new KeyCodeCombination(KeyCode.ENTER, KeyCombination.SHORTCUT_DOWN).match(e)) {
                vm.run();
                e.consume();
            } else if (new KeyCodeCombination(KeyCode.UP, KeyCombination.SHORTCUT_DOWN).match(e)) {
                vm.previous();
                e.consume();
            } else if (new KeyCodeCombination(KeyCode.DOWN, KeyCombination.SHORTCUT_DOWN).match(e)) {
                vm.next();
                e.consume();
            }
        });
        Button run = new Button("Run  (Ctrl+Enter)");
        run.setId("sql-run");
        run.getStyleClass().add("accent");
        run.disableProperty().bind(vm.runningProperty());
        run.setOnAction(e -> vm.run());
        Label badge = new Label("READ-ONLY");
        badge.setId("sql-read-only");
        badge.getStyleClass().add("app-readonly-badge");
        badge.setTooltip(new Tooltip("Queries run in a read-only transaction that is rolled back; writes, ATTACH, COPY,"
                + " settings, extensions and file or network access are refused. Same as greenops query."));
        Label status = new Label();
        status.setId("sql-status");
        status.textProperty().bind(vm.statusProperty());
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox bar = new HBox(8, run, badge, gap, status);
        bar.setAlignment(Pos.CENTER_LEFT);
        Label error = new Label();
        error.setId("sql-error");
        error.setWrapText(true);
        // a refusal is the answer to the query: it takes the lines it needs and the editor gives way, never "…"
        error.setMinHeight(Region.USE_PREF_SIZE);
        error.setMaxWidth(Double.MAX_VALUE);
        error.getStyleClass().add("app-problem");
        error.textProperty().bind(vm.errorProperty());
        error.visibleProperty().bind(vm.errorProperty().isNotEmpty());
        error.managedProperty().bind(error.visibleProperty());
        VBox top = new VBox(6, bar, editor, error);
        VBox.setVgrow(editor, Priority.ALWAYS);
        top.getStyleClass().add("app-pane");

        result.setId("sql-result");
        result.setPlaceholder(new Label("Run a query to see its result here."));
        result.setColumnResizePolicy(TableView.UNCONSTRAINED_RESIZE_POLICY);
        Tables.install(result, context, "query-result");
        javafx.scene.control.TextField resultFilter = Tables.filterable(result, resultRows);
        vm.resultProperty().addListener((o, a, r) -> show(r));
        VBox bottom = new VBox(6, resultFilter, result);
        VBox.setVgrow(result, Priority.ALWAYS);
        bottom.getStyleClass().add("app-pane");
        SplitPane main = new SplitPane(top, bottom);
        main.setOrientation(Orientation.VERTICAL);
        main.setDividerPositions(0.38);

        ListView<String> history = new ListView<>(vm.history());
        history.setId("sql-history");
        history.setPlaceholder(new Label("Queries you run appear here."));
        history.setCellFactory(l -> new ListCell<>() {
            @Override
            protected void updateItem(String sql, boolean empty) {
                super.updateItem(sql, empty);
                setText(empty || sql == null ? null : sql.replaceAll("(?m)^\\s*--.*$", "").replaceAll("\\s+", " ").strip());
                setTooltip(empty || sql == null ? null : new Tooltip(sql));
            }
        });
        history.setOnMouseClicked(e -> {
            String sql = history.getSelectionModel().getSelectedItem();
            if (sql != null) {
                vm.textProperty().set(sql);
                if (e.getClickCount() == 2) {
                    vm.run();
                }
            }
        });
        Label historyTitle = new Label("History");
        historyTitle.getStyleClass().add("app-pane-title");
        VBox left = new VBox(6, historyTitle, history);
        VBox.setVgrow(history, Priority.ALWAYS);
        left.getStyleClass().add("app-pane");
        left.setPrefWidth(260);
        SplitPane outer = new SplitPane(left, main);
        outer.setDividerPositions(0.22);
        setCenter(outer);
    }

    private void show(QueryResult r) {
        result.getColumns().clear();
        if (r == null) {
            resultRows.clear();
            return;
        }
        for (int i = 0; i < r.columns().size(); i++) {
            int index = i;
            QueryResult.Column c = r.columns().get(i);
            TableColumn<List<Object>, Object> col = new TableColumn<>(c.name());
            col.setCellValueFactory(d -> new ReadOnlyObjectWrapper<>(d.getValue().get(index)));
            col.setCellFactory(x -> new TableCell<>() {
                @Override
                protected void updateItem(Object v, boolean empty) {
                    super.updateItem(v, empty);
                    setText(empty ? null : text(v));
                    getStyleClass().remove("app-null");
                    if (!empty && v == null) {
                        getStyleClass().add("app-null");
                    }
                }
            });
            int longest = (int) Math.ceil(c.name().length() * 1.15);
            for (int r2 = 0; r2 < Math.min(200, r.rows().size()); r2++) {
                Object v = r.rows().get(r2).get(index);
                longest = Math.max(longest, text(v).length());
            }
            col.setPrefWidth(Math.max(70, Math.min(420, longest * 8.5 + 24)));
            Label header = new Label(c.name());
            header.setTooltip(new Tooltip(c.type()));
            col.setText("");
            col.setGraphic(header);
            col.getProperties().put(Tables.HEADER, c.name());
            if (c.isNumeric()) {
                Columns.rightAlign(col);
            }
            result.getColumns().add(col);
        }
        resultRows.setAll(r.rows());
    }

    /** A result value as text: decimals as stored, timestamps with a space, NULL said. */
    static String text(Object v) {
        return switch (v) {
            case null -> "NULL";
            case BigDecimal d -> d.toPlainString();
            case java.time.LocalDateTime t -> t.toLocalDate() + " " + t.toLocalTime();
            default -> v.toString();
        };
    }

    TableView<List<Object>> resultTable() {
        return result;
    }

    TextArea editor() {
        return editor;
    }
}
