package dev.greenops.views.signatures;

import dev.greenops.views.common.Labels;
import dev.greenops.model.trail.DayResult;
import dev.greenops.model.trail.TrailReport;
import dev.greenops.model.trail.TrustRootInfo;
import dev.greenops.views.common.AppContext;
import dev.greenops.views.common.FilePrompts;
import dev.greenops.views.common.Notice;
import dev.greenops.views.common.Screen;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.RadioButton;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

/**
 * Signatures: choose (or drop) a trail folder and a trusted root, set the identity policy, verify offline, and read
 * the result as a calendar strip, a table of days and the selected day's detail. A DEMO root is shown in orange.
 */
public final class SignaturesView extends BorderPane implements Screen {

    private static final String CSS = Objects.requireNonNull(SignaturesView.class.getResource("signatures.css")).toExternalForm();

    private final AppContext context;
    private final SignaturesViewModel model;
    private final CalendarStrip strip = new CalendarStrip();
    private final DaysTable table;
    private final Label banner = new Label();
    private final Label summary = new Label();

    public SignaturesView(AppContext context) {
        this(context, new SignaturesViewModel(context));
    }

    SignaturesView(AppContext context, SignaturesViewModel model) {
        this.context = context;
        this.model = model;
        getStylesheets().add(CSS);
        getStyleClass().add("sig-view");
        setId("signatures-view");
        table = new DaysTable(context, model);
        setTop(new VBox(8, sourceRow(), banner(), policyRow()));
        setCenter(results());
        BorderPane.setMargin(getTop(), new Insets(12, 14, 6, 14));
        BorderPane.setMargin(getCenter(), new Insets(0, 14, 12, 14));
        dragAndDrop();
        shortcuts();
        if (model.useSampleDefaults()) {
            model.verify();
        }
    }

    SignaturesViewModel model() {
        return model;
    }

    private HBox sourceRow() {
        TextField trail = new TextField();
        trail.setId("sig-trail-dir");
        trail.setEditable(false);
        trail.setPromptText("Choose or drop a trail folder");
        trail.textProperty().bind(Bindings.createStringBinding(
                () -> model.trailDirProperty().get() == null ? "" : model.trailDirProperty().get().toString(),
                model.trailDirProperty()));
        HBox.setHgrow(trail, Priority.ALWAYS);
        Button chooseTrail = new Button("Trail folder…");
        chooseTrail.setMinWidth(Region.USE_PREF_SIZE);
        chooseTrail.setId("sig-choose-trail");
        chooseTrail.setOnAction(e -> chooseTrail());

        TextField root = new TextField();
        root.setId("sig-root-file");
        root.setEditable(false);
        root.setPromptText("Choose a trusted_root.json");
        root.textProperty().bind(Bindings.createStringBinding(() -> model.rootInfoProperty().get() == null
                        ? (model.rootFileProperty().get() == null ? "" : model.rootFileProperty().get().toString())
                        : model.rootInfoProperty().get().source(),
                model.rootFileProperty(), model.rootInfoProperty()));
        HBox.setHgrow(root, Priority.ALWAYS);
        Button chooseRoot = new Button("Trusted root…");
        chooseRoot.setMinWidth(Region.USE_PREF_SIZE);
        chooseRoot.setId("sig-choose-root");
        chooseRoot.setOnAction(e -> chooseRoot());
        MenuItem production = new MenuItem("Use the bundled Sigstore production root");
        production.setOnAction(e -> {
            model.useBundledProductionRoot();
            model.verify();
        });
        MenuItem demo = new MenuItem("Use the sample trail and DEMO root");
        demo.setOnAction(e -> {
            if (model.useSampleDefaults()) {
                model.verify();
            }
        });
        MenuItem tampered = new MenuItem("Use the tampered DEMO trail");
        tampered.setOnAction(e -> dev.greenops.model.store.AppPaths.sampleDataDir().ifPresent(dir -> {
            if (model.useSample(dir, dev.greenops.model.trail.TrailSamplePart.TAMPERED_DIR)) {
                model.verify();
            }
        }));
        MenuItem refresh = new MenuItem("Refresh the Sigstore production root (network)…");
        refresh.setOnAction(e -> {
            javafx.scene.control.Alert ask = new javafx.scene.control.Alert(javafx.scene.control.Alert.AlertType.CONFIRMATION,
                    "This fetches the current Sigstore public-good root from " + dev.greenops.model.trail.TrustRootRefresh
                            .PUBLIC_GOOD_TUF.getHost() + " over the network (TUF, verified against the root sigstore-java"
                            + " ships). Verification itself stays offline.");
            ask.setHeaderText("Contact Sigstore over the network?");
            ask.initOwner(window());
            ask.showAndWait().filter(b -> b == javafx.scene.control.ButtonType.OK).ifPresent(b -> model.refreshProductionRoot());
        });
        chooseRoot.setContextMenu(new ContextMenu(production, demo, tampered, new javafx.scene.control.SeparatorMenuItem(), refresh));
        Button more = new Button("\u22ef");
        more.setId("sig-more");
        more.setTooltip(new Tooltip("Bundled roots and sample trails"));
        more.setOnAction(e -> chooseRoot.getContextMenu().show(more, javafx.geometry.Side.BOTTOM, 0, 0));

        HBox row = new HBox(8, label("Trail"), trail, chooseTrail, gap(), label("Root"), root, chooseRoot, more);
        row.setAlignment(Pos.CENTER_LEFT);
        return row;
    }

