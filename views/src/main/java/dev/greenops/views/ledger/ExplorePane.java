package dev.greenops.views.ledger;

import dev.greenops.model.ledger.explore.Dimension;
import dev.greenops.model.ledger.explore.LedgerColumn;
import dev.greenops.model.ledger.explore.Measure;
import dev.greenops.model.ledger.explore.Pivot;
import dev.greenops.model.ledger.explore.TimeGrain;
import dev.greenops.model.ledger.explore.Totals;
import dev.greenops.views.common.AppContext;
import dev.greenops.views.common.ChartPane;
import dev.greenops.views.common.Fmt;
import dev.greenops.views.common.Tables;
import java.time.LocalDate;
import java.util.function.Function;
import javafx.beans.binding.Bindings;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TextField;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.jfree.chart.entity.XYItemEntity;
import org.jfree.data.time.TimeTableXYDataset;

/**
 * The Explore tab: the pivot bar and the filters on top; under them the aggregate table and its stacked bar chart, and
 * below those the rows behind the selected aggregate.
 */
final class ExplorePane extends BorderPane {

    private final LedgerViewModel vm;
    private final PivotTable pivotTable = new PivotTable();
    private final ChartPane chart;
    private final RowsTable rows;
    private final FilterBar filterBar;
    private final Label totals = new Label();
    private final SplitPane upper;
    private PivotChartData chartData;
    private boolean selecting;
    private boolean userMovedDivider;
    private boolean fitting;

    ExplorePane(LedgerViewModel vm, AppContext context) {
        this.vm = vm;
        setId("ledger-explore");
        chart = new ChartPane(context, "ledger-pivot");
        chart.setId("ledger-chart");
        filterBar = new FilterBar(vm, context);
        rows = new RowsTable(vm, col -> filterBar.edit((LedgerColumn) col.getProperties().get(RowsTable.COLUMN_KEY)));

        HBox pivotBar = new HBox(8,
                new Label("Group by"), combo("pivot-group", Dimension.values(), vm.groupByProperty(), Dimension::title),
                new Label("per"), combo("pivot-grain", TimeGrain.values(), vm.grainProperty(), TimeGrain::title),
                new Label("Chart"), combo("pivot-measure", Measure.values(), vm.measureProperty(), Measure::titleWithUnit));
        pivotBar.setAlignment(Pos.CENTER_LEFT);
        Label origin = new Label();
        origin.getStyleClass().add("app-origin");
        origin.textProperty().bind(Bindings.createStringBinding(
                () -> vm.originProperty().get().isEmpty() ? "" : "Opened from " + vm.originProperty().get(),
                vm.originProperty()));
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        pivotBar.getChildren().addAll(spacer, origin);
        VBox top = new VBox(8, pivotBar, filterBar);
        top.getStyleClass().add("app-toolbar");
        setTop(top);

        Tables.install(pivotTable, context, "ledger-pivot");
        TextField pivotFilter = Tables.filterable(pivotTable, pivotTable.cells());
        totals.setId("pivot-totals");
        totals.getStyleClass().add("app-totals");
        totals.setWrapText(true);
        totals.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        VBox aggregates = new VBox(6, pivotFilter, pivotTable);
        VBox.setVgrow(pivotTable, Priority.ALWAYS);
        aggregates.getStyleClass().add("app-pane");
        upper = new SplitPane(aggregates, chart);
        upper.setDividerPositions(0.6);
        // the totals span table and chart: one line at 1440 px instead of two under a narrow table
        VBox upperBox = new VBox(upper, totals);
        VBox.setVgrow(upper, Priority.ALWAYS);
        totals.setPadding(new javafx.geometry.Insets(2, 8, 4, 8));
        upper.widthProperty().addListener((o, a, w) -> fitPivotWidth());

        Label rowsTitle = new Label();
        rowsTitle.setId("rows-title");
        rowsTitle.getStyleClass().add("app-pane-title");
        Runnable title = () -> rowsTitle.setText(vm.rowsTitle());
        vm.rowCountProperty().addListener((o, a, b) -> title.run());
        vm.drillProperty().addListener((o, a, b) -> title.run());
        Button back = new Button("Show all rows");
        back.setId("rows-clear-drill");
        back.getStyleClass().add("flat");
        back.visibleProperty().bind(vm.drillProperty().isNotNull());
        back.setOnAction(e -> {
            pivotTable.getSelectionModel().clearSelection();
            vm.clearDrill();
        });
        Button export = new Button("Export CSV\u2026");
        export.setId("rows-export");
        export.setOnAction(e -> exportRows(context));
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox rowsBar = new HBox(8, rowsTitle, back, gap, export);
        rowsBar.setAlignment(Pos.CENTER_LEFT);
        Tables.install(rows, context, "ledger-rows", vm::exportRows);
        VBox lower = new VBox(6, rowsBar, rows);
        VBox.setVgrow(rows, Priority.ALWAYS);
        lower.getStyleClass().add("app-pane");

        SplitPane main = new SplitPane(upperBox, lower);
        main.setOrientation(Orientation.VERTICAL);
        main.setDividerPositions(0.56);
        setCenter(main);

        vm.pivotProperty().addListener((o, a, p) -> showPivot(p));
        vm.measureProperty().addListener((o, a, m) -> showPivot(vm.pivotProperty().get()));
        vm.loadingProperty().addListener((o, a, loading) -> {
            if (loading && vm.pivotProperty().get() == null) {
                chart.showMessage("Grouping\u2026");
            }
        });
        pivotTable.getSelectionModel().selectedItemProperty().addListener((o, a, cell) -> {
            if (cell != null && !selecting) {
                vm.drillInto(cell);
            }
        });
        chart.setOnEntityClicked(entity -> {
            if (entity instanceof XYItemEntity item && chartData != null
                    && item.getDataset() instanceof TimeTableXYDataset ds) {
                String series = (String) ds.getSeriesKey(item.getSeriesIndex());
                LocalDate period = PivotChart.day(ds.getTimePeriod(item.getItem()).getStart());
                drillIntoBar(series, period);
            }
        });
        chart.showMessage("Loading\u2026");
    }

