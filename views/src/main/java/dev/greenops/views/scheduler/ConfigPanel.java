package dev.greenops.views.scheduler;

import dev.greenops.views.common.Labels;
import dev.greenops.model.schedule.ForecastSource;
import dev.greenops.model.schedule.SchedulerConfig;
import dev.greenops.model.intensity.Durations;
import dev.greenops.views.common.AppContext;
import dev.greenops.views.common.Columns;
import dev.greenops.views.common.Spinners;
import dev.greenops.views.common.Tables;
import java.time.Duration;
import java.util.List;
import java.util.function.Function;
import javafx.beans.binding.Bindings;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;

/** The left column: the scheduler's settings (editable for a what-if) and the jobs with their eligibility. */
final class ConfigPanel extends VBox {

    final Spinner<Double> threshold;
    final ComboBox<Duration> reevaluate = new ComboBox<>();
    final ComboBox<ForecastSource> forecast = new ComboBox<>();
    final Spinner<Integer> concurrency;
    final TextField region = new TextField();
    final Label regions = new Label();
    final TableView<JobRow> jobs = new TableView<>();

    ConfigPanel(AppContext context, SchedulerViewModel vm) {
        getStyleClass().add("sched-side");
        setPrefWidth(320);
        setMinWidth(260);
        Label title = new Label("Configuration");
        title.getStyleClass().add("sched-section-title");

        threshold = Spinners.decimal(vm.thresholdProperty(), 0, 2000, 5, 2);
        threshold.setId("sched-threshold");
        threshold.setTooltip(new Tooltip("Dispatch a flexible job when the grid is at or under this (g CO2e/kWh)."
                + " Jobs with their own carbon_window ceiling keep it."));
        reevaluate.setId("sched-reevaluate");
        reevaluate.getItems().setAll(List.of(Duration.ofMinutes(15), Duration.ofMinutes(30), Duration.ofHours(1)));
        reevaluate.setConverter(converter(Durations::format));
        reevaluate.valueProperty().bindBidirectional(vm.reevaluateProperty());
        forecast.setId("sched-forecast");
        forecast.getItems().setAll(ForecastSource.values());
        forecast.setConverter(converter(ForecastSource::id));
        forecast.valueProperty().bindBidirectional(vm.forecastProperty());
        forecast.setTooltip(new Tooltip("perfect: the measured series itself; persistence-24h: yesterday's same hour"
                + " (an honest stand-in for a real forecast); file: forecast series from a file."));
        concurrency = Spinners.whole(vm.maxConcurrentProperty(), 1, 50);
        concurrency.setId("sched-concurrency");
        region.setId("sched-region");
        region.setPromptText("none: each job's own region");
        region.textProperty().bindBidirectional(vm.regionOverrideProperty());
        region.setTooltip(new Tooltip("What-if: replay every job on this region's or grid zone's series (e.g. DE)."));
        regions.textProperty().bind(Bindings.createStringBinding(() -> {
            SchedulerConfig c = vm.fileConfigProperty().get();
            return c == null ? "–" : String.join(", ", c.regions());
        }, vm.fileConfigProperty()));
        regions.setWrapText(true);
        CheckBox save = new CheckBox("Save records in the workspace");
        save.setTooltip(new Tooltip("Each replay's records of the shown policy go to the job_metrics table"));
        save.setId("sched-save");
        save.selectedProperty().bindBidirectional(vm.saveToWorkspaceProperty());

        GridPane grid = new GridPane();
        grid.setHgap(8);
        grid.setVgap(6);
        int row = 0;
        grid.addRow(row++, label("Threshold g/kWh"), threshold);
        grid.addRow(row++, label("Re-evaluate every"), reevaluate);
        grid.addRow(row++, label("Forecast"), forecast);
        grid.addRow(row++, label("Max concurrent"), concurrency);
        grid.addRow(row++, label("Regions"), regions);
        // the what-if field gets the column's whole width on a row of its own, so its prompt is never cut
        Label whatIf = label("What-if region (replay every job there)");
        whatIf.setWrapText(true);
        whatIf.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        grid.add(whatIf, 0, row++, 2, 1);
        grid.add(region, 0, row, 2, 1);
        javafx.scene.layout.ColumnConstraints labels = new javafx.scene.layout.ColumnConstraints();
        labels.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        javafx.scene.layout.ColumnConstraints fields = new javafx.scene.layout.ColumnConstraints();
        fields.setHgrow(Priority.ALWAYS);
        fields.setFillWidth(true);
        grid.getColumnConstraints().setAll(labels, fields);
        for (javafx.scene.control.Control c : List.of(threshold, reevaluate, forecast, concurrency, region)) {
            c.setMaxWidth(Double.MAX_VALUE);
        }

        Label jobsTitle = new Label("Jobs");
        jobsTitle.getStyleClass().add("sched-section-title");
        jobs.setId("sched-jobs");
        jobs.setItems(vm.jobRows());
        jobs.getColumns().setAll(List.of(
                width(Columns.text("Job", JobRow::id), 118),
                width(Columns.text("Schedule (UTC)", JobRow::schedule), 118),
                width(Columns.text("Deadline", JobRow::deadline), 70),
                width(Columns.text("Max deferral", JobRow::maxDeferral), 96),
                width(Columns.text("Eligible", JobRow::eligible), 130),
                width(Columns.text("Threshold", JobRow::threshold), 130),
                width(Columns.text("Energy per run", JobRow::energy), 140)));
        jobs.setColumnResizePolicy(TableView.UNCONSTRAINED_RESIZE_POLICY);
        // every column as wide as its header and longest value: the panel scrolls sideways rather than cut a name
        vm.jobRows().addListener((javafx.collections.ListChangeListener<JobRow>) c -> fitColumns());
        jobs.sceneProperty().addListener((o, a, scene) -> fitColumns());
        jobs.setPlaceholder(new Label("No jobs file read yet."));
        Tables.install(jobs, context, "jobs");
        VBox.setVgrow(jobs, Priority.ALWAYS);
        Label note = new Label("Only soft jobs may wait; a hard job is dispatched at submission, always.");
        note.getStyleClass().add("sched-legend-note");
        note.setWrapText(true);
        note.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        regions.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        getChildren().addAll(title, grid, save, jobsTitle, jobs, note);
    }

