package dev.greenops.views.scheduler;

import dev.greenops.model.schedule.Policy;
import dev.greenops.model.schedule.SeriesLookup;
import dev.greenops.model.store.Workspace;
import dev.greenops.views.common.AppContext;
import dev.greenops.views.common.FilePrompts;
import dev.greenops.views.common.Labels;
import dev.greenops.views.common.Notice;
import dev.greenops.views.common.Screen;
import java.io.File;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TextArea;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * The Scheduler screen (SCREENS.md "Scheduler"): the configuration and jobs on the left, the dashboard tiles across
 * the top, the replay timeline over the intensity curve, the policy comparison and the records in the middle, and the
 * selected record's arithmetic on the right.
 */
public final class SchedulerView extends BorderPane implements Screen {

    private static final String CSS = Objects.requireNonNull(
            SchedulerView.class.getResource("scheduler.css"), "scheduler.css").toExternalForm();

    private final AppContext context;
    private final SchedulerViewModel vm;
    final Button replay = new Button("Replay");
    final Button exportCsv = new Button("Export CSV…");
    final ComboBox<Policy> policy = new ComboBox<>();
    final DatePicker from = new DatePicker();
    final DatePicker to = new DatePicker();
    final Label message = new Label();
    final TextArea explanation = new TextArea();
    final TabPane tabs = new TabPane();
    final TimelinePane timeline;
    final PoliciesPane policies;
    final RecordsPane records;
    final ConfigPanel config;

    public SchedulerView(AppContext context, Function<Workspace, SeriesLookup> lookups) {
        this(context, new SchedulerViewModel(context.tasks(), context::workspace, lookups));
        context.rangeFromProperty().addListener((obs, old, d) -> {
            if (d != null) {
                vm.fromProperty().set(d);
            }
        });
        context.rangeToProperty().addListener((obs, old, d) -> {
            if (d != null) {
                vm.toProperty().set(d);
            }
        });
        vm.useSampleFiles();
        vm.loadSaved();
    }

    /** The screen on {@code vm}; charts follow {@code context}'s theme. */
    public SchedulerView(AppContext context, SchedulerViewModel vm) {
        this.context = context;
        this.vm = vm;
        setId("scheduler-view");
        getStyleClass().add("sched-root");
        getStylesheets().add(CSS);
        config = new ConfigPanel(context, vm);
        timeline = new TimelinePane(context, vm);
        policies = new PoliciesPane(context, vm);
        records = new RecordsPane(context, vm);

        setTop(new VBox(toolbar(), tiles(), message));
        message.setId("sched-message");
        message.getStyleClass().add("sched-message");
        message.setWrapText(true);
        message.textProperty().bind(vm.messageProperty());
        vm.errorProperty().addListener((obs, old, bad) -> {
            message.getStyleClass().remove("sched-message-error");
            if (bad) {
                message.getStyleClass().add("sched-message-error");
            }
        });
        setLeft(config);

        Tab timelineTab = new Tab("Timeline", timeline);
        Tab policiesTab = new Tab("Policies", policies);
        Tab recordsTab = new Tab("Records", records);
        ListView<String> warningList = new ListView<>(vm.warnings());
        warningList.setPlaceholder(new Label("No warnings."));
        // a warning is a sentence naming a region and a job: wrapped, never cut at the pane's edge
        warningList.setCellFactory(list -> new javafx.scene.control.ListCell<>() {
            {
                setWrapText(true);
                prefWidthProperty().bind(list.widthProperty().subtract(24));
            }

            @Override
            protected void updateItem(String item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty ? null : item);
            }
        });
        Tab warningsTab = new Tab("Warnings", warningList);
        warningsTab.textProperty().bind(Bindings.createStringBinding(
                () -> "Warnings (" + vm.warnings().size() + ")", vm.warnings()));
        tabs.getTabs().setAll(List.of(timelineTab, policiesTab, recordsTab, warningsTab));
        tabs.getTabs().forEach(t -> t.setClosable(false));
        tabs.setId("sched-tabs");
        setCenter(tabs);
        setRight(inspector());

