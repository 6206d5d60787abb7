package dev.greenops.views.common;

import static org.assertj.core.api.Assertions.assertThat;

import dev.greenops.model.store.Workspace;
import dev.greenops.views.testing.Fx;
import dev.greenops.views.testing.FxExceptions;
import dev.greenops.views.testing.RecordingPrompts;
import dev.greenops.views.testing.TestContext;
import dev.greenops.views.theme.Theme;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.geom.Line2D;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.shape.Line;
import javafx.scene.shape.Rectangle;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.LegendItem;
import org.jfree.chart.LegendItemCollection;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The shared chart pane and table exports every screen uses. */
class ChartPaneTest {

    static Workspace ws;

    @TempDir
    Path dir;

    @BeforeAll
    static void start() {
        Fx.start();
        ws = Workspace.inMemory();
    }

    @AfterAll
    static void close() {
        ws.close();
    }

    static JFreeChart chart(String title) {
        XYSeries s = new XYSeries("europe-west3");
        s.add(0, 120);
        s.add(1, 95.5);
        XYPlot plot = new XYPlot(new XYSeriesCollection(s), new NumberAxis("hour"), new NumberAxis("g/kWh"),
                new XYLineAndShapeRenderer(true, false));
        LegendItemCollection items = new LegendItemCollection();
        items.add(new LegendItem("europe-west3", new Color(0x0969da)));
        items.add(new LegendItem("threshold 80 g/kWh", null, null, null, new Line2D.Double(-7, 0, 7, 0),
                new BasicStroke(1.6f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f, new float[] {6f, 4f}, 0f),
                Color.GRAY));
        plot.setFixedLegendItems(items);
        return new JFreeChart(title, JFreeChart.DEFAULT_TITLE_FONT, plot, true);
    }

    @Test
    void no_chart_is_a_message_not_an_exception() throws Exception {
        try (FxExceptions fx = FxExceptions.install()) {
            Fx.call(() -> {
                AppContext context = TestContext.of(ws, new RecordingPrompts());
                ChartPane pane = new ChartPane(context, "test");
                pane.setEmptyMessage("Nothing replayed yet.");
                new Scene(pane, 800, 500);
                pane.setChart(chart("a chart"));
                pane.setChart((JFreeChart) null);
                assertThat(pane.chart()).isNull();
                assertThat(pane.shownMessage()).contains("Nothing replayed yet.");
                pane.setChartBuilder(theme -> null);
                context.themeProperty().set(Theme.DARK);
                assertThat(pane.shownMessage()).contains("Nothing replayed yet.");
                // nothing to copy or save: no notice, no file
                pane.saveTo(Path.of("never-written.png"), "png");
                assertThat(context.noticeProperty().get()).isNull();
                return null;
            });
            fx.assertNone("while a chart pane had no chart");
        }
    }

    @Test
    void the_legend_is_javafx_nodes_on_screen_and_jfreecharts_in_an_export() throws Exception {
        Fx.call(() -> {
            AppContext context = TestContext.of(ws, new RecordingPrompts());
            ChartPane pane = new ChartPane(context, "test");
            new Scene(pane, 800, 500);
            pane.setChart(chart("Grid carbon intensity"));
            assertThat(pane.chart().getLegend()).isNull();
            List<Node> items = pane.legend().getChildren();
            assertThat(items).extracting(n -> ((Label) n).getText())
                    .containsExactly("europe-west3", "threshold 80 g/kWh");
            assertThat(((Label) items.get(0)).getGraphic()).isInstanceOf(Rectangle.class);
            Line dashed = (Line) ((Label) items.get(1)).getGraphic();
            assertThat(dashed.getStrokeDashArray()).containsExactly(6.0, 4.0);
            assertThat((boolean) pane.withLegend(c -> c.getLegend() != null)).isTrue();
            assertThat(pane.chart().getLegend()).as("taken off again after the export").isNull();
            Path png = dir.resolve("chart.png");
            pane.saveTo(png, "png");
            assertThat(Files.readAllBytes(png)).startsWith((byte) 0x89, (byte) 'P', (byte) 'N', (byte) 'G');
            assertThat(context.noticeProperty().get().title()).isEqualTo("Chart saved");
            return null;
        });
    }

