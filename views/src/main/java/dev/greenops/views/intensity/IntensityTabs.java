package dev.greenops.views.intensity;

import dev.greenops.model.intensity.Coverage;
import dev.greenops.model.intensity.HourStats;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Supplier;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.jfree.chart.JFreeChart;

/** The tabs under the profile: Typical day, Year, Windows (with the window finder), Sources. */
final class IntensityTabs extends TabPane {

    private final IntensityViewModel model;
    private final Supplier<ChartStyle> style;
    private final ChartPane typical;
    final YearTab year;

    IntensityTabs(IntensityViewModel model, Supplier<ChartStyle> style) {
        this.model = model;
        this.style = style;
        setTabClosingPolicy(TabClosingPolicy.UNAVAILABLE);
        typical = new ChartPane(RangeCharts.typicalDay(Map.of(), 80, "", ChartStyle.LIGHT), "intensity-typical-day",
                this::typicalCsv);
        year = new YearTab(model, style);
        Tab t1 = new Tab("Typical day", typical);
        Tab t2 = new Tab("Year", year);
        Tab t3 = new Tab("Windows", windowsTab());
        Tab t4 = new Tab("Sources", sourcesTab());
        t1.setId("intensity-tab-typical");
        t2.setId("intensity-tab-year");
        t3.setId("intensity-tab-windows");
        t4.setId("intensity-tab-sources");
        getTabs().addAll(t1, t2, t3, t4);
        model.typicalDayProperty().addListener((o, a, b) -> rebuildTypical());
        model.thresholdProperty().addListener((o, a, b) -> rebuildTypical());
    }

    void rebuild() {
        rebuildTypical();
        year.rebuild();
    }

    private void rebuildTypical() {
        Map<String, List<HourStats>> data = model.typicalDayProperty().get();
        JFreeChart chart = RangeCharts.typicalDay(data, model.thresholdProperty().get(),
                model.typicalRangeProperty().get(), style.get());
        typical.setChart(chart);
    }

    private String typicalCsv() {
        StringBuilder out = new StringBuilder("region,hour_utc,median_g_per_kwh,q1_g_per_kwh,q3_g_per_kwh,min_g_per_kwh,max_g_per_kwh,points\n");
        model.typicalDayProperty().get().forEach((region, hours) -> hours.forEach(h -> out.append(region).append(',')
                .append(h.hour()).append(',').append(h.medianGPerKwh()).append(',').append(h.q1GPerKwh()).append(',')
                .append(h.q3GPerKwh()).append(',').append(h.minGPerKwh()).append(',').append(h.maxGPerKwh()).append(',')
                .append(h.count()).append('\n')));
        return out.toString();
    }

    private BorderPane windowsTab() {
        TableView<WindowRow> table = new TableView<>(model.windows());
        table.setId("intensity-windows-table");
        table.setPlaceholder(new Label("No stretch at or below the threshold on this day."));
        table.getColumns().add(column("Region", WindowRow::region));
        table.getColumns().add(column("Start (UTC)", w -> Figures.dayHm(w.start()).replace(" UTC", "")));
        table.getColumns().add(column("End (UTC)", w -> Figures.dayHm(w.end()).replace(" UTC", "")));
        table.getColumns().add(column("Length", w -> Figures.length(w.length())));
        table.getColumns().add(column("Mean intensity", w -> Figures.gPerKwh(w.meanGPerKwh())));
        table.getColumns().add(column("Estimated points", w -> w.estimatedPoints() == 0 ? "none" : String.valueOf(w.estimatedPoints())));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        TableExport.install(table, "intensity-windows",
                List.of("region", "start", "end", "length_minutes", "mean_g_per_kwh", "estimated_points"),
                w -> List.of(w.region(), w.start().toString(), w.end().toString(), String.valueOf(w.length().toMinutes()),
                        String.valueOf(w.meanGPerKwh()), String.valueOf(w.estimatedPoints())));

        TextField duration = new TextField();
        duration.setId("intensity-finder-duration");
        duration.setPrefColumnCount(6);
        duration.textProperty().bindBidirectional(model.jobDurationProperty());
        TextField earliest = new TextField();
        earliest.setId("intensity-finder-earliest");
        earliest.setPromptText("day start");
        earliest.setPrefColumnCount(14);
        TextField latest = new TextField();
        latest.setId("intensity-finder-latest");
        latest.setPromptText("day end");
        latest.setPrefColumnCount(14);
        Button find = new Button("Find best start");
        find.setId("intensity-finder-find");
        find.setDefaultButton(false);
        Label result = new Label();
        result.setId("intensity-finder-result");
        result.setWrapText(true);
        result.textProperty().bind(model.finderMessageProperty());
        find.setOnAction(e -> {
            model.earliestStartProperty().set(parse(earliest.getText()));
            model.latestEndProperty().set(parse(latest.getText()));
            model.findWindow();
        });
        HBox form = new HBox(8, new Label("Job duration"), duration, new Label("Earliest start (UTC)"), earliest,
                new Label("Latest end (UTC)"), latest, find);
        form.getStyleClass().add("app-toolbar");
        VBox finder = new VBox(6, new Label("Window finder: the start that gives a job the lowest average intensity"
                + " (Carbon Aware SDK semantics; the best start is marked on the chart)."), form, result);
        finder.setPadding(new Insets(8));
        BorderPane pane = new BorderPane(table);
        pane.setBottom(finder);
        return pane;
    }