    private Node banner() {
        banner.setId("sig-root-banner");
        banner.getStyleClass().add("sig-banner");
        banner.setMaxWidth(Double.MAX_VALUE);
        banner.setWrapText(true);
        Label badge = new Label("DEMO");
        badge.getStyleClass().add("app-demo-badge");
        badge.setId("sig-demo-badge");
        badge.setMinWidth(Region.USE_PREF_SIZE);
        Runnable update = () -> {
            TrustRootInfo info = model.rootInfoProperty().get();
            boolean demo = info != null && info.demo();
            banner.setText(model.bannerText());
            banner.getStyleClass().removeAll("sig-banner-demo", "sig-banner-problem");
            if (demo) {
                banner.getStyleClass().add("sig-banner-demo");
            } else if (info == null) {
                banner.getStyleClass().add("sig-banner-problem");
            }
            badge.setVisible(demo);
            badge.setManaged(demo);
        };
        model.rootInfoProperty().addListener((o, a, b) -> update.run());
        model.rootProblemProperty().addListener((o, a, b) -> update.run());
        update.run();
        HBox box = new HBox(8, badge, banner);
        box.setAlignment(Pos.CENTER_LEFT);
        box.getStyleClass().add("sig-banner-box");
        HBox.setHgrow(banner, Priority.ALWAYS);
        return box;
    }

    private HBox policyRow() {
        TextField san = new TextField();
        san.setId("sig-san");
        san.setPromptText("expected signer, e.g. ledger-signer@example.org");
        san.textProperty().bindBidirectional(model.sanProperty());
        san.setPrefColumnCount(26);
        HBox.setHgrow(san, Priority.ALWAYS);
        ToggleGroup mode = new ToggleGroup();
        RadioButton exact = new RadioButton("exact");
        exact.setToggleGroup(mode);
        RadioButton regex = new RadioButton("regex");
        regex.setId("sig-san-regex");
        regex.setToggleGroup(mode);
        regex.setTooltip(new Tooltip("A Java regular expression that must match the whole SAN"));
        (model.sanIsRegexProperty().get() ? regex : exact).setSelected(true);
        mode.selectedToggleProperty().addListener((o, a, b) -> model.sanIsRegexProperty().set(b == regex));
        model.sanIsRegexProperty().addListener((o, a, b) -> (b ? regex : exact).setSelected(true));
        TextField issuer = new TextField();
        issuer.setId("sig-issuer");
        issuer.setPromptText("OIDC issuer URL");
        issuer.textProperty().bindBidirectional(model.issuerProperty());
        issuer.setPrefColumnCount(22);
        HBox.setHgrow(issuer, Priority.ALWAYS);
        Button verify = new Button("Verify");
        verify.setId("sig-verify");
        verify.setDefaultButton(true);
        verify.getStyleClass().add("accent");
        verify.setTooltip(new Tooltip("Verify offline (F5)"));
        verify.disableProperty().bind(model.runningProperty());
        verify.setOnAction(e -> model.verify());
        exact.setMinWidth(Region.USE_PREF_SIZE);
        regex.setMinWidth(Region.USE_PREF_SIZE);
        verify.setMinWidth(Region.USE_PREF_SIZE);
        HBox row = new HBox(8, label("Signer (SAN)"), san, exact, regex, gap(), label("OIDC issuer"), issuer, gap(), verify);
        row.setAlignment(Pos.CENTER_LEFT);
        return row;
    }

