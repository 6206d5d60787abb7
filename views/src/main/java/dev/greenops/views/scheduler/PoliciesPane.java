package dev.greenops.views.scheduler;

import dev.greenops.model.schedule.PolicyComparison;
import dev.greenops.model.schedule.PolicyComparison.Row;
import dev.greenops.views.common.AppContext;
import dev.greenops.views.common.ChartPane;
import dev.greenops.views.common.Columns;
import dev.greenops.views.common.Fmt;
import dev.greenops.views.common.Tables;
import java.util.List;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.collections.ListChangeListener;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.geometry.Orientation;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;

/**
 * The policies side by side for one job group: savings against immediate dispatch (negative when a policy made things
 * dirtier) and the share of the oracle's saving each captures, with a bar chart of the savings per flexible job. The
 * table is compact like the records' (units on a second header line, columns fitted to their values) so its figures
 * fit a 1440 px window without sideways scrolling; the run count, the same for every policy, is in the column menu.
 */
final class PoliciesPane extends BorderPane {

    /** Columns hidden at first (shown from the table's column menu). */
    static final List<String> SECONDARY = List.of("Runs");

    final TableView<Row> table = new TableView<>();
    private final FittedColumns<Row> fitted = new FittedColumns<>(table);
    private final SchedulerViewModel vm;
    final ComboBox<String> group = new ComboBox<>();
    final ChartPane chart;

    PoliciesPane(AppContext context, SchedulerViewModel vm) {
        this.vm = vm;
        group.setId("sched-policy-group");
        group.setItems(vm.policyGroups());
        group.valueProperty().bindBidirectional(vm.policyGroupProperty());
        Label note = new Label("Saving = baseline (immediate dispatch) − actual; the oracle (perfect hindsight) is the"
                + " most any policy could save.");
        note.getStyleClass().add("sched-legend-note");
        Label groupLabel = new Label("Job group");
        groupLabel.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        note.setMinWidth(0);
        note.setWrapText(true);
        note.setTooltip(new javafx.scene.control.Tooltip(note.getText()));
        group.setPrefWidth(180);
        group.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        HBox.setHgrow(note, javafx.scene.layout.Priority.ALWAYS);
        HBox bar = new HBox(8, groupLabel, group, note);
        bar.getStyleClass().add("sched-toolbar");
        setTop(bar);

        table.setId("sched-policies");
        table.setItems(vm.policyRows());
        table.getColumns().setAll(List.of(
                fitted.text(Columns.text("Policy", (Row r) -> r.policy().id()), r -> r.policy().id()),
                count("Runs", Row::runs),
                count("Deferred", Row::deferred),
                count("Forced", Row::forced),
                fitted.number("Mean delay", "h", "Mean\ndelay h", Row::avgDelayH, v -> Fmt.decimals(v, 1)),
                fitted.number("Baseline", Fmt.KG, Row::baselineKg, v -> Fmt.decimals(v, 1)),
                fitted.number("Actual", Fmt.KG, Row::actualKg, v -> Fmt.decimals(v, 1)),
                Negatives.mark(fitted.number("Saved", Fmt.KG, Row::savedKg, v -> Fmt.saving(v, 1))),
                Negatives.mark(fitted.number("Saving", "%", Row::savingPct,
                        v -> Fmt.saving(v, SavingFigures.PCT_DECIMALS))),
                Negatives.mark(fitted.number("Share of oracle", "%", "Share of\noracle %",
                        Row::oracleSharePct,
                        v -> Fmt.saving(v, SavingFigures.PCT_DECIMALS)))));
        for (TableColumn<Row, ?> c : table.getColumns()) {
            c.setVisible(!SECONDARY.contains(FittedColumns.header(c)));
        }
        table.setTableMenuButtonVisible(true);
        table.setColumnResizePolicy(TableView.UNCONSTRAINED_RESIZE_POLICY);
        vm.policyRows().addListener((ListChangeListener<Row>) c -> fitColumns());
        table.sceneProperty().addListener((o, a, scene) -> fitColumns());
        table.setPlaceholder(new Label("Run a replay to compare the policies."));
        Tables.install(table, context, "scheduler-policies");

        chart = new ChartPane(context, "scheduler-policies");
        chart.setId("sched-policy-chart");
        chart.setEmptyMessage("Run a replay to chart each policy's saving per flexible job.");
        SplitPane split = new SplitPane(table, chart);
        split.setOrientation(Orientation.VERTICAL);
        split.setDividerPositions(0.42);
        setCenter(split);
        vm.comparisonProperty().addListener((obs, old, now) -> redraw(now));
    }

    private TableColumn<Row, Integer> count(String title, java.util.function.Function<Row, Integer> value) {
        return fitted.text(Columns.numeric(title, null, value, n -> Fmt.count(n)), r -> Fmt.count(value.apply(r)));
    }

    /** Fits the columns to every group's rows, so they keep their widths when another group is chosen. */
    private void fitColumns() {
        java.util.Set<Row> rows = new java.util.LinkedHashSet<>(vm.policyRows());
        PolicyComparison c = vm.comparisonProperty().get();
        if (c != null) {
            rows.addAll(c.rows());
        }
        fitted.fit(rows);
    }

    void redraw(PolicyComparison c) {
        chart.setChartBuilder(theme -> c == null ? null
                : SchedulerCharts.policyComparison(c, null, SchedulerCharts.Style.of(theme)));
    }
}
