package dev.greenops.views.shell;

import dev.greenops.views.common.AppContext;
import dev.greenops.views.common.FilePrompts;
import dev.greenops.views.common.Notice;
import dev.greenops.views.common.Screen;
import dev.greenops.views.theme.Theme;
import atlantafx.base.controls.ModalPane;
import java.io.File;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javafx.beans.binding.Bindings;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.geometry.Orientation;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.MenuBar;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TextArea;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.Modality;
import javafx.stage.Stage;

/**
 * The main window (SCREENS.md): menu bar and top bar (workspace, shared date range, search, theme), navigation on the
 * left, the current area in the middle with notices above it, the inspector on the right, the status bar below.
 * Files dropped anywhere on it go to the import dialog.
 */
public final class MainWindow extends BorderPane {

    private final AppContext context;
    private final WorkspaceActions actions;
    private final Map<Area, Screen> screens = new EnumMap<>(Area.class);
    private final Map<Area, ToggleButton> navButtons = new EnumMap<>(Area.class);
    private final ObjectProperty<Area> current = new SimpleObjectProperty<>();
    private final BooleanProperty inspectorShown = new SimpleBooleanProperty(true);
    private final StackPane content = new StackPane();
    private final StackPane inspector = new StackPane();
    private final SplitPane split = new SplitPane();
    private final SearchBox search;
    private final Label dropHint = new Label("Drop files to import them");
    private final ModalPane modal = new ModalPane();
    private final MenuBar menuBar;

    public MainWindow(AppContext context) {
        this.context = context;
        this.actions = new WorkspaceActions(context);
        this.search = new SearchBox(context);
        getStyleClass().add("app-main");
        setId("main-window");
        menuBar = MainMenu.build(this, context, actions);
        setTop(new VBox(menuBar, topBar()));
        setLeft(navigation());
        content.setId("content");
        VBox.setVgrow(content, Priority.ALWAYS);
        VBox centre = new VBox(content);
        inspector.setId("inspector");
        inspector.getStyleClass().add("app-inspector");
        inspector.setMinWidth(260);
        split.setOrientation(Orientation.HORIZONTAL);
        split.getItems().addAll(centre, inspector);
        split.setDividerPositions(0.76);
        SplitPane.setResizableWithParent(inspector, false);
        inspectorShown.addListener((o, a, shown) -> layoutInspector());
        dropHint.getStyleClass().add("app-drop-hint");
        dropHint.setVisible(false);
        dropHint.setMouseTransparent(true);
        modal.setId("modal");
        Node none = noWorkspace();
        none.visibleProperty().bind(context.workspaceProperty().isNull().and(actions.openingProperty().not()));
        StackPane layers = new StackPane(split, none, dropHint, modal);
        VBox.setVgrow(layers, Priority.ALWAYS);
        // notices sit above everything, so a failure is readable even when no workspace is open
        setCenter(new VBox(new NoticeBar(context.noticeProperty()), layers));
        setBottom(new StatusBar(context));
        current.addListener((obs, old, area) -> showScreen(area));
        context.workspaceProperty().addListener((obs, old, ws) -> refreshAll());
        context.dataVersionProperty().addListener((obs, old, v) -> refreshAll());
        context.ledgerRequestProperty().addListener((obs, old, request) -> {
            if (request != null) {
                show(Area.LEDGER);
            }
        });
        context.setImportAction(this::importChosenFiles);
        installDragAndDrop();
        show(Area.OVERVIEW);
    }

    /** What the window shows when no workspace could be opened: the ways to get one. */
    private Node noWorkspace() {
        Label title = new Label("No workspace is open");
        title.getStyleClass().add("title-3");
        Label body = new Label("A workspace is one DuckDB file holding ledgers, intensity series and results."
                + " Open one, create an empty one, or open your default workspace (created with the bundled sample"
                + " data on first use).");
        body.setWrapText(true);
        body.setMaxWidth(620);
        Button open = new Button("Open workspace\u2026");
        open.setId("none-open");
        open.getStyleClass().add("accent");
        open.setOnAction(e -> actions.open());
        Button create = new Button("New workspace\u2026");
        create.setOnAction(e -> actions.newWorkspace());
        Button fallback = new Button("Open the default workspace");
        fallback.setOnAction(e -> actions.openDefault());
        VBox box = new VBox(12, title, body, new HBox(8, open, create, fallback));
        box.setId("no-workspace");
        box.getStyleClass().addAll("app-empty-state", "app-no-workspace");
        return box;
    }