    private Node results() {
        summary.setId("sig-summary");
        summary.getStyleClass().add("sig-summary");
        ProgressBar progress = new ProgressBar();
        progress.setId("sig-progress");
        progress.progressProperty().bind(context.tasks().progressProperty());
        progress.visibleProperty().bind(model.runningProperty());
        progress.managedProperty().bind(model.runningProperty());
        progress.setPrefWidth(200);
        Button cancel = new Button("Cancel");
        cancel.setId("sig-cancel");
        cancel.visibleProperty().bind(model.runningProperty());
        cancel.managedProperty().bind(model.runningProperty());
        cancel.setOnAction(e -> context.tasks().cancel());
        Label message = new Label();
        message.setId("sig-message");
        message.getStyleClass().add("sig-message");
        message.textProperty().bind(model.messageProperty());
        message.setMinWidth(0);
        Tooltip messageTip = new Tooltip();
        messageTip.textProperty().bind(model.messageProperty());
        message.setTooltip(messageTip);
        CheckBox failuresOnly = new CheckBox("Failures only");
        failuresOnly.setId("sig-failures-only");
        failuresOnly.selectedProperty().bindBidirectional(model.failuresOnlyProperty());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        DatePicker from = new DatePicker();
        from.setId("sig-from");
        from.setPromptText("auto");
        from.valueProperty().bindBidirectional(model.fromProperty());
        from.setPrefWidth(150);
        from.setMinWidth(130);
        from.setTooltip(new Tooltip("First expected day (empty: the earliest day in the folder)"));
        DatePicker to = new DatePicker();
        to.setId("sig-to");
        to.setPromptText("auto");
        to.valueProperty().bindBidirectional(model.toProperty());
        to.setPrefWidth(150);
        to.setMinWidth(130);
        to.setTooltip(new Tooltip("Last expected day (empty: the latest day in the folder)"));
        Button export = new Button("Export report…");
        export.setId("sig-export");
        export.setMinWidth(Region.USE_PREF_SIZE);
        export.setTooltip(new Tooltip("Save the report as PDF or Markdown (Ctrl+E)"));
        export.disableProperty().bind(model.reportProperty().isNull());
        export.setOnAction(e -> exportReport());
        failuresOnly.setMinWidth(Region.USE_PREF_SIZE);
        summary.setMinWidth(Region.USE_PREF_SIZE);
        Tooltip summaryTip = new Tooltip();
        summaryTip.textProperty().bind(Bindings.createStringBinding(() -> model.reportProperty().get() == null
                ? model.pendingProperty().get() : "The verdict of the trail, root and identity policy shown above",
                model.reportProperty(), model.pendingProperty()));
        summary.setTooltip(summaryTip);
        Label toLabel = new Label("to");
        toLabel.setMinWidth(Region.USE_PREF_SIZE);
        HBox head = new HBox(10, summary, progress, cancel, message, spacer, label("Days"), from, toLabel, to,
                gap(), failuresOnly, export);
        head.setAlignment(Pos.CENTER_LEFT);
        model.reportProperty().addListener((o, a, r) -> showReport(r));
        model.pendingProperty().addListener((o, a, b) -> showReport(model.reportProperty().get()));
        model.runningProperty().addListener((o, a, b) -> showReport(model.reportProperty().get()));
        showReport(model.reportProperty().get());

        strip.setMinHeight(60);
        strip.setPrefHeight(60);
        strip.onSelect(day -> {
            model.selectedProperty().set(day);
            table.getSelectionModel().clearSelection();
            table.getSelectionModel().select(day);
            table.scrollTo(day);
        });
        table.getSelectionModel().selectedItemProperty().addListener((o, a, day) -> {
            if (day != null) {
                model.selectedProperty().set(day);
            }
        });
        model.selectedProperty().addListener((o, a, day) -> {
            strip.highlight(day);
            if (day != null && table.getSelectionModel().getSelectedItem() != day) {
                table.getSelectionModel().clearSelection();
                table.getSelectionModel().select(day);
                table.scrollTo(Math.max(0, table.getItems().indexOf(day) - 3));
            }
        });

        SplitPane split = new SplitPane(table, detailPane());
        split.setOrientation(Orientation.HORIZONTAL);
        split.setDividerPositions(0.62);
        VBox.setVgrow(split, Priority.ALWAYS);
        VBox box = new VBox(8, head, strip, split);
        return box;
    }