    /** Sets each jobs column to the width of its header (bold) or its longest value, as the theme draws them. */
    void fitColumns() {
        if (jobs.getScene() == null) {
            return;
        }
        for (TableColumn<JobRow, ?> c : jobs.getColumns()) {
            double widest = textWidth(c.getText(), true);
            for (int i = 0; i < jobs.getItems().size(); i++) {
                Object v = c.getCellData(i);
                widest = Math.max(widest, v == null ? 0 : textWidth(v.toString(), false));
            }
            c.setPrefWidth(Math.ceil(widest) + 28); // cell padding, the sort arrow's room, a little air
        }
    }

    private double textWidth(String text, boolean bold) {
        Label probe = new Label(text);
        if (bold) {
            probe.setStyle("-fx-font-weight: bold;");
        }
        javafx.scene.Scene scratch = new javafx.scene.Scene(new javafx.scene.Group(probe));
        scratch.getStylesheets().setAll(jobs.getScene().getStylesheets());
        probe.applyCss();
        return probe.prefWidth(-1);
    }

    private static Label label(String text) {
        return Labels.field(text);
    }

    private static <T> TableColumn<T, String> width(TableColumn<T, String> c, double width) {
        c.setPrefWidth(width);
        return c;
    }

    static <T> StringConverter<T> converter(Function<T, String> text) {
        return new StringConverter<>() {
            @Override
            public String toString(T t) {
                return t == null ? "" : text.apply(t);
            }

            @Override
            public T fromString(String s) {
                return null;
            }
        };
    }
}