    @Test
    void a_theme_dependent_chart_is_rebuilt_for_the_new_theme() throws Exception {
        Fx.call(() -> {
            AppContext context = TestContext.of(ws, new RecordingPrompts());
            ChartPane pane = new ChartPane(context, "test");
            pane.setChartBuilder(theme -> chart(theme.name()));
            assertThat(pane.chart().getTitle().getText()).isEqualTo("LIGHT");
            context.themeProperty().set(Theme.DARK);
            assertThat(pane.chart().getTitle().getText()).isEqualTo("DARK");
            assertThat(pane.chart().getBackgroundPaint()).isEqualTo(ChartStyle.background(Theme.DARK));
            return null;
        });
    }

    @Test
    void the_data_behind_a_chart_exports_as_csv_through_the_prompts() throws Exception {
        Fx.call(() -> {
            RecordingPrompts prompts = new RecordingPrompts();
            AppContext context = TestContext.of(ws, prompts);
            ChartPane pane = new ChartPane(context, "intensity-profile");
            pane.setChart(chart("x"));
            pane.setDataExport(() -> "hour,g_per_kwh\n0,120\n");
            Path csv = dir.resolve("data.csv");
            prompts.answer(csv);
            pane.menu().getItems().stream().filter(i -> "chart-export-csv".equals(i.getId())).findFirst()
                    .orElseThrow().fire();
            assertThat(prompts.asked).containsExactly("Export the chart's data as CSV [intensity-profile.csv]");
            assertThat(Files.readString(csv)).isEqualTo("hour,g_per_kwh\n0,120\n");
            return null;
        });
    }

    @Test
    void save_svg_writes_well_formed_svg_with_the_title_axis_and_every_series() throws Exception {
        Path svg = dir.resolve("chart.svg");
        Fx.call(() -> {
            AppContext context = TestContext.of(ws, new RecordingPrompts());
            ChartPane pane = new ChartPane(context, "test");
            new Scene(pane, 900, 500);
            pane.setChart(chart("Grid carbon intensity \u2014 DE, 2023-06-01 (UTC)"));
            pane.saveTo(svg, "svg");
            return null;
        });
        javax.xml.parsers.DocumentBuilderFactory f = javax.xml.parsers.DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        org.w3c.dom.Document doc = f.newDocumentBuilder().parse(svg.toFile());
        org.w3c.dom.Element root = doc.getDocumentElement();
        assertThat(root.getNamespaceURI()).isEqualTo("http://www.w3.org/2000/svg");
        assertThat(root.getLocalName()).isEqualTo("svg");
        assertThat(root.getAttribute("viewBox")).isEqualTo("0 0 900 500");
        org.w3c.dom.NodeList texts = doc.getElementsByTagNameNS("http://www.w3.org/2000/svg", "text");
        List<String> shown = new java.util.ArrayList<>();
        for (int i = 0; i < texts.getLength(); i++) {
            shown.add(texts.item(i).getTextContent().strip());
        }
        assertThat(shown).contains("Grid carbon intensity \u2014 DE, 2023-06-01 (UTC)", "europe-west3",
                "threshold 80 g/kWh", "g/kWh", "hour");
        // the series itself is drawn: a path through its points
        assertThat(doc.getElementsByTagNameNS("http://www.w3.org/2000/svg", "path").getLength()).isPositive();
    }

    record Row(String region, double meanGPerKwh, Double savingPct) {}

    @Test
    void computed_numbers_export_raw_in_plain_notation_and_a_gap_as_empty() throws Exception {
        String csv = Fx.call(() -> {
            TableView<Row> table = new TableView<>();
            table.getColumns().setAll(List.of(
                    Columns.text("Region", Row::region),
                    Columns.numeric("Mean intensity", Fmt.G_PER_KWH, Row::meanGPerKwh, v -> Fmt.number(v, 2)),
                    Columns.numeric("Saving", "%", Row::savingPct, v -> Fmt.decimals(v, 0))));
            table.getItems().setAll(new Row("DE, Frankfurt", 0.000123, null), new Row("FR", 1234.5678, 12.5));
            Path file = dir.resolve("rows.csv");
            Tables.writeCsv(table, table.getItems(), file);
            return Files.readString(file);
        });
        assertThat(csv).isEqualTo("Region,Mean intensity (g/kWh),Saving (%)\r\n"
                + "\"DE, Frankfurt\",0.000123,\r\n"
                + "FR,1234.5678,12.5\r\n");
    }
}
