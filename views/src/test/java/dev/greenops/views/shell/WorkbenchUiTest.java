package dev.greenops.views.shell;

import static org.assertj.core.api.Assertions.assertThat;

import dev.greenops.model.ledger.explore.Dimension;
import dev.greenops.model.ledger.explore.LedgerColumn;
import dev.greenops.model.ledger.explore.LedgerExplorer;
import dev.greenops.model.ledger.explore.LedgerFilter;
import dev.greenops.model.ledger.explore.LedgerQuery;
import dev.greenops.model.ledger.explore.Pivot;
import dev.greenops.model.ledger.explore.TimeGrain;
import dev.greenops.views.ledger.LedgerView;
import dev.greenops.views.testing.FxExceptions;
import dev.greenops.views.testing.TestLedgerImporter;
import dev.greenops.views.testing.Workbench;
import dev.greenops.views.theme.Theme;
import java.awt.geom.Rectangle2D;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.jfree.chart.entity.ChartEntity;
import org.jfree.chart.entity.XYItemEntity;
import org.jfree.chart.fx.ChartViewer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The main window end to end, headless: navigation, pivot, filters, drill-down, exports, console, search, import. */
@ExtendWith(ApplicationExtension.class)
class WorkbenchUiTest {

    @TempDir
    Path dir;

    Workbench bench;
    FxExceptions fx;