    private HBox topBar() {
        Label product = new Label("GreenOps Workbench");
        product.getStyleClass().add("app-product");
        Label name = new Label();
        name.setId("workspace-name");
        name.getStyleClass().add("app-workspace-name");
        name.textProperty().bind(Bindings.createStringBinding(
                () -> context.workspace() != null
                        ? context.workspace().displayName()
                        : actions.openingProperty().get() ? "opening workspace\u2026" : "no workspace open",
                context.workspaceProperty(), actions.openingProperty()));
        name.setTooltip(new Tooltip("The open workspace (File \u203a Open, Ctrl+O)"));
        // the top bar is on every screen, so the SAMPLE label is too: no figure of the sample data goes unmarked
        Label sample = new Label();
        sample.setId("sample-badge");
        sample.getStyleClass().add("app-sample-badge");
        sample.setMinWidth(Region.USE_PREF_SIZE);
        sample.textProperty().bind(context.sampleLabelProperty());
        sample.visibleProperty().bind(context.sampleLabelProperty().isNotEmpty());
        sample.managedProperty().bind(sample.visibleProperty());
        sample.setTooltip(new Tooltip(AppContext.SAMPLE_NOTE));
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        Button themeToggle = new Button();
        themeToggle.setId("theme-toggle");
        themeToggle.textProperty().bind(Bindings.createStringBinding(
                () -> context.themeProperty().get() == Theme.DARK ? "\u263c Light" : "\u263e Dark",
                context.themeProperty()));
        themeToggle.setTooltip(new Tooltip("Switch between the light and the dark theme"));
        themeToggle.setOnAction(e -> context.themeProperty().set(context.themeProperty().get().toggled()));
        HBox bar = new HBox(product, name, sample, spacer, new DateRangeBar(context), search, themeToggle);
        bar.getStyleClass().add("app-topbar");
        return bar;
    }

    private VBox navigation() {
        VBox nav = new VBox();
        nav.getStyleClass().add("app-nav");
        ToggleGroup group = new ToggleGroup();
        int i = 1;
        for (Area area : Area.values()) {
            ToggleButton b = new ToggleButton(area.title());
            b.setId("nav-" + area.name().toLowerCase(Locale.ROOT));
            b.setToggleGroup(group);
            b.setOnAction(e -> show(area));
            b.setTooltip(new Tooltip(area.title() + " (Ctrl+" + i++ + ")"));
            navButtons.put(area, b);
            nav.getChildren().add(b);
        }
        // a toggle in a group can be unselected by a second click: keep the current area selected
        group.selectedToggleProperty().addListener((obs, old, now) -> {
            if (now == null && old != null) {
                old.setSelected(true);
            }
        });
        return nav;
    }

    private void showScreen(Area area) {
        Screen s = screen(area);
        content.getChildren().setAll(s.node());
        Node details = s.inspectorContent();
        if (details == null) {
            inspector.getChildren().clear();
        } else {
            ScrollPane scroll = new ScrollPane(details);
            scroll.setFitToWidth(true);
            inspector.getChildren().setAll(scroll);
        }
        layoutInspector();
        if (navButtons.containsKey(area)) {
            navButtons.get(area).requestFocus();
        }
    }

    /** The inspector takes room only when the screen has one and the user wants it (View › Inspector). */
    private void layoutInspector() {
        boolean wanted = inspectorShown.get() && !inspector.getChildren().isEmpty();
        if (wanted && !split.getItems().contains(inspector)) {
            split.getItems().add(inspector);
            split.setDividerPositions(0.76);
        } else if (!wanted) {
            split.getItems().remove(inspector);
        }
    }

    /** Shows an area (building its screen on first visit). */
    public void show(Area area) {
        current.set(area);
        navButtons.get(area).setSelected(true);
    }

    public Area currentArea() {
        return current.get();
    }

    public Screen screen(Area area) {
        return screens.computeIfAbsent(area, a -> Screens.create(a, context));
    }

