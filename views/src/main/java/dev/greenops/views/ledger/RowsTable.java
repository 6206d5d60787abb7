package dev.greenops.views.ledger;

import dev.greenops.model.ledger.explore.LedgerColumn;
import dev.greenops.model.ledger.explore.LedgerRow;
import dev.greenops.model.ledger.explore.Sort;
import dev.greenops.views.common.Columns;
import dev.greenops.views.common.Fmt;
import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.ListChangeListener;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;

/**
 * The ledger rows of the current view: every UFMS:003 column, virtualised over a {@link
 * dev.greenops.views.common.PagedList} (a page of rows is read when it scrolls into view), sorted by DuckDB (a click on a
 * header re-queries; nothing is sorted in memory), rows that do not recompute marked.
 */
final class RowsTable extends TableView<LedgerRow> {

    static final String MISMATCH = "app-row-mismatch";
    static final String COLUMN_KEY = "greenops.ledger.column";

    RowsTable(LedgerViewModel vm, Consumer<TableColumn<LedgerRow, ?>> onFilterColumn) {
        setId("ledger-rows");
        getStyleClass().add(atlantafx.base.theme.Styles.DENSE);
        setItems(vm.rows());
        setPlaceholder(new Label("No rows match the filters."));
        setColumnResizePolicy(TableView.UNCONSTRAINED_RESIZE_POLICY);
        for (LedgerColumn c : LedgerColumn.values()) {
            TableColumn<LedgerRow, Object> col = new TableColumn<>(c.titleWithUnit());
            col.setId("col-" + c.sql());
            col.getProperties().put(COLUMN_KEY, c);
            col.setCellValueFactory(d -> new ReadOnlyObjectWrapper<>(d.getValue() == null ? null : d.getValue().value(c)));
            col.setCellFactory(x -> new TableCell<>() {
                @Override
                protected void updateItem(Object item, boolean empty) {
                    super.updateItem(item, empty);
                    setText(empty || item == null ? null : text(item));
                }
            });
            // never narrower than the header, so "GPU type" or "Emissions (kgCO2e)" are read whole
            col.setPrefWidth(Math.max(width(c), Math.ceil(Columns.textWidth(c.titleWithUnit(), true) + 30)));
            if (c.isNumber()) {
                Columns.rightAlign(col);
            }
            getColumns().add(col);
        }
        setRowFactory(t -> new TableRow<>() {
            @Override
            protected void updateItem(LedgerRow row, boolean empty) {
                super.updateItem(row, empty);
                getStyleClass().remove(MISMATCH);
                setTooltip(null);
                if (!empty && row != null && !row.recomputes()) {
                    getStyleClass().add(MISMATCH);
                    setTooltip(new Tooltip("Emissions do not recompute: reported " + Fmt.kg(row.emissionsKgCo2e())
                            + ", energy \u00d7 intensity gives " + Fmt.kg(row.recomputedKgCo2e())));
                }
            }
        });
        // DuckDB sorts: a header click re-queries instead of sorting (and so loading) every row in memory
        setSortPolicy(t -> {
            List<Sort> sorts = new ArrayList<>();
            for (TableColumn<LedgerRow, ?> col : getSortOrder()) {
                if (col.getProperties().get(COLUMN_KEY) instanceof LedgerColumn lc) {
                    sorts.add(new Sort(lc, col.getSortType() == TableColumn.SortType.ASCENDING));
                }
            }
            vm.sortProperty().set(sorts.isEmpty() ? Sort.DEFAULT : sorts);
            return true;
        });
        vm.rows().loadedProperty().addListener((o, a, b) -> refresh());
        getSelectionModel().getSelectedIndices().addListener((ListChangeListener<Integer>) c ->
                vm.selectRows(List.copyOf(getSelectionModel().getSelectedItems())));
        for (TableColumn<LedgerRow, ?> col : getColumns()) {
            javafx.scene.control.MenuItem filter = new javafx.scene.control.MenuItem("Filter by this column\u2026");
            filter.setOnAction(e -> onFilterColumn.accept(col));
            col.setContextMenu(new javafx.scene.control.ContextMenu(filter));
        }
    }

    static String text(Object v) {
        return switch (v) {
            case BigDecimal d -> Fmt.exact(d);
            case LocalDateTime t -> Fmt.utc(t);
            case Integer i -> Fmt.count(i);
            case Long l -> l.toString();
            default -> v.toString();
        };
    }

    private static double width(LedgerColumn c) {
        return switch (c) {
            case DATE -> 100;
            case OWNER, INTENSITY_SOURCE -> 230;
            case RESOURCE_ID -> 200;
            case METHODOLOGY, MODEL, JOB_ID, TEAM, MODEL_FAMILY -> 150;
            case SIGNED_AT -> 150;
            case BATCH_ID, SOURCE_LINE, GPU_COUNT, PUE -> 80;
            default -> Math.max(110, c.titleWithUnit().length() * 8 + 16);
        };
    }
}
