package dev.greenops.views.ledger;

import dev.greenops.model.ledger.explore.LedgerColumn;
import dev.greenops.model.ledger.explore.LedgerFilter;
import dev.greenops.views.common.AppContext;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import javafx.collections.ListChangeListener;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import dev.greenops.views.common.SuggestionPopup;

/**
 * Column filters: pick a column, an operator (contains / equals for text, a range for numbers and dates) and the
 * value(s); each filter becomes a chip that a click removes. The shared date range shows as a chip of its own.
 */
final class FilterBar extends VBox {

    enum Op {
        CONTAINS("contains"),
        EQUALS("equals"),
        BETWEEN("between");

        final String text;

        Op(String text) {
            this.text = text;
        }

        @Override
        public String toString() {
            return text;
        }
    }

    private final LedgerViewModel vm;
    private final AppContext context;
    private final ComboBox<LedgerColumn> column = new ComboBox<>();
    private final ComboBox<Op> op = new ComboBox<>();
    private final TextField value = new TextField();
    private final TextField upper = new TextField();
    private final Label and = new Label("and");
    private final Label problem = new Label();
    private final FlowPane chips = new FlowPane(6, 6);
    private SuggestionPopup<String> suggestions;

    FilterBar(LedgerViewModel vm, AppContext context) {
        this.vm = vm;
        this.context = context;
        getStyleClass().add("app-filter-bar");
        setSpacing(6);
        column.setId("filter-column");
        column.getItems().setAll(LedgerColumn.values());
        column.setConverter(new StringConverter<>() {
            @Override
            public String toString(LedgerColumn c) {
                return c == null ? "" : c.titleWithUnit();
            }

            @Override
            public LedgerColumn fromString(String s) {
                return null;
            }
        });
        column.setValue(LedgerColumn.TEAM);
        column.setPrefWidth(200);
        op.setId("filter-op");
        value.setId("filter-value");
        upper.setId("filter-upper");
        value.setPrefColumnCount(14);
        upper.setPrefColumnCount(8);
        column.valueProperty().addListener((o, a, c) -> columnChanged());
        op.valueProperty().addListener((o, a, b) -> opChanged());
        suggestions = new SuggestionPopup<>(value, context.tasks(), text -> {
            LedgerColumn c = column.getValue();
            return c != null && c.isText() ? vm.suggestions(c, text) : java.util.List.<String>of();
        }, v -> v, v -> {
            this.suggestions.setTextQuietly(v);
            add();
        });
        Button add = new Button("Add filter");
        add.setId("filter-add");
        add.setDefaultButton(false);
        add.setOnAction(e -> add());
        value.setOnAction(e -> add());
        upper.setOnAction(e -> add());
        Button clear = new Button("Clear filters");
        clear.setId("filter-clear");
        clear.getStyleClass().add("flat");
        clear.setOnAction(e -> vm.filters().clear());
        clear.disableProperty().bind(javafx.beans.binding.Bindings.isEmpty(vm.filters()));
        problem.getStyleClass().add("app-problem");
        problem.setId("filter-problem");
        HBox editor = new HBox(6, new Label("Filter"), column, op, value, and, upper, add, clear, problem);
        editor.setAlignment(Pos.CENTER_LEFT);
        chips.setId("filter-chips");
        getChildren().addAll(editor, chips);
        vm.filters().addListener((ListChangeListener<LedgerFilter>) c -> rebuildChips());
        context.rangeFromProperty().addListener((o, a, b) -> rebuildChips());
        context.rangeToProperty().addListener((o, a, b) -> rebuildChips());
        columnChanged();
        rebuildChips();
    }

    /** Prepares the editor for {@code c} (from a column header's "Filter by this column"). */
    void edit(LedgerColumn c) {
        column.setValue(c);
        value.requestFocus();
    }