    private Node detailPane() {
        Label title = new Label("Selected day");
        title.getStyleClass().add("sig-detail-title");
        title.textProperty().bind(Bindings.createStringBinding(() -> model.selectedProperty().get() == null
                ? "Selected day" : "Day " + model.selectedProperty().get().date(), model.selectedProperty()));
        GridPane grid = new GridPane();
        grid.setId("sig-detail");
        grid.getStyleClass().add("sig-detail");
        grid.setHgap(12);
        grid.setVgap(5);
        grid.setPadding(new Insets(8));
        ColumnConstraints keys = new ColumnConstraints();
        keys.setMinWidth(Region.USE_PREF_SIZE);
        ColumnConstraints values = new ColumnConstraints();
        values.setHgrow(Priority.ALWAYS);
        values.setFillWidth(true);
        grid.getColumnConstraints().setAll(keys, values);
        Runnable fill = () -> {
            grid.getChildren().clear();
            int row = 0;
            for (DetailLine line : model.detail()) {
                Label key = new Label(line.label());
                key.getStyleClass().add("sig-detail-key");
                Label value = new Label((line.passed() == null ? "" : line.mark() + " ") + line.value());
                value.setWrapText(true);
                value.getStyleClass().add("sig-detail-value");
                value.setMinHeight(Region.USE_PREF_SIZE);
                if (line.passed() != null) {
                    value.getStyleClass().add(line.passed() ? "sig-ok" : "sig-bad");
                }
                GridPane.setValignment(key, javafx.geometry.VPos.TOP);
                grid.addRow(row++, key, value);
            }
            if (row == 0) {
                grid.add(new Label("Select a day in the strip or the table."), 0, 0, 2, 1);
            }
        };
        model.detail().addListener((javafx.collections.ListChangeListener<DetailLine>) c -> fill.run());
        fill.run();
        ScrollPane scroll = new ScrollPane(grid);
        scroll.setFitToWidth(true);
        scroll.getStyleClass().add("sig-detail-scroll");
        VBox.setVgrow(scroll, Priority.ALWAYS);
        MenuItem copy = new MenuItem("Copy detail");
        copy.setOnAction(e -> copyDetail());
        grid.setOnContextMenuRequested(e -> new ContextMenu(copy).show(grid, e.getScreenX(), e.getScreenY()));
        Button copyButton = new Button("Copy");
        copyButton.setId("sig-detail-copy");
        copyButton.setTooltip(new Tooltip("Copy the day's detail as text"));
        copyButton.setOnAction(e -> copyDetail());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox head = new HBox(8, title, spacer, copyButton);
        head.setAlignment(Pos.CENTER_LEFT);
        VBox box = new VBox(6, head, scroll);
        box.setPadding(new Insets(0, 0, 0, 8));
        return box;
    }