    /** The theme (the context's: one theme for the window, its dialogs and its charts). */
    public ObjectProperty<Theme> themeProperty() {
        return context.themeProperty();
    }

    public BooleanProperty inspectorShownProperty() {
        return inspectorShown;
    }

    public WorkspaceActions workspaceActions() {
        return actions;
    }

    /** Reloads every screen built so far (a workspace switch, an import). */
    public void refreshAll() {
        screens.values().forEach(Screen::refresh);
    }

    public void refreshCurrent() {
        screen(currentArea()).refresh();
    }

    void focusSearch() {
        search.requestFocus();
        search.selectAll();
    }

    /** Ctrl+E: the current screen's export, or a note that it has none. */
    public void exportCurrent() {
        screen(currentArea()).exportAction().ifPresentOrElse(Runnable::run, () -> context.notify(
                Notice.info(currentArea().title() + " has nothing to export yet")));
    }

    /** Ctrl+I: asks for files and shows the import dialog. */
    public void importChosenFiles() {
        List<Path> files = context.files().openMany("Import files", List.of(FilePrompts.IMPORTABLE, FilePrompts.ANY));
        if (!files.isEmpty()) {
            importFiles(files);
        }
    }

    /** Shows the import dialog for {@code files}: detected format and preview first, nothing written until Import. */
    public ImportViewModel importFiles(List<Path> files) {
        if (context.workspace() == null) {
            context.notify(Notice.info("The workspace is still opening; drop the files again in a moment"));
            return null;
        }
        ImportDialog dialog = new ImportDialog(context, modal::hide);
        modal.show(dialog);
        dialog.load(files);
        dialog.requestFocus();
        return dialog.model();
    }

    private void installDragAndDrop() {
        setOnDragOver(e -> {
            if (e.getDragboard().hasFiles()) {
                e.acceptTransferModes(TransferMode.COPY);
                dropHint.setVisible(true);
            }
            e.consume();
        });
        setOnDragExited(e -> dropHint.setVisible(false));
        setOnDragDropped(e -> {
            dropHint.setVisible(false);
            boolean ok = e.getDragboard().hasFiles();
            if (ok) {
                List<Path> files = e.getDragboard().getFiles().stream().map(File::toPath).toList();
                importFiles(files);
            }
            e.setDropCompleted(ok);
            e.consume();
        });
    }

    void showAbout() {
        textWindow("About GreenOps Workbench", About.text(context.workspace()), "about-text");
    }

    void showShortcuts() {
        textWindow("Keyboard shortcuts", """
                Ctrl+O        Open a workspace
                Ctrl+N        New (empty) workspace
                Ctrl+Shift+S  Save the workspace as a new file
                Ctrl+I        Import files (or drop them anywhere on the window)
                Ctrl+E        Export the current view
                Ctrl+K        Search jobs, teams, regions and days
                Ctrl+1 \u2026 7    Overview, Ledger, Intensity, Scheduler, Trade-offs, Signatures, Disclosures
                F5            Refresh the current screen
                Ctrl+Enter    Run the query (SQL console)
                Ctrl+C        Copy the selected table rows
                Ctrl+Q        Quit
                """, "shortcuts-text");
    }

    private void textWindow(String title, String text, String id) {
        TextArea area = new TextArea(text);
        area.setId(id);
        area.setEditable(false);
        area.setWrapText(false);
        area.getStyleClass().add("app-mono");
        Stage stage = new Stage();
        stage.setTitle(title);
        if (getScene() != null && getScene().getWindow() != null) {
            stage.initOwner(getScene().getWindow());
            stage.initModality(Modality.NONE);
        }
        Scene scene = new Scene(new BorderPane(area), 760, 560);
        context.themeProperty().get().apply(scene);
        stage.setScene(scene);
        stage.show();
    }

    /** Installs the theme on {@code scene} (whose root is this window) and keeps it in step with the theme property. */
    public void install(Scene scene) {
        context.themeProperty().addListener((obs, old, now) -> now.apply(scene));
        context.themeProperty().get().apply(scene);
        GlobalShortcuts.install(scene, menuBar);
        // start with the focus on the navigation, not on the first date picker of the top bar
        javafx.application.Platform.runLater(() -> navButtons.get(currentArea()).requestFocus());
    }
}