    private static <T> ComboBox<T> combo(String id, T[] values, javafx.beans.property.ObjectProperty<T> property,
            Function<T, String> label) {
        ComboBox<T> c = new ComboBox<>();
        c.setId(id);
        c.getItems().setAll(values);
        c.valueProperty().bindBidirectional(property);
        c.setConverter(new StringConverter<>() {
            @Override
            public String toString(T t) {
                return t == null ? "" : label.apply(t);
            }

            @Override
            public T fromString(String s) {
                return null;
            }
        });
        return c;
    }

    private void showPivot(Pivot p) {
        if (p == null) {
            return;
        }
        selecting = true;
        try {
            pivotTable.show(p);
        } finally {
            selecting = false;
        }
        fitPivotWidth();
        totals.setText(totalsText(p));
        if (p.cells().isEmpty()) {
            chartData = null;
            chart.showMessage("No rows match the filters: nothing to chart.");
            return;
        }
        chartData = PivotChartData.of(p, vm.measureProperty().get(), PivotChartData.MAX_SERIES);
        boolean any = chartData.values().values().stream().anyMatch(m -> !m.isEmpty());
        if (!any) {
            chart.showMessage("No row of this selection reports "
                    + Fmt.inSentence(vm.measureProperty().get().title()) + ".");
            return;
        }
        chart.setChart(PivotChart.build(p, chartData, vm.measureProperty().get()));
    }

    /** Room for the table's columns (their widths follow the keys), up to 68% of the width; the chart gets the rest. */
    private static final double MAX_TABLE_SHARE = 0.7;
    private static final double MIN_TABLE_SHARE = 0.45;
    /** The table's vertical scroll bar and the pane's padding. */
    private static final double TABLE_CHROME_PX = 40;

    private void fitPivotWidth() {
        double width = upper.getWidth();
        // a divider the user dragged stays where they put it
        if (width <= 0 || userMovedDivider) {
            return;
        }
        double share = (pivotTable.columnsWidth() + TABLE_CHROME_PX) / width;
        fitting = true;
        try {
            upper.setDividerPositions(Math.max(MIN_TABLE_SHARE, Math.min(MAX_TABLE_SHARE, share)));
        } finally {
            fitting = false;
        }
        if (!upper.getDividers().isEmpty() && watchedDivider != upper.getDividers().getFirst()) {
            watchedDivider = upper.getDividers().getFirst();
            watchedDivider.positionProperty().addListener((o, a, b) -> {
                if (!fitting) {
                    userMovedDivider = true;
                }
            });
        }
    }

    private SplitPane.Divider watchedDivider;

    static String totalsText(Pivot p) {
        Totals t = p.total();
        StringBuilder s = new StringBuilder("Total: ").append(Fmt.rows(t.rows()))
                .append(" \u00b7 ").append(Fmt.kg(t.emissionsKgCo2e())).append(" location-based");
        if (t.marketBasedKgCo2e() != null) {
            s.append(" \u00b7 ").append(Fmt.kg(t.marketBasedKgCo2e())).append(" market-based");
            if (t.marketBasedRows() < t.rows()) {
                s.append(" (on ").append(Fmt.rows(t.marketBasedRows())).append(")");
            }
        }
        s.append(" \u00b7 ").append(Fmt.kwh(t.energyKwh())).append(" \u00b7 ").append(Fmt.gpuHours(t.gpuHours()));
        if (t.costUsd() != null) {
            s.append(" \u00b7 ").append(Fmt.usd(t.costUsd()));
        }
        if (p.truncated()) {
            s.append(" \u2014 the table shows the first ").append(Fmt.count(p.cells().size()))
                    .append(" groups; filter or use a coarser bucket to see the rest");
        }
        return s.toString();
    }

    /** Drills into a bar (a click on the chart), selecting its row in the table when it has one. */
    void drillIntoBar(String series, LocalDate period) {
        boolean other = chartData.isOther(series);
        vm.drillIntoBar(other ? null : series, period, chartData.otherKeys());
        if (!other) {
            selecting = true;
            try {
                pivotTable.select(series, period);
            } finally {
                selecting = false;
            }
        }
    }

    private void exportRows(AppContext context) {
        context.files().save("Export rows as CSV", "ledger-rows.csv", java.util.List.of(
                dev.greenops.views.common.FilePrompts.CSV)).ifPresent(vm::exportRows);
    }

    PivotTable pivotTable() {
        return pivotTable;
    }

    RowsTable rowsTable() {
        return rows;
    }

    ChartPane chart() {
        return chart;
    }

    PivotChartData chartData() {
        return chartData;
    }
}