    private void showReport(TrailReport r) {
        summary.getStyleClass().removeAll("sig-ok", "sig-bad", "sig-pending");
        if (r == null) {
            // no verdict for the inputs on screen: say why, in a colour that is neither pass nor fail
            summary.setText(model.runningProperty().get() ? "Verifying\u2026" : "\u25cb No verdict for these inputs");
            summary.getStyleClass().add("sig-pending");
            strip.show(List.of());
            return;
        }
        summary.setText(r.allVerified()
                ? "\u2713 " + r.summaryLine() + " · VERIFIED"
                : "\u2717 " + r.summaryLine() + " · NOT VERIFIED");
        summary.getStyleClass().add(r.allVerified() ? "sig-ok" : "sig-bad");
        strip.show(model.days());
        strip.highlight(model.selectedProperty().get());
    }

    private void copyDetail() {
        ClipboardContent content = new ClipboardContent();
        content.putString(model.detailText());
        Clipboard.getSystemClipboard().setContent(content);
    }

    private void dragAndDrop() {
        setOnDragOver(e -> {
            if (e.getDragboard().hasFiles()) {
                e.acceptTransferModes(TransferMode.COPY, TransferMode.LINK);
                e.consume();
            }
        });
        setOnDragDropped(e -> {
            boolean used = false;
            for (File f : e.getDragboard().getFiles()) {
                Path p = f.toPath();
                if (Files.isDirectory(p)) {
                    model.trailDirProperty().set(p);
                    used = true;
                } else if (p.getFileName().toString().endsWith(".json") && !p.getFileName().toString().endsWith(".sigstore.json")) {
                    model.rootFileProperty().set(p);
                    used = true;
                }
            }
            e.setDropCompleted(used);
            e.consume(); // a dropped trail is verified here, never imported as ledger data
            if (used) {
                model.verify();
            }
        });
    }

    private void shortcuts() {
        sceneProperty().addListener((o, old, scene) -> {
            if (scene != null) {
                scene.getAccelerators().put(new KeyCodeCombination(KeyCode.O, KeyCombination.SHORTCUT_DOWN,
                        KeyCombination.SHIFT_DOWN), this::chooseTrail);
            }
        });
    }

    private void chooseTrail() {
        Path current = model.trailDirProperty().get();
        context.files().openFolder("Choose a signature trail folder", current == null ? null : current.getParent())
                .ifPresent(model::chooseTrail);
    }

    private void chooseRoot() {
        context.files().open("Choose a Sigstore trusted root", List.of(FilePrompts.JSON, FilePrompts.ANY))
                .ifPresent(model::chooseRoot);
    }

    /** Ctrl+E: the report as PDF, or as Markdown when the chosen name ends in .md. */
    private void exportReport() {
        if (model.reportProperty().get() == null) {
            context.notify(Notice.info("Verify a trail first; then the report can be exported"));
            return;
        }
        context.files().save("Export the verification report", "signature-trail-report.pdf",
                        List.of(FilePrompts.PDF, FilePrompts.MARKDOWN))
                .map(f -> f.getFileName().toString().matches(".*\\.(pdf|md)$") ? f : f.resolveSibling(f.getFileName() + ".pdf"))
                .ifPresent(model::exportReport);
    }

    private Window window() {
        return getScene() == null ? null : getScene().getWindow();
    }

    private static Label label(String text) {
        return Labels.field(text, "sig-field-label");
    }

    private static Region gap() {
        Region r = new Region();
        r.setMinWidth(8);
        return r;
    }

    @Override
    public Node node() {
        return this;
    }

    @Override
    public void refresh() {
        model.verify();
    }

    @Override
    public Optional<Runnable> exportAction() {
        return Optional.of(this::exportReport);
    }

    /** The day the detail shows (tests). */
    DayResult selectedDay() {
        return model.selectedProperty().get();
    }

}
