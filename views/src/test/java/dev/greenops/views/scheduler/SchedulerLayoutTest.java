package dev.greenops.views.scheduler;

import static org.assertj.core.api.Assertions.assertThat;

import dev.greenops.views.shell.Area;
import dev.greenops.views.testing.FxExceptions;
import dev.greenops.views.testing.Workbench;
import java.util.List;
import javafx.geometry.Orientation;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.Labeled;
import javafx.scene.control.ScrollBar;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The Scheduler screen in the whole window at 1440×900 (navigation and inspector included), as a person sees it. */
@ExtendWith(ApplicationExtension.class)
class SchedulerLayoutTest {

    Workbench bench;
    FxExceptions fx;

    @Start
    void start(Stage stage) throws Exception {
        fx = FxExceptions.install();
        bench = Workbench.start(stage);
    }

    @AfterEach
    void nothing_was_thrown_on_the_fx_thread() {
        try {
            fx.assertNone("during the test");
        } finally {
            fx.close();
        }
    }

    private SchedulerView open(FxRobot robot) {
        return open(robot, 2);
    }

    private SchedulerView open(FxRobot robot, int tab) {
        robot.interact(() -> bench.window.show(Area.SCHEDULER));
        WaitForAsyncUtils.waitForFxEvents(4);
        SchedulerView view = (SchedulerView) bench.window.screen(Area.SCHEDULER);
        if (view.viewModel().records().isEmpty() || tab == 1 && view.viewModel().comparisonProperty().get() == null) {
            // a workspace without a saved replay, or a saved one (which keeps no comparison): replay now
            robot.interact(() -> view.viewModel().replay());
        }
        TabPane tabs = robot.lookup("#sched-tabs").query();
        robot.interact(() -> tabs.getSelectionModel().select(tab));
        WaitForAsyncUtils.waitForFxEvents(4);
        return view;
    }

    @Test
    void the_essential_record_columns_fit_at_1440_px_without_sideways_scrolling(FxRobot robot) {
        SchedulerView view = open(robot);
        TableView<?> table = view.records.table;
        assertThat(table.getItems()).as(view.viewModel().messageProperty().get()).isNotEmpty();
        assertThat(bench.scene.getWidth()).isEqualTo(1440);
        List<String> shown = table.getVisibleLeafColumns().stream().map(c -> RecordsPane.header(c)).toList();
        assertThat(shown).containsExactly("Job", "Submitted (UTC)", "Dispatched (UTC)", "Delay (h)",
                "Baseline (kgCO2e)", "Actual (kgCO2e)", "Saved (kgCO2e)", "Saving (%)", "Forced");
        ScrollBar sideways = table.lookupAll(".scroll-bar").stream().filter(n -> n instanceof ScrollBar)
                .map(n -> (ScrollBar) n).filter(b -> b.getOrientation() == Orientation.HORIZONTAL).findFirst()
                .orElseThrow();
        double columns = table.getVisibleLeafColumns().stream().mapToDouble(TableColumn::getWidth).sum();
        assertThat(sideways.isVisible()).as("columns %.0f px in a table %.0f px wide: %s", columns, table.getWidth(),
                        table.getVisibleLeafColumns().stream().map(c -> RecordsPane.header(c) + " " + c.getWidth()).toList())
                .isFalse();
        // the others are a click away in the column menu, not gone
        assertThat(table.isTableMenuButtonVisible()).isTrue();
        assertThat(table.getColumns().stream().map(c -> RecordsPane.header(c)).toList())
                .containsAll(RecordsPane.SECONDARY);
        // nothing in a shown column is cut: each is as wide as its longest value
        for (TableColumn<?, ?> c : table.getVisibleLeafColumns()) {
            assertThat(c.getWidth()).as(RecordsPane.header(c)).isGreaterThanOrEqualTo(c.getPrefWidth() - 0.5);
        }
        // and every cell on screen shows its whole text, as the theme draws it ("anomaly-refresh", not "anomaly-refr…")
        int checked = 0;
        for (Node n : table.lookupAll(".table-cell")) {
            if (n instanceof javafx.scene.control.TableCell<?, ?> cell && cell.isVisible() && cell.getText() != null
                    && !cell.getText().isEmpty()) {
                javafx.scene.text.Text t = new javafx.scene.text.Text(cell.getText());
                t.setFont(cell.getFont());
                double room = cell.getWidth() - cell.snappedLeftInset() - cell.snappedRightInset();
                assertThat(t.getLayoutBounds().getWidth()).as("'%s' in %.1f px", cell.getText(), room)
                        .isLessThanOrEqualTo(room + 0.5);
                checked++;
            }
        }
        assertThat(checked).isGreaterThan(50);
    }

