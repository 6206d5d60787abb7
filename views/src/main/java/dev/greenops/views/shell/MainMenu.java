package dev.greenops.views.shell;

import dev.greenops.views.common.AppContext;
import dev.greenops.views.theme.Theme;
import java.nio.file.Path;
import java.util.Locale;
import javafx.application.Platform;
import javafx.collections.ListChangeListener;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.RadioMenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.ToggleGroup;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;

/** File, View and Help menus; their accelerators are the window's keyboard shortcuts (SCREENS.md). */
final class MainMenu {

    private MainMenu() {}

    static MenuBar build(MainWindow window, AppContext context, WorkspaceActions actions) {
        Menu file = new Menu("File");
        file.setId("menu-file");
        Menu recent = new Menu("Open Recent");
        recent.setId("menu-recent");
        Runnable fillRecent = () -> {
            recent.getItems().clear();
            for (String r : actions.recent()) {
                MenuItem m = new MenuItem(r);
                m.setMnemonicParsing(false);
                m.setOnAction(e -> actions.open(Path.of(r)));
                recent.getItems().add(m);
            }
            if (recent.getItems().isEmpty()) {
                MenuItem none = new MenuItem("No recent workspaces");
                none.setDisable(true);
                recent.getItems().add(none);
            } else {
                recent.getItems().add(new SeparatorMenuItem());
                recent.getItems().add(item("Clear Recent", "menu-clear-recent", null, actions::clearRecent));
            }
        };
        actions.recent().addListener((ListChangeListener<String>) c -> fillRecent.run());
        fillRecent.run();
        file.getItems().addAll(
                item("New Workspace\u2026", "menu-new", shortcut(KeyCode.N), actions::newWorkspace),
                item("Open Workspace\u2026", "menu-open", shortcut(KeyCode.O), actions::open),
                recent,
                item("Open Default Workspace", "menu-open-default", null, actions::openDefault),
                item("Save Workspace As\u2026", "menu-save-as", new KeyCodeCombination(KeyCode.S,
                        KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN), actions::saveAs),
                new SeparatorMenuItem(),
                item("Import Files\u2026", "menu-import", shortcut(KeyCode.I), window::importChosenFiles),
                item("Export Current View\u2026", "menu-export", shortcut(KeyCode.E), window::exportCurrent),
                new SeparatorMenuItem(),
                item("Quit", "menu-quit", shortcut(KeyCode.Q), () -> {
                    if (window.getScene() != null && window.getScene().getWindow() != null) {
                        window.getScene().getWindow().fireEvent(new javafx.stage.WindowEvent(
                                window.getScene().getWindow(), javafx.stage.WindowEvent.WINDOW_CLOSE_REQUEST));
                        window.getScene().getWindow().hide();
                    }
                    Platform.exit();
                }));

        Menu view = new Menu("View");
        view.setId("menu-view");
        ToggleGroup themes = new ToggleGroup();
        RadioMenuItem light = new RadioMenuItem("Light Theme");
        light.setId("menu-theme-light");
        RadioMenuItem dark = new RadioMenuItem("Dark Theme");
        dark.setId("menu-theme-dark");
        light.setToggleGroup(themes);
        dark.setToggleGroup(themes);
        Runnable syncTheme = () -> (context.themeProperty().get() == Theme.DARK ? dark : light).setSelected(true);
        context.themeProperty().addListener((o, a, t) -> syncTheme.run());
        syncTheme.run();
        light.setOnAction(e -> context.themeProperty().set(Theme.LIGHT));
        dark.setOnAction(e -> context.themeProperty().set(Theme.DARK));
        CheckMenuItem inspector = new CheckMenuItem("Inspector");
        inspector.setId("menu-inspector");
        inspector.selectedProperty().bindBidirectional(window.inspectorShownProperty());
        view.getItems().addAll(light, dark, inspector, new SeparatorMenuItem());
        int i = 1;
        for (Area area : Area.values()) {
            KeyCode digit = KeyCode.valueOf("DIGIT" + i++);
            view.getItems().add(item(area.title(), "menu-area-" + area.name().toLowerCase(Locale.ROOT), shortcut(digit),
                    () -> window.show(area)));
        }
        view.getItems().addAll(new SeparatorMenuItem(),
                item("Search\u2026", "menu-search", shortcut(KeyCode.K), window::focusSearch),
                item("Refresh", "menu-refresh", new KeyCodeCombination(KeyCode.F5), window::refreshCurrent));

        Menu help = new Menu("Help");
        help.setId("menu-help");
        help.getItems().addAll(
                item("Keyboard Shortcuts", "menu-shortcuts", null, window::showShortcuts),
                item("About GreenOps Workbench", "menu-about", null, window::showAbout));

        MenuBar bar = new MenuBar(file, view, help);
        bar.setId("menu-bar");
        return bar;
    }

    private static KeyCombination shortcut(KeyCode code) {
        return new KeyCodeCombination(code, KeyCombination.SHORTCUT_DOWN);
    }

    private static MenuItem item(String text, String id, KeyCombination accelerator, Runnable action) {
        MenuItem m = new MenuItem(text);
        m.setId(id);
        if (accelerator != null) {
            m.setAccelerator(accelerator);
        }
        m.setOnAction(e -> action.run());
        return m;
    }
}