    private void columnChanged() {
        LedgerColumn c = column.getValue();
        op.getItems().setAll(switch (c.kind()) {
            case TEXT, TIMESTAMP -> java.util.List.of(Op.CONTAINS, Op.EQUALS);
            case NUMBER -> java.util.List.of(Op.BETWEEN, Op.EQUALS);
            case DATE -> java.util.List.of(Op.BETWEEN, Op.EQUALS);
        });
        op.setValue(op.getItems().getFirst());
        opChanged();
    }

    private void opChanged() {
        LedgerColumn c = column.getValue();
        boolean range = op.getValue() == Op.BETWEEN;
        upper.setVisible(range);
        upper.setManaged(range);
        and.setVisible(range);
        and.setManaged(range);
        value.setPromptText(switch (c.kind()) {
            case NUMBER -> range ? "minimum (empty = none)" : "value";
            case DATE -> range ? "from yyyy-mm-dd" : "yyyy-mm-dd";
            default -> "text";
        });
        upper.setPromptText(c.kind() == LedgerColumn.Kind.DATE ? "to yyyy-mm-dd" : "maximum");
        value.setTooltip(new Tooltip(c.titleWithUnit()));
        problem.setText("");
    }

    /** Builds the filter the editor describes, or says what is wrong with it. */
    void add() {
        try {
            LedgerFilter f = build();
            if (f != null) {
                suggestions.hide();
                vm.addFilter(f);
                value.clear();
                upper.clear();
                problem.setText("");
            }
        } catch (IllegalArgumentException | DateTimeParseException e) {
            problem.setText(e instanceof DateTimeParseException ? "Dates are yyyy-mm-dd, e.g. 2026-08-01" : e.getMessage());
        }
    }

    private LedgerFilter build() {
        LedgerColumn c = column.getValue();
        String v = value.getText() == null ? "" : value.getText().strip();
        String u = upper.getText() == null ? "" : upper.getText().strip();
        return switch (c.kind()) {
            case TEXT, TIMESTAMP -> {
                if (v.isEmpty()) {
                    throw new IllegalArgumentException("Type the text to look for");
                }
                yield op.getValue() == Op.EQUALS ? new LedgerFilter.Equals(c, v) : new LedgerFilter.TextContains(c, v);
            }
            case NUMBER -> {
                if (op.getValue() == Op.EQUALS) {
                    BigDecimal x = number(v, "value");
                    yield new LedgerFilter.NumberRange(c, x, x);
                }
                yield new LedgerFilter.NumberRange(c, v.isEmpty() ? null : number(v, "minimum"),
                        u.isEmpty() ? null : number(u, "maximum"));
            }
            case DATE -> {
                if (op.getValue() == Op.EQUALS) {
                    LocalDate d = LocalDate.parse(v);
                    yield new LedgerFilter.DateRange(d, d);
                }
                yield new LedgerFilter.DateRange(v.isEmpty() ? null : LocalDate.parse(v), u.isEmpty() ? null : LocalDate.parse(u));
            }
        };
    }

    private static BigDecimal number(String s, String what) {
        try {
            return new BigDecimal(s.replace(",", ""));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("The " + what + " '" + s + "' is not a number (e.g. 12.5)");
        }
    }

    private void rebuildChips() {
        chips.getChildren().clear();
        LedgerFilter range = context.rangeFilter();
        if (range != null) {
            Label shared = new Label(range.label() + " (shared range, top bar)");
            shared.getStyleClass().add("app-chip-fixed");
            chips.getChildren().add(shared);
        }
        for (LedgerFilter f : vm.filters()) {
            Button chip = new Button(f.label() + "  \u2715");
            chip.getStyleClass().add("app-chip");
            chip.setTooltip(new Tooltip("Remove this filter"));
            chip.setOnAction(e -> vm.removeFilter(f));
            chips.getChildren().add(chip);
        }
        chips.setVisible(!chips.getChildren().isEmpty());
        chips.setManaged(chips.isVisible());
    }
}