    private static LocalDateTime parse(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return LocalDateTime.ofInstant(dev.greenops.model.intensity.Durations.parseInstant(text), ZoneOffset.UTC);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private SplitPane sourcesTab() {
        TableView<Coverage> table = new TableView<>(model.sources());
        table.setId("intensity-sources-table");
        table.setPlaceholder(new Label("Nothing imported yet. Import Electricity Maps, WattTime, Carbon Aware SDK or CSV files with Ctrl+I."));
        table.getColumns().add(cov("Region", Coverage::region));
        TableColumn<Coverage, String> source = cov("Source", Coverage::source);
        source.setPrefWidth(380);
        table.getColumns().add(source);
        table.getColumns().add(cov("Signal", c -> c.signal().id()));
        table.getColumns().add(cov("Basis", c -> c.basis().id()));
        table.getColumns().add(cov("Step", c -> Figures.length(c.step())));
        table.getColumns().add(cov("From (UTC)", c -> Figures.dayHm(c.first()).replace(" UTC", "")));
        table.getColumns().add(cov("To (UTC)", c -> Figures.dayHm(c.end()).replace(" UTC", "")));
        table.getColumns().add(cov("Points", c -> Figures.number(c.points(), 0)));
        table.getColumns().add(cov("Missing", c -> Figures.number(c.missingPoints(), 0)));
        table.getColumns().add(cov("Estimated", c -> Figures.number(c.estimatedPoints(), 0)));
        table.getColumns().add(cov("Forecast issued", c -> c.forecastIssuedAt() == null ? "measured" : c.forecastIssuedAt().toString()));
        table.getColumns().add(cov("Files", c -> String.join(", ", c.files())));
        TableExport.install(table, "intensity-sources",
                List.of("region", "source", "signal", "basis", "step_minutes", "from", "to", "points", "missing", "estimated", "files"),
                c -> List.of(c.region(), c.source(), c.signal().id(), c.basis().id(), String.valueOf(c.step().toMinutes()),
                        c.first().toString(), c.end().toString(), String.valueOf(c.points()), String.valueOf(c.missingPoints()),
                        String.valueOf(c.estimatedPoints()), String.join(" ", c.files())));
        ListView<String> gaps = new ListView<>();
        gaps.setId("intensity-gaps");
        gaps.setPlaceholder(new Label("Select a source to list its gaps."));
        table.getSelectionModel().selectedItemProperty().addListener((o, a, c) -> {
            if (c == null) {
                gaps.getItems().clear();
                return;
            }
            List<Instant[]> list = model.gaps(c);
            gaps.getItems().setAll(list.isEmpty() ? List.of("No gaps: every " + Figures.length(c.step()) + " step is present.")
                    : list.stream().map(g -> "gap " + Figures.dayHm(g[0]) + " – " + Figures.dayHm(g[1])).toList());
        });
        model.sources().addListener((javafx.collections.ListChangeListener<Coverage>) ch -> {
            if (table.getSelectionModel().isEmpty() && !model.sources().isEmpty()) {
                table.getSelectionModel().selectFirst();
            }
        });
        Label summary = new Label();
        summary.setId("intensity-sources-summary");
        summary.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(() -> {
            long files = model.sources().stream().flatMap(c -> c.files().stream()).distinct().count();
            long floors = model.regions().stream().filter(r -> !r.hasSeries() && !Double.isNaN(r.annualGPerKwh())).count();
            return model.sources().size() + " series from " + files + " file" + (files == 1 ? "" : "s") + ". " + floors
                    + " catalogued regions have no hourly series and fall back to their annual average (a floor, not a ceiling).";
        }, model.sources(), model.regions()));
        summary.setPadding(new Insets(4, 8, 4, 8));
        BorderPane top = new BorderPane(table);
        top.setTop(summary);
        SplitPane split = new SplitPane(top, gaps);
        split.setOrientation(javafx.geometry.Orientation.VERTICAL);
        split.setDividerPositions(0.7);
        return split;
    }

    private static TableColumn<WindowRow, String> column(String title, Function<WindowRow, String> value) {
        TableColumn<WindowRow, String> c = new TableColumn<>(title);
        c.setCellValueFactory(cell -> new ReadOnlyStringWrapper(value.apply(cell.getValue())));
        return c;
    }

    private static TableColumn<Coverage, String> cov(String title, Function<Coverage, String> value) {
        TableColumn<Coverage, String> c = new TableColumn<>(title);
        c.setCellValueFactory(cell -> new ReadOnlyStringWrapper(value.apply(cell.getValue())));
        return c;
    }

}
