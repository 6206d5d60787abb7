package dev.greenops.views.intensity;

import dev.greenops.model.intensity.Coverage;
import dev.greenops.model.intensity.Durations;
import dev.greenops.model.intensity.HourStats;
import dev.greenops.views.common.AppContext;
import dev.greenops.views.common.ChartPane;
import dev.greenops.views.common.Columns;
import dev.greenops.views.common.Fmt;
import dev.greenops.views.common.Tables;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
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

/** The tabs under the profile: Typical day, Year, Windows (with the window finder), Sources. */
final class IntensityTabs extends TabPane {

    private final AppContext context;
    private final IntensityViewModel model;
    private final ChartPane typical;
    final YearTab year;

    IntensityTabs(AppContext context, IntensityViewModel model) {
        this.context = context;
        this.model = model;
        setId("intensity-tabs");
        setTabClosingPolicy(TabClosingPolicy.UNAVAILABLE);
        typical = new ChartPane(context, "intensity-typical-day");
        typical.setEmptyMessage("Choose a region with an hourly series to see its typical day over the shared date range.");
        typical.setDataExport(this::typicalCsv);
        year = new YearTab(context, model);
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
        double threshold = model.thresholdProperty().get();
        String range = model.typicalRangeProperty().get();
        typical.setChartBuilder(theme -> data.isEmpty() ? null
                : RangeCharts.typicalDay(data, threshold, range, IntensityStyle.of(theme)));
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
        Label empty = new Label();
        empty.setId("intensity-windows-empty");
        empty.setWrapText(true);
        empty.textProperty().bind(model.windowsPlaceholderProperty());
        table.setPlaceholder(empty);
        table.getColumns().setAll(List.of(
                Columns.text("Region", WindowRow::region),
                Columns.of("Start (UTC)", WindowRow::start, Fmt::dateTime),
                Columns.of("End (UTC)", WindowRow::end, Fmt::dateTime),
                Columns.of("Length", WindowRow::length, Durations::format),
                Columns.numeric("Mean intensity", Fmt.G_PER_KWH, WindowRow::meanGPerKwh, v -> Fmt.number(v, 2)),
                Columns.numeric("Estimated points", null, (WindowRow w) -> w.estimatedPoints(),
                        n -> n == 0 ? "none" : Fmt.count(n))));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        Tables.install(table, context, "intensity-windows");

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

    private static <T, V> TableColumn<T, V> wide(TableColumn<T, V> c, double width) {
        c.setPrefWidth(width);
        return c;
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
        TableColumn<Coverage, String> source = Columns.text("Source", Coverage::source);
        source.setPrefWidth(380);
        table.getColumns().setAll(List.of(
                wide(Columns.text("Region", Coverage::region), 130),
                source,
                Columns.text("Signal", (Coverage c) -> c.signal().id()),
                Columns.text("Basis", (Coverage c) -> c.basis().id()),
                Columns.of("Step", Coverage::step, Durations::format),
                wide(Columns.of("From (UTC)", Coverage::first, Fmt::dateTime), 145),
                wide(Columns.of("To (UTC)", Coverage::end, Fmt::dateTime), 145),
                Columns.numeric("Points", null, Coverage::points, n -> Fmt.count(n)),
                Columns.numeric("Missing", null, Coverage::missingPoints, n -> Fmt.count(n)),
                Columns.numeric("Estimated", null, Coverage::estimatedPoints, n -> Fmt.count(n)),
                Columns.text("Forecast issued", (Coverage c) -> c.forecastIssuedAt() == null ? "measured"
                        : Fmt.utc(c.forecastIssuedAt())),
                Columns.text("Files", (Coverage c) -> String.join(", ", c.files()))));
        Tables.install(table, context, "intensity-sources");
        ListView<String> gaps = new ListView<>();
        gaps.setId("intensity-gaps");
        gaps.setPlaceholder(new Label("Select a source to list its gaps."));
        table.getSelectionModel().selectedItemProperty().addListener((o, a, c) -> {
            if (c == null) {
                gaps.getItems().clear();
                return;
            }
            List<Instant[]> list = model.gaps(c);
            gaps.getItems().setAll(list.isEmpty() ? List.of("No gaps: every " + Durations.format(c.step()) + " step is present.")
                    : list.stream().map(g -> "gap " + Fmt.utc(g[0]) + " – " + Fmt.utc(g[1])).toList());
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
}
