package dev.greenops.views.ledger;

import dev.greenops.model.ledger.explore.Pivot;
import dev.greenops.model.ledger.explore.Totals;
import dev.greenops.views.common.Columns;
import dev.greenops.views.common.Fmt;
import java.math.BigDecimal;
import java.time.LocalDate;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;

/** The pivot's aggregates: one row per (period, key) with every measure; selecting one drills down to its rows. */
final class PivotTable extends TableView<Pivot.Cell> {

    private final ObservableList<Pivot.Cell> cells = FXCollections.observableArrayList();
    private final TableColumn<Pivot.Cell, String> key;
    private Pivot pivot;

    PivotTable() {
        setId("ledger-pivot");
        // dense rows: at 1440 × 900 the pivot shows about twice as many groups
        getStyleClass().add(atlantafx.base.theme.Styles.DENSE);
        setPlaceholder(new Label("No rows to group."));
        TableColumn<Pivot.Cell, LocalDate> period = Columns.of("Period", Pivot.Cell::periodStart,
                d -> pivot == null ? d.toString() : pivot.grain().label(d));
        period.setId("pivot-period");
        // the export writes the bucket's first day (ISO), which sorts and joins; the table shows its label
        period.getProperties().put(dev.greenops.views.common.Tables.HEADER, "Period start");
        // the widest label of any grain: a day ("2026-10-31"); weeks and months are shorter
        Columns.fitHeader(period, Columns.textWidth("2026-10-31", false) + 18);
        key = Columns.text("Team", Pivot.Cell::key);
        key.setId("pivot-key");
        Columns.fitHeader(key, 120);
        TableColumn<Pivot.Cell, Long> rows = Columns.count("Rows", c -> c.totals().rows());
        Columns.fitHeader(rows, 48);
        TableColumn<Pivot.Cell, BigDecimal> emissions = measure("Location", "Emissions, location-based", Fmt.KG, Totals::emissionsKgCo2e);
        emissions.setId("pivot-emissions");
        getColumns().add(period);
        getColumns().add(key);
        getColumns().add(rows);
        getColumns().add(emissions);
        getColumns().add(measure("Market", "Emissions, market-based", Fmt.KG, Totals::marketBasedKgCo2e));
        getColumns().add(measure("Energy", "Facility energy", Fmt.KWH, Totals::energyKwh));
        getColumns().add(measure("GPU", "GPU-hours", Fmt.GPU_H, Totals::gpuHours));
        getColumns().add(measure("Cost", "Cost", Fmt.USD, Totals::costUsd));
    }

    /** A measure column with a two-line header ("Energy" over "kWh") to keep the table narrow. */
    private static TableColumn<Pivot.Cell, BigDecimal> measure(
            String shortTitle, String title, String unit, java.util.function.Function<Totals, BigDecimal> value) {
        TableColumn<Pivot.Cell, BigDecimal> c = Columns.number(title, unit, cell -> value.apply(cell.totals()), Fmt::amount);
        c.getProperties().put(dev.greenops.views.common.Tables.HEADER, c.getText());
        c.setText(shortTitle + "\n" + unit);
        Columns.fitHeader(c, 64);
        return c;
    }

    private static final double MAX_KEY_PX = 240;

    /** The width every column wants, for the split pane to make room. */
    double columnsWidth() {
        return getColumns().stream().mapToDouble(TableColumn::getPrefWidth).sum();
    }

    ObservableList<Pivot.Cell> cells() {
        return cells;
    }

    void show(Pivot p) {
        pivot = p;
        key.setText(p.dimension().title());
        // the key column fits its longest key (up to a point), so "recommendations" is not "recommend…"
        double widest = Columns.textWidth(key.getText(), true) + 22;
        for (Pivot.Cell c : p.cells()) {
            widest = Math.max(widest, Columns.textWidth(c.key(), false) + 18);
        }
        key.setPrefWidth(Math.ceil(Math.min(MAX_KEY_PX, widest)));
        cells.setAll(p.cells());
    }

    /** Selects the row of {@code key} in the period starting {@code period}, if shown. */
    void select(String k, LocalDate period) {
        for (int i = 0; i < getItems().size(); i++) {
            Pivot.Cell c = getItems().get(i);
            if (c.key().equals(k) && c.periodStart().equals(period)) {
                getSelectionModel().clearAndSelect(i);
                scrollTo(i);
                return;
            }
        }
    }
}
