package dev.greenops.views.scheduler;

import dev.greenops.model.schedule.PolicyComparison;
import dev.greenops.model.schedule.PolicyComparison.Row;
import dev.greenops.views.common.AppContext;
import dev.greenops.views.common.ChartPane;
import java.util.List;
import java.util.function.Consumer;
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

    PoliciesPane(AppContext context, SchedulerViewModel vm, Consumer<String> status) {
        group.setId("sched-policy-group");
        group.setItems(vm.policyGroups());
        group.valueProperty().bindBidirectional(vm.policyGroupProperty());
        Label note = new Label("Saving = baseline (immediate dispatch) − actual; the oracle (perfect hindsight) is the"
                + " most any policy could save.");
        note.getStyleClass().add("sched-legend-note");
        Label groupLabel = new Label("Job group");
        groupLabel.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        note.setMinWidth(0);
        HBox bar = new HBox(8, groupLabel, group, note);
        bar.getStyleClass().add("sched-toolbar");
        setTop(bar);

        table.setId("sched-policies");
        table.setItems(vm.policyRows());
        table.getColumns().setAll(List.of(
                ConfigPanel.column("Policy", r -> r.policy().id(), 150),
                ConfigPanel.<Row>column("Runs", r -> Fmt.num(r.runs(), 0), 60),
                ConfigPanel.<Row>column("Deferred", r -> Fmt.num(r.deferred(), 0), 85),
                ConfigPanel.<Row>column("Forced", r -> Fmt.num(r.forced(), 0), 72),
                ConfigPanel.<Row>column("Mean delay", r -> Fmt.hours(r.avgDelayH()), 100),
                ConfigPanel.<Row>column("Baseline kg CO2e", r -> Fmt.num(r.baselineKg(), 1), 145),
                ConfigPanel.<Row>column("Actual kg CO2e", r -> Fmt.num(r.actualKg(), 1), 130),
                ConfigPanel.<Row>column("Saved kg CO2e", r -> Fmt.num(r.savedKg(), 1), 125),
                ConfigPanel.<Row>column("vs immediate", r -> Fmt.pct(r.savingPct(), 1), 110),
                ConfigPanel.<Row>column("Share of oracle", r -> Fmt.pct(r.oracleSharePct(), 1), 130)));
        table.setPlaceholder(new Label("Run a replay to compare the policies."));
        ExportMenus.table(table, "scheduler-policies", status);

        chart = new ChartPane(context, "scheduler-policies");
        chart.setId("sched-policy-chart");
        chart.setEmptyMessage("Run a replay to chart each policy's saving per flexible job.");
        SplitPane split = new SplitPane(table, chart);
        split.setOrientation(Orientation.VERTICAL);
        split.setDividerPositions(0.42);
        setCenter(split);
        vm.comparisonProperty().addListener((obs, old, now) -> redraw(now));
    }

    void redraw(PolicyComparison c) {
        chart.setChartBuilder(theme -> c == null ? null
                : SchedulerCharts.policyComparison(c, null, SchedulerCharts.Style.of(theme)));
    }
}