    @Test
    void the_essential_policy_columns_fit_at_1440_px_without_sideways_scrolling(FxRobot robot) {
        SchedulerView view = open(robot, 1);
        TableView<?> table = view.policies.table;
        for (String group : List.copyOf(view.viewModel().policyGroups())) {
            robot.interact(() -> view.viewModel().policyGroupProperty().set(group));
            WaitForAsyncUtils.waitForFxEvents(4);
            assertThat(table.getItems()).as(group).isNotEmpty();
            List<String> shown = table.getVisibleLeafColumns().stream().map(c -> RecordsPane.header(c)).toList();
            assertThat(shown).containsExactly("Policy", "Deferred", "Forced", "Mean delay (h)", "Baseline (kgCO2e)",
                    "Actual (kgCO2e)", "Saved (kgCO2e)", "Saving (%)", "Share of oracle (%)");
            ScrollBar sideways = table.lookupAll(".scroll-bar").stream().filter(n -> n instanceof ScrollBar)
                    .map(n -> (ScrollBar) n).filter(b -> b.getOrientation() == Orientation.HORIZONTAL).findFirst()
                    .orElseThrow();
            double columns = table.getVisibleLeafColumns().stream().mapToDouble(TableColumn::getWidth).sum();
            assertThat(sideways.isVisible()).as("%s: columns %.0f px in a table %.0f px wide: %s", group, columns,
                    table.getWidth(), table.getVisibleLeafColumns().stream()
                            .map(c -> RecordsPane.header(c) + " " + c.getWidth()).toList())
                    .isFalse();
            // the rarely needed count is a click away in the column menu, not gone
            assertThat(table.isTableMenuButtonVisible()).isTrue();
            assertThat(table.getColumns().stream().map(c -> RecordsPane.header(c)).toList()).contains("Runs");
            // every cell on screen shows its whole text, a minus sign included
            int checked = 0;
            for (Node n : table.lookupAll(".table-cell")) {
                if (n instanceof javafx.scene.control.TableCell<?, ?> cell && cell.isVisible()
                        && cell.getText() != null && !cell.getText().isEmpty()) {
                    javafx.scene.text.Text t = new javafx.scene.text.Text(cell.getText());
                    t.setFont(cell.getFont());
                    double room = cell.getWidth() - cell.snappedLeftInset() - cell.snappedRightInset();
                    assertThat(t.getLayoutBounds().getWidth()).as("%s: '%s' in %.1f px", group, cell.getText(), room)
                            .isLessThanOrEqualTo(room + 0.5);
                    checked++;
                }
            }
            // every figure a row has (a group the oracle saves nothing in has no share of it)
            long figures = view.policies.table.getItems().stream()
                    .mapToLong(r -> 7 + (r.savingPct() == null ? 0 : 1) + (r.oracleSharePct() == null ? 0 : 1)).sum();
            assertThat(checked).as(group).isEqualTo(figures);
        }
    }

    @Test
    void a_negative_saving_shows_with_its_minus_sign_however_small(FxRobot robot) {
        SchedulerView view = open(robot, 1);
        TableView<dev.greenops.model.schedule.PolicyComparison.Row> table = view.policies.table;
        dev.greenops.model.schedule.PolicyComparison.Row row = table.getItems().get(0);
        var dirtier = new dev.greenops.model.schedule.PolicyComparison.Row(row.group(), row.policy(), row.runs(),
                row.deferred(), row.forced(), row.avgDelayH(), 10.0, 10.004, -0.004, -0.04, -0.3);
        robot.interact(() -> view.viewModel().policyRows().setAll(List.of(dirtier)));
        WaitForAsyncUtils.waitForFxEvents(4);
        java.util.Map<String, String> texts = new java.util.HashMap<>();
        for (Node n : table.lookupAll(".table-cell")) {
            if (n instanceof javafx.scene.control.TableCell<?, ?> cell && cell.getIndex() == 0
                    && cell.getTableColumn() != null && cell.getText() != null) {
                texts.put(RecordsPane.header(cell.getTableColumn()), cell.getText());
            }
        }
        assertThat(texts.get("Saved (kgCO2e)")).startsWith("−");
        assertThat(texts.get("Saving (%)")).startsWith("−");
        assertThat(texts.get("Share of oracle (%)")).startsWith("−");
    }

    @Test
    void every_label_and_prompt_of_the_320_px_configuration_column_fits(FxRobot robot) {
        SchedulerView view = open(robot);
        ConfigPanel panel = view.config;
        assertThat(panel.getWidth()).isLessThanOrEqualTo(330);
        for (Node n : panel.lookupAll(".label")) {
            if (n instanceof Labeled l && l.isVisible() && !inTable(l) && !l.isWrapText() && l.getText() != null
                    && !l.getText().isEmpty()) {
                assertThat(l.getWidth()).as("label '%s'", l.getText()).isGreaterThanOrEqualTo(l.prefWidth(-1) - 0.5);
            }
        }
        for (Node n : panel.lookupAll(".text-field")) {
            if (n instanceof TextField f && f.isVisible() && f.getPromptText() != null && !f.getPromptText().isEmpty()
                    && !inTable(f)) {
                double room = f.getWidth() - f.snappedLeftInset() - f.snappedRightInset();
                assertThat(textWidth(f.getScene(), f.getPromptText()))
                        .as("prompt '%s' in %.0f px", f.getPromptText(), room).isLessThanOrEqualTo(room);
            }
        }
        assertThat(panel.region.getPromptText()).contains("each job's own region");
    }

    private static boolean inTable(Node n) {
        for (Parent p = n.getParent(); p != null; p = p.getParent()) {
            if (p instanceof TableView<?>) {
                return true;
            }
        }
        return false;
    }

    private static double textWidth(Scene scene, String text) {
        Label probe = new Label(text);
        Scene scratch = new Scene(new javafx.scene.Group(probe));
        scratch.getStylesheets().setAll(scene.getStylesheets());
        probe.applyCss();
        return probe.prefWidth(-1) - probe.snappedLeftInset() - probe.snappedRightInset();
    }
}
