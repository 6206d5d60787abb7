package dev.greenops.views.intensity;

import dev.greenops.model.intensity.RegionChoice;
import dev.greenops.views.common.AppContext;
import dev.greenops.views.common.FilePrompts;
import dev.greenops.views.common.Fmt;
import dev.greenops.views.common.SafeFiles;
import dev.greenops.views.common.Screen;
import java.util.List;
import java.util.Optional;
import javafx.collections.ListChangeListener;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * The Intensity screen (SCREENS.md "Intensity"): region chips (several overlay), a day picker and the threshold above
 * the 24-hour profile with its dispatch windows; tabs for the typical day, the year heatmap and series, the windows
 * with the window finder, and the imported sources.
 */
public final class IntensityView extends BorderPane implements Screen {

    private final AppContext context;
    private final IntensityViewModel model;
    private final FlowPane chips = new FlowPane(6, 6);
    private final ComboBox<RegionChoice> addRegion = new ComboBox<>();
    private final DatePicker day = new DatePicker();
    private final TextField threshold = new TextField();
    private final Label message = new Label();
    private final ProfileChart profile;
    private final IntensityTabs tabs;

    public IntensityView(AppContext context) {
        this(context, new IntensityViewModel(context));
    }

    IntensityView(AppContext context, IntensityViewModel model) {
        this.context = context;
        this.model = model;
        getStyleClass().add("app-intensity");
        getStylesheets().add(java.util.Objects.requireNonNull(
                        IntensityView.class.getResource("/dev/greenops/views/intensity/intensity.css"), "intensity.css")
                .toExternalForm());
        setId("intensity-view");
        profile = new ProfileChart(context, model);
        tabs = new IntensityTabs(context, model);
        setTop(new VBox(toolbar(), message));
        message.getStyleClass().add("app-message");
        message.setId("intensity-message");
        message.setWrapText(true);
        message.textProperty().bind(model.messageProperty());
        message.managedProperty().bind(message.textProperty().isNotEmpty());
        message.visibleProperty().bind(message.textProperty().isNotEmpty());
        SplitPane split = new SplitPane(profile, tabs);
        split.setOrientation(Orientation.VERTICAL);
        split.setDividerPositions(0.52);
        setCenter(split);
        model.regions().addListener((ListChangeListener<RegionChoice>) c -> rebuildChips());
        model.selectedRegions().addListener((ListChangeListener<String>) c -> rebuildChips());
        model.dayProperty().addListener((o, a, b) -> day.setValue(b));
        model.thresholdProperty().addListener((o, a, b) -> threshold.setText(Fmt.number(b.doubleValue(), 2)));
        threshold.setText(Fmt.number(model.thresholdProperty().get(), 2));
        addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.isAltDown() && e.getCode() == KeyCode.LEFT) {
                model.previousDay();
                e.consume();
            } else if (e.isAltDown() && e.getCode() == KeyCode.RIGHT) {
                model.nextDay();
                e.consume();
            }
        });
        model.refresh();
    }

    private Node toolbar() {
        chips.setId("intensity-chips");
        chips.setAlignment(Pos.CENTER_LEFT);
        addRegion.setId("intensity-add-region");
        addRegion.setPromptText("Add region…");
        addRegion.setItems(model.regions());
        addRegion.setCellFactory(v -> new RegionCell());
        addRegion.setButtonCell(new RegionCell());
        addRegion.setOnAction(e -> {
            RegionChoice r = addRegion.getValue();
            if (r != null && !model.selectedRegions().contains(r.key())) {
                model.selectedRegions().add(r.key());
            }
            javafx.application.Platform.runLater(() -> addRegion.getSelectionModel().clearSelection());
        });
        day.setId("intensity-day");
        day.setPrefWidth(150);
        day.valueProperty().addListener((o, a, b) -> {
            if (b != null && !b.equals(model.dayProperty().get())) {
                model.dayProperty().set(b);
            }
        });
        Button previous = new Button("◀");
        previous.setTooltip(new Tooltip("Previous day (Alt+←)"));
        previous.setOnAction(e -> model.previousDay());
        Button next = new Button("▶");
        next.setTooltip(new Tooltip("Next day (Alt+→)"));
        next.setOnAction(e -> model.nextDay());
        threshold.setId("intensity-threshold");
        threshold.setPrefColumnCount(5);
        threshold.setTooltip(new Tooltip("Type a threshold and press Enter, or drag the dashed line on the chart"));
        threshold.setOnAction(e -> applyThreshold());
        threshold.focusedProperty().addListener((o, was, now) -> {
            if (!now) {
                applyThreshold();
            }
        });
        addRegion.setPrefWidth(220);
        day.setConverter(new javafx.util.converter.LocalDateStringConverter(
                java.time.format.DateTimeFormatter.ISO_LOCAL_DATE, java.time.format.DateTimeFormatter.ISO_LOCAL_DATE));
        Label hint = new Label("type a threshold, or drag the dashed line on the chart");
        hint.getStyleClass().add("app-hint");
        HBox.setHgrow(chips, Priority.ALWAYS);
        HBox regionsRow = new HBox(8, new Label("Regions"), chips, addRegion);
        regionsRow.setAlignment(Pos.CENTER_LEFT);
        regionsRow.getStyleClass().add("app-toolbar");
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox dayRow = new HBox(8, new Label("Day (UTC)"), previous, day, next, new Label("   Threshold"), threshold,
                new Label("g/kWh"), hint, spacer);
        dayRow.setAlignment(Pos.CENTER_LEFT);
        dayRow.getStyleClass().add("app-toolbar");
        return new VBox(regionsRow, dayRow);
    }

    private void applyThreshold() {
        Optional<String> problem = model.setThreshold(threshold.getText());
        if (problem.isPresent()) {
            threshold.setTooltip(new Tooltip(problem.get()));
            threshold.getStyleClass().add("app-invalid");
            threshold.setText(Fmt.number(model.thresholdProperty().get(), 2));
        } else {
            threshold.getStyleClass().remove("app-invalid");
        }
    }

    private void rebuildChips() {
        chips.getChildren().clear();
        for (RegionChoice r : model.regions()) {
            boolean on = model.selectedRegions().contains(r.key());
            if (!r.ownSeries() && !on) {
                continue; // regions drawing on a zone's series, or only an annual average, are in "Add region…"
            }
            ToggleButton chip = new ToggleButton((on ? "✓ " : "") + r.label());
            chip.getStyleClass().add("app-chip");
            chip.setId("chip-" + r.key());
            chip.setSelected(on);
            chip.setTooltip(new Tooltip((on ? "Shown on the chart: click to remove it" : "Not shown: click to add it to the chart")
                    + "\n" + (r.hasSeries() ? (r.sample() ? "SAMPLE hourly series (made for the sample data)"
                            : "hourly series imported") + (Double.isNaN(r.annualGPerKwh()) ? ""
                    : "; annual average " + Fmt.gPerKwh(r.annualGPerKwh()) + " (" + r.annualSource() + ")")
                    : "annual average only: " + Fmt.gPerKwh(r.annualGPerKwh()) + " (" + r.annualSource() + "), a floor")));
            // rebuilt even when nothing changed: the last chip cannot be removed, but the button has already toggled
            chip.setOnAction(e -> {
                model.toggle(r.key());
                rebuildChips();
            });
            chips.getChildren().add(chip);
        }
    }

    public IntensityViewModel model() {
        return model;
    }

    ProfileChart profileChart() {
        return profile;
    }

    IntensityTabs tabs() {
        return tabs;
    }

    @Override
    public Node node() {
        return this;
    }

    @Override
    public void refresh() {
        model.refresh();
    }

    @Override
    public Optional<Runnable> exportAction() {
        return Optional.of(() -> context.files().save("Export the day profiles as CSV", "intensity-profile.csv",
                        List.of(FilePrompts.CSV))
                .ifPresent(file -> SafeFiles.export(context, file, model::profileCsv, "Day profiles")));
    }

    private static final class RegionCell extends ListCell<RegionChoice> {
        @Override
        protected void updateItem(RegionChoice r, boolean empty) {
            super.updateItem(r, empty);
            if (empty || r == null) {
                setText(null);
            } else {
                setText(r.label() + (r.hasSeries() ? "" : Double.isNaN(r.annualGPerKwh()) ? " (no data)"
                        : " (annual " + Fmt.gPerKwh(r.annualGPerKwh()) + ")"));
            }
        }
    }
}