    @Start
    void start(Stage stage) throws Exception {
        // installed before the window is built: an exception while the app starts fails the test too
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

    private <T extends Node> T find(FxRobot robot, String id) {
        return robot.lookup("#" + id).query();
    }

    private LedgerView ledger() {
        return (LedgerView) bench.window.screen(Area.LEDGER);
    }

    private void settle() {
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void navigation_keyboard_theme_and_tiles(FxRobot robot) throws Exception {
        assertThat(bench.sampleData).as("the window starts on the bundled sample quarter").isTrue();
        fx.assertNone("while the app started on the sample data");
        the_theme_toggle_switches_to_dark_and_back(robot);
        a_tile_opens_the_ledger_filtered_to_its_rows(robot);
        every_area_in_both_themes_toggles_refreshes_and_exports_without_an_exception(robot);
        the_keyboard_switches_areas(robot);
    }

    @Test
    void the_ledger_groups_filters_drills_down_exports_checks_quality_and_runs_sql(FxRobot robot) throws Exception {
        group_filter_and_drill_down_through_table_and_chart_then_export(robot);
        the_data_quality_tab_jumps_to_the_failing_rows(robot);
        the_sql_console_runs_a_query_and_refuses_a_write(robot);
    }

    @Test
    void search_and_import(FxRobot robot) throws Exception {
        global_search_opens_the_ledger_on_the_hit(robot);
        dropped_files_are_previewed_then_imported_in_one_go(robot);
    }

    /**
     * Every navigation item, first in the light then in the dark theme; on each screen the theme is toggled there and
     * back, F5 refreshes and Ctrl+E exports (the prompts answer nothing, so nothing is written). Any exception on the
     * FX thread fails the test, naming the screen and the step.
     */
    private void every_area_in_both_themes_toggles_refreshes_and_exports_without_an_exception(FxRobot robot) {
        for (Theme theme : Theme.values()) {
            robot.interact(() -> bench.context.themeProperty().set(theme));
            settle();
            fx.assertNone("switching the window to " + theme);
            for (Area area : Area.values()) {
                String where = area.title() + " (" + theme + ")";
                robot.clickOn("#nav-" + area.name().toLowerCase(Locale.ROOT));
                settle();
                fx.assertNone("showing " + where);
                assertThat(bench.window.currentArea()).isEqualTo(area);
                javafx.scene.layout.StackPane content = find(robot, "content");
                assertThat(content.getChildren()).containsExactly(bench.window.screen(area).node());
                if (area == Area.TRADEOFFS || area == Area.DISCLOSURES) {
                    assertThat(robot.lookup("#not-built-" + area.name().toLowerCase(Locale.ROOT)).tryQuery()).isPresent();
                }

                robot.clickOn("#theme-toggle");
                settle();
                assertThat(bench.context.themeProperty().get()).isEqualTo(theme.toggled());
                robot.clickOn("#theme-toggle");
                settle();
                assertThat(bench.context.themeProperty().get()).isEqualTo(theme);
                fx.assertNone("toggling the theme on " + where);

                robot.press(KeyCode.F5).release(KeyCode.F5);
                settle();
                fx.assertNone("refreshing " + where + " with F5");

                int asked = bench.prompts.asked.size();
                robot.interact(() -> bench.context.notify(null));
                robot.press(KeyCode.CONTROL, KeyCode.E).release(KeyCode.E, KeyCode.CONTROL);
                settle();
                fx.assertNone("exporting " + where + " with Ctrl+E");
                boolean prompted = bench.prompts.asked.size() > asked;
                boolean told = bench.context.noticeProperty().get() != null;
                assertThat(prompted || told).as("Ctrl+E on " + where + " asks for a file or says why not").isTrue();
            }
        }
    }

    private void the_keyboard_switches_areas(FxRobot robot) {
        robot.press(KeyCode.CONTROL, KeyCode.DIGIT2).release(KeyCode.DIGIT2, KeyCode.CONTROL);
        settle();
        assertThat(bench.window.currentArea()).isEqualTo(Area.LEDGER);
        robot.press(KeyCode.CONTROL, KeyCode.DIGIT1).release(KeyCode.DIGIT1, KeyCode.CONTROL);
        settle();
        assertThat(bench.window.currentArea()).isEqualTo(Area.OVERVIEW);
        assertThat(robot.lookup("#overview-view").tryQuery()).isPresent();
        assertThat(((Label) find(robot, "tile-value-emissions")).getText()).endsWith(" kgCO2e");
    }

    private void a_tile_opens_the_ledger_filtered_to_its_rows(FxRobot robot) throws Exception {
        robot.clickOn("#tile-attribution");
        settle();
        assertThat(bench.window.currentArea()).isEqualTo(Area.LEDGER);
        long expected = new LedgerExplorer(bench.workspace).count(LedgerQuery.ALL.andAll(ledger().viewModel().filters()));
        assertThat(ledger().viewModel().rowCountProperty().get()).isEqualTo(expected).isLessThan(bench.workspace.count("ledger"));
        assertThat(((Label) find(robot, "rows-title")).getText()).startsWith("Filtered rows");
    }

    private void group_filter_and_drill_down_through_table_and_chart_then_export(FxRobot robot) throws Exception {
        robot.clickOn("#nav-ledger");
        settle();
        ComboBox<Dimension> group = find(robot, "pivot-group");
        robot.interact(() -> group.setValue(Dimension.JOB));
        ComboBox<TimeGrain> grain = find(robot, "pivot-grain");
        robot.interact(() -> grain.setValue(TimeGrain.WEEK));
        settle();
        Pivot pivot = ledger().viewModel().pivotProperty().get();
        assertThat(pivot.dimension()).isEqualTo(Dimension.JOB);
        assertThat(pivot.grain()).isEqualTo(TimeGrain.WEEK);

        // a filter typed in the filter bar
        ComboBox<LedgerColumn> column = find(robot, "filter-column");
        robot.interact(() -> column.setValue(LedgerColumn.TEAM));
        String team = new LedgerExplorer(bench.workspace).values(LedgerColumn.TEAM, "", 1).getFirst();
        robot.clickOn("#filter-value").write(team);
        settle();
        robot.type(KeyCode.ENTER);
        settle();
        assertThat(ledger().viewModel().filters()).containsExactly(new LedgerFilter.TextContains(LedgerColumn.TEAM, team));
        long teamRows = new LedgerExplorer(bench.workspace)
                .count(LedgerQuery.of(new LedgerFilter.TextContains(LedgerColumn.TEAM, team)));
        assertThat(ledger().viewModel().pivotProperty().get().total().rows()).isEqualTo(teamRows).isPositive();

        // drill down from the first aggregate row
        TableView<Pivot.Cell> table = find(robot, "ledger-pivot");
        Pivot.Cell first = table.getItems().getFirst();
        robot.interact(() -> table.getSelectionModel().select(0));
        settle();
        assertThat(ledger().viewModel().rowCountProperty().get()).isEqualTo(first.totals().rows());
        assertThat(((Label) find(robot, "rows-title")).getText()).contains(first.key());
        assertThat(robot.lookup("#ledger-inspector").tryQuery()).isPresent();

        // drill down from a bar of the chart: a real click on the bar's pixels
        ChartViewer viewer = robot.lookup("#ledger-chart").lookup(".chart-canvas").tryQuery()
                .map(n -> (ChartViewer) n.getParent()).orElseGet(() -> ledgerChartViewer(robot));
        XYItemEntity bar = firstBar(viewer);
        Rectangle2D b = bar.getArea().getBounds2D();
        Point2D screen = viewer.getCanvas().localToScreen(b.getCenterX(), b.getCenterY());
        robot.clickOn(screen);
        settle();
        assertThat(ledger().viewModel().drillProperty().get()).isNotNull();
        assertThat(ledger().viewModel().rowCountProperty().get()).isGreaterThan(0);

        // Ctrl+E exports the current rows
        Path csv = dir.resolve("rows.csv");
        bench.prompts.answer(csv);
        robot.press(KeyCode.CONTROL, KeyCode.E).release(KeyCode.E, KeyCode.CONTROL);
        settle();
        List<String> lines = Files.readAllLines(csv);
        assertThat(lines).hasSize((int) ledger().viewModel().rowCountProperty().get() + 1);
        assertThat(lines.getFirst()).startsWith("date,resource_id,job_id,team");

        // the chart saves as PNG and SVG
        Path png = dir.resolve("chart.png");
        Path svg = dir.resolve("chart.svg");
        robot.interact(() -> {
            ledgerChart(robot).saveTo(png, "png");
            ledgerChart(robot).saveTo(svg, "svg");
        });
        assertThat(Files.readAllBytes(png)).startsWith((byte) 0x89, (byte) 'P', (byte) 'N', (byte) 'G');
        assertThat(Files.readString(svg)).contains("<svg").contains("</svg>");

        // the pivot table exports what it shows
        Path pivotCsv = dir.resolve("pivot.csv");
        bench.prompts.answer(pivotCsv);
        robot.interact(() -> dev.greenops.views.common.Tables.export(table));
        assertThat(Files.readAllLines(pivotCsv).getFirst())
                .isEqualTo("Period start,Job,Rows,\"Emissions, location-based (kgCO2e)\",\"Emissions, market-based (kgCO2e)\","
                        + "Facility energy (kWh),GPU-hours (GPU-h),Cost (USD)");
        List<String> pivotLines = Files.readAllLines(pivotCsv);
        assertThat(pivotLines).hasSize(table.getItems().size() + 1);
        // raw values, not the rounded display: the export keeps every digit the data has
        assertThat(pivotLines.get(1).split(",")[0]).matches("\\d{4}-\\d{2}-\\d{2}");
    }

    private static dev.greenops.views.common.ChartPane ledgerChart(FxRobot robot) {
        return robot.lookup("#ledger-chart").query();
    }

    private static ChartViewer ledgerChartViewer(FxRobot robot) {
        return ledgerChart(robot).viewer();
    }

    private static XYItemEntity firstBar(ChartViewer viewer) {
        for (Object o : viewer.getRenderingInfo().getEntityCollection().getEntities()) {
            if (o instanceof XYItemEntity item && ((ChartEntity) o).getArea().getBounds2D().getHeight() > 4) {
                return item;
            }
        }
        throw new AssertionError("the chart has no bar to click");
    }

    private void the_data_quality_tab_jumps_to_the_failing_rows(FxRobot robot) {
        robot.clickOn("#nav-ledger");
        robot.interact(() -> ledger().viewModel().filters().clear());
        robot.clickOn("#tab-quality");
        settle();
        robot.clickOn("#quality-show-emissions_do_not_recompute");
        settle();
        assertThat(ledger().tabs().getSelectionModel().getSelectedItem().getId()).isEqualTo("tab-explore");
        long n = ledger().viewModel().rowCountProperty().get();
        assertThat(n).isEqualTo(ledger().qualityViewModel().mismatchCount()).isGreaterThan(0);
        assertThat(((Label) find(robot, "rows-title")).getText()).startsWith("Rows failing");
    }

    private void the_sql_console_runs_a_query_and_refuses_a_write(FxRobot robot) throws Exception {
        robot.clickOn("#nav-ledger");
        robot.clickOn("#tab-sql");
        settle();
        assertThat(((Label) find(robot, "sql-read-only")).getText()).isEqualTo("READ-ONLY");
        robot.interact(() -> ledger().sqlViewModel().textProperty().set("select team, count(*) as n from ledger group by team"));
        robot.clickOn("#sql-editor");
        robot.press(KeyCode.CONTROL, KeyCode.ENTER).release(KeyCode.ENTER, KeyCode.CONTROL);
        settle();
        TableView<?> result = find(robot, "sql-result");
        assertThat(result.getItems()).isNotEmpty();
        assertThat(result.getColumns()).hasSize(2);
        robot.interact(() -> ledger().sqlViewModel().textProperty().set("drop table ledger"));
        robot.clickOn("#sql-run");
        settle();
        assertThat(((Label) find(robot, "sql-error")).getText()).contains("DROP TABLE statements are refused");
        assertThat(bench.workspace.count("ledger")).isGreaterThan(0);
    }

    private void global_search_opens_the_ledger_on_the_hit(FxRobot robot) {
        robot.clickOn("#global-search").write("batch-predict");
        settle();
        robot.type(KeyCode.ENTER);
        settle();
        assertThat(bench.window.currentArea()).isEqualTo(Area.LEDGER);
        assertThat(ledger().viewModel().filters())
                .containsExactly(new LedgerFilter.Equals(LedgerColumn.JOB_ID, "batch-predict"));
        assertThat(ledger().viewModel().rowCountProperty().get()).isGreaterThan(0);
    }

    private void dropped_files_are_previewed_then_imported_in_one_go(FxRobot robot) throws Exception {
        long before = bench.workspace.count("ledger");
        Path file = TestLedgerImporter.writeLedger(dir.resolve("dropped.csv"), "new-team", 5);
        ImportViewModel[] vm = new ImportViewModel[1];
        robot.interact(() -> vm[0] = bench.window.importFiles(List.of(file)));
        settle();
        assertThat(robot.lookup("#import-dialog").tryQuery()).isPresent();
        assertThat(robot.lookup("#import-file-dropped-csv").tryQuery()).isPresent();
        assertThat(vm[0].statusProperty().get()).startsWith("Ready to import 1 file");
        robot.clickOn("#import-commit");
        settle();
        assertThat(bench.workspace.count("ledger")).isEqualTo(before + 5);
        assertThat(((Label) find(robot, "notice-title")).getText()).isEqualTo("Imported 1 file, 5 rows");
        assertThat(((atlantafx.base.controls.ModalPane) find(robot, "modal")).isDisplay()).isFalse();
    }

    private void the_theme_toggle_switches_to_dark_and_back(FxRobot robot) {
        robot.clickOn("#theme-toggle");
        settle();
        assertThat(bench.context.themeProperty().get()).isEqualTo(Theme.DARK);
        assertThat(bench.scene.getRoot().getStyleClass()).contains(Theme.DARK_CLASS);
        robot.clickOn("#theme-toggle");
        settle();
        assertThat(bench.scene.getRoot().getStyleClass()).doesNotContain(Theme.DARK_CLASS);
    }
}
