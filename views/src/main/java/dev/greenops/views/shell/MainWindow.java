package dev.greenops.views.shell;

import dev.greenops.views.common.AppContext;
import dev.greenops.views.common.Screen;
import dev.greenops.views.theme.Theme;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/** The main window: top bar, navigation on the left, the current area in the middle, the status bar below. */
public final class MainWindow extends BorderPane {

    private final AppContext context;
    private final Map<Area, Screen> screens = new EnumMap<>(Area.class);
    private final Map<Area, ToggleButton> navButtons = new EnumMap<>(Area.class);
    private final ObjectProperty<Area> current = new SimpleObjectProperty<>();
    private final ObjectProperty<Theme> theme = new SimpleObjectProperty<>(Theme.LIGHT);

    public MainWindow(AppContext context) {
        this.context = context;
        getStyleClass().add("app-main");
        setTop(topBar());
        setLeft(navigation());
        setBottom(new StatusBar(context));
        current.addListener((obs, old, area) -> setCenter(screen(area).node()));
        context.workspaceProperty().addListener((obs, old, ws) -> screens.values().forEach(Screen::refresh));
        show(Area.OVERVIEW);
    }

    private HBox topBar() {
        Label name = new Label();
        name.setId("workspace-name");
        name.getStyleClass().add("app-workspace-name");
        name.textProperty().bind(Bindings.createStringBinding(
                () -> context.workspace() == null ? "" : context.workspace().displayName(),
                context.workspaceProperty()));
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        Button themeToggle = new Button();
        themeToggle.setId("theme-toggle");
        themeToggle.textProperty().bind(Bindings.createStringBinding(
                () -> theme.get() == Theme.DARK ? "Light theme" : "Dark theme", theme));
        themeToggle.setOnAction(e -> theme.set(theme.get().toggled()));
        HBox bar = new HBox(new Label("GreenOps Workbench"), name, spacer, themeToggle);
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
            b.setTooltip(new javafx.scene.control.Tooltip(area.title() + " (Ctrl+" + i++ + ")"));
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

    public ObjectProperty<Theme> themeProperty() {
        return theme;
    }

    /** Installs the window's keyboard shortcuts and theme on {@code scene} (whose root is this window). */
    public void install(Scene scene) {
        theme.addListener((obs, old, now) -> now.apply(scene));
        theme.get().apply(scene);
        int i = 1;
        for (Area area : Area.values()) {
            KeyCode digit = KeyCode.valueOf("DIGIT" + i++);
            scene.getAccelerators().put(new KeyCodeCombination(digit, KeyCombination.SHORTCUT_DOWN), () -> show(area));
        }
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.F5), () -> screen(currentArea()).refresh());
        scene.getAccelerators()
                .put(new KeyCodeCombination(KeyCode.E, KeyCombination.SHORTCUT_DOWN), () -> screen(currentArea())
                        .exportAction()
                        .ifPresent(Runnable::run));
    }
}
