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
import javafx.scene.control.TableView;
import javafx.geometry.Orientation;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;

/**
 * The policies side by side for one job group: savings against immediate dispatch (negative when a policy made things
 * dirtier) and the share of the oracle's saving each captures, with a bar chart of the savings per flexible job.
 */
final class PoliciesPane extends BorderPane {

    final TableView<Row> table = new TableView<>();
    final ComboBox<String> group = new ComboBox<>();
    final ChartPane chart;

    PoliciesPane(AppContext context, SchedulerViewModel vm) {
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
                width(Columns.text("Policy", (Row r) -> r.policy().id()), 150),
                Columns.numeric("Runs", null, (Row r) -> r.runs(), n -> Fmt.count(n)),
                Columns.numeric("Deferred", null, (Row r) -> r.deferred(), n -> Fmt.count(n)),
                Columns.numeric("Forced", null, (Row r) -> r.forced(), n -> Fmt.count(n)),
                Columns.numeric("Mean delay", "h", Row::avgDelayH, v -> Fmt.decimals(v, 1)),
                Columns.numeric("Baseline", Fmt.KG, Row::baselineKg, v -> Fmt.decimals(v, 1)),
                Columns.numeric("Actual", Fmt.KG, Row::actualKg, v -> Fmt.decimals(v, 1)),
                Columns.numeric("Saved", Fmt.KG, Row::savedKg, v -> Fmt.decimals(v, 1)),
                Columns.numeric("vs immediate", "%", Row::savingPct, v -> Fmt.decimals(v, 1)),
                Columns.numeric("Share of oracle", "%", Row::oracleSharePct, v -> Fmt.decimals(v, 1))));
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

    private static <T> javafx.scene.control.TableColumn<T, String> width(
            javafx.scene.control.TableColumn<T, String> c, double w) {
        c.setPrefWidth(w);
        return c;
    }

    void redraw(PolicyComparison c) {
        chart.setChartBuilder(theme -> c == null ? null
                : SchedulerCharts.policyComparison(c, null, SchedulerCharts.Style.of(theme)));
    }
}