        setOnDragOver(e -> {
            if (e.getDragboard().hasFiles()) {
                e.acceptTransferModes(TransferMode.COPY);
            }
            e.consume();
        });
        setOnDragDropped(e -> {
            List<File> files = e.getDragboard().getFiles();
            for (File f : files) {
                if (f.getName().toLowerCase(java.util.Locale.ROOT).contains("job")) {
                    vm.jobsFileProperty().set(f.toPath());
                } else {
                    vm.configFileProperty().set(f.toPath());
                }
            }
            e.setDropCompleted(vm.loadFiles());
            e.consume();
        });
        sceneProperty().addListener((obs, old, scene) -> {
            if (scene != null) {
                scene.getAccelerators().put(new KeyCodeCombination(KeyCode.R, KeyCombination.SHORTCUT_DOWN), () -> {
                    if (isVisible() && getParent() != null) {
                        vm.replay();
                    }
                });
            }
        });
    }

    private HBox toolbar() {
        Button configFile = new Button();
        configFile.setId("sched-config-file");
        configFile.textProperty().bind(Bindings.createStringBinding(() -> "Config: " + name(vm.configFileProperty().get()),
                vm.configFileProperty()));
        configFile.setTooltip(new Tooltip("Choose carbon-aware-scheduler.yaml (or drop it on this screen)"));
        configFile.setOnAction(e -> open("Scheduler configuration").ifPresent(p -> {
            vm.configFileProperty().set(p);
            vm.loadFiles();
        }));
        Button jobsFile = new Button();
        jobsFile.setId("sched-jobs-file");
        jobsFile.textProperty().bind(Bindings.createStringBinding(() -> "Jobs: " + name(vm.jobsFileProperty().get()),
                vm.jobsFileProperty()));
        jobsFile.setTooltip(new Tooltip("Choose jobs.yaml (or drop it on this screen)"));
        jobsFile.setOnAction(e -> open("Jobs").ifPresent(p -> {
            vm.jobsFileProperty().set(p);
            vm.loadFiles();
        }));
        from.setId("sched-from");
        to.setId("sched-to");
        from.valueProperty().bindBidirectional(vm.fromProperty());
        to.valueProperty().bindBidirectional(vm.toProperty());
        for (DatePicker d : List.of(from, to)) {
            // the same yyyy-mm-dd as every date the workbench shows, whatever the system locale
            d.setConverter(new javafx.util.converter.LocalDateStringConverter(
                    java.time.format.DateTimeFormatter.ISO_LOCAL_DATE, java.time.format.DateTimeFormatter.ISO_LOCAL_DATE));
            d.setPrefWidth(145);
            d.setMinWidth(Region.USE_PREF_SIZE);
        }
        for (Button b : List.of(configFile, jobsFile)) {
            b.setMinWidth(90); // a long file name gives way first; the tooltip and the message line name the file
            b.setMaxWidth(260);
        }
        replay.setMinWidth(Region.USE_PREF_SIZE);
        exportCsv.setMinWidth(Region.USE_PREF_SIZE);
        policy.setMinWidth(Region.USE_PREF_SIZE);
        policy.setId("sched-policy");
        policy.getItems().setAll(Policy.values());
        policy.setConverter(ConfigPanel.converter(Policy::id));
        policy.valueProperty().bindBidirectional(vm.policyProperty());
        policy.setTooltip(new Tooltip("The policy whose records, tiles and timeline are shown; the Policies tab"
                + " compares all five."));
        replay.setId("sched-replay");
        replay.setDefaultButton(true);
        replay.setTooltip(new Tooltip("Replay every policy over the period (Ctrl+R). Progress and Cancel are in the"
                + " status bar."));
        replay.setOnAction(e -> vm.replay());
        replay.disableProperty().bind(vm.busyProperty());
        exportCsv.setId("sched-export");
        exportCsv.setTooltip(new Tooltip("Write the shown policy's records as job_metrics.csv (Ctrl+E)"));
        exportCsv.setOnAction(e -> exportAction().ifPresent(Runnable::run));
        // the records shown, fresh or read back from the workspace: whatever the table holds can be exported
        exportCsv.disableProperty().bind(Bindings.isEmpty(vm.records()));
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox bar = new HBox(8, configFile, jobsFile, Labels.field("From"), from, Labels.field("to"), to,
                Labels.field("Policy"), policy, replay, spacer, exportCsv);
        bar.getStyleClass().add("sched-toolbar");
        return bar;
    }

    private HBox tiles() {
        HBox row = new HBox(
                tile("sched-tile-saved", "Carbon saved", vm.savedTileProperty(), vm.savedDetailProperty()),
                tile("sched-tile-deferred", "Jobs deferred", vm.deferredTileProperty(), vm.deferredDetailProperty()),
                tile("sched-tile-reduction", "Reduction vs immediate dispatch", vm.reductionTileProperty(),
                        vm.reductionDetailProperty()),
                tile("sched-tile-delay", "Average deferral", vm.delayTileProperty(), vm.delayDetailProperty()));
        row.getStyleClass().add("sched-tiles");
        return row;
    }

    private static VBox tile(String id, String title, ReadOnlyStringProperty value, ReadOnlyStringProperty detail) {
        Label t = new Label(title);
        t.getStyleClass().add("sched-tile-title");
        Label v = new Label();
        v.getStyleClass().add("sched-tile-value");
        v.textProperty().bind(value);
        v.setId(id + "-value");
        Label d = new Label();
        d.getStyleClass().add("sched-tile-detail");
        d.textProperty().bind(detail);
        d.setWrapText(true);
        VBox box = new VBox(t, v, d);
        box.setId(id);
        box.getStyleClass().add("sched-tile");
        box.setPrefWidth(300);
        HBox.setHgrow(box, Priority.ALWAYS);
        return box;
    }

    private Node inspector() {
        Label title = new Label("Job record");
        title.getStyleClass().add("sched-section-title");
        explanation.setId("sched-explanation");
        explanation.getStyleClass().add("sched-explanation");
        explanation.setEditable(false);
        explanation.setWrapText(true);
        explanation.setPromptText("Select a job run in the timeline or the Records tab to see its record,"
                + " with the arithmetic spelled out.");
        explanation.textProperty().bind(vm.explanationProperty());
        VBox.setVgrow(explanation, Priority.ALWAYS);
        VBox box = new VBox(title, explanation);
        box.getStyleClass().add("sched-side");
        box.setPrefWidth(236); // narrow enough for the records' essential columns at 1440 px; the text wraps
        box.setMinWidth(220);
        return box;
    }

    void redrawCharts() {
        timeline.redraw();
        policies.redraw(vm.comparisonProperty().get());
    }

    private Optional<Path> open(String what) {
        return context.files().open(what, List.of(FilePrompts.YAML, FilePrompts.ANY));
    }

    private static String name(Path p) {
        return p == null ? "choose…" : p.getFileName().toString();
    }

    public SchedulerViewModel viewModel() {
        return vm;
    }

    @Override
    public Node node() {
        return this;
    }

    @Override
    public void refresh() {
        vm.loadFiles();
    }

    @Override
    public Optional<Runnable> exportAction() {
        return Optional.of(() -> {
            if (vm.records().isEmpty()) {
                context.notify(Notice.info("Run a replay first: there are no job records to export yet"));
                return;
            }
            context.files().save("Export the job records as CSV", "job_metrics.csv", List.of(FilePrompts.CSV))
                    .ifPresent(vm::exportCsv);
        });
    }
}
