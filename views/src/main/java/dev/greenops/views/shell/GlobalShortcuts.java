package dev.greenops.views.shell;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javafx.collections.ListChangeListener;
import javafx.event.EventHandler;
import javafx.scene.Scene;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.input.KeyEvent;
import javafx.stage.PopupWindow;
import javafx.stage.Window;

/**
 * Makes the menu bar's shortcuts (Ctrl+1…7, Ctrl+K, Ctrl+E, F5, Ctrl+O, ...) work wherever the focus is. JavaFX runs
 * accelerators only when the key event bubbles back up unconsumed, so a focused control that uses the key itself (a
 * date picker with its calendar open, an open menu, a list) swallowed them. This runs them first, as a filter on the
 * window's scene and on every popup the window opens (menus, calendars, lists get the keys while they show); a popup
 * the shortcut came through is closed before the action runs.
 */
final class GlobalShortcuts {

    private GlobalShortcuts() {}

    static void install(Scene scene, MenuBar bar) {
        // one key per window: each window's filter goes on every popup, and only acts on its own window's popups
        Object installed = new Object();
        scene.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (item(bar, e).isPresent()) {
                // a menu or context menu left open (it does not always take the keyboard) closes first
                closePopups(bar, scene);
                fire(bar, e);
                e.consume();
            }
        });
        Window.getWindows().addListener((ListChangeListener<Window>) c -> {
            while (c.next()) {
                for (Window w : c.getAddedSubList()) {
                    if (w instanceof PopupWindow popup && !popup.getProperties().containsKey(installed)) {
                        EventHandler<KeyEvent> filter = e -> {
                            if (ownedBy(popup, scene) && item(bar, e).isPresent()) {
                                closePopups(bar, scene);
                                fire(bar, e);
                                e.consume();
                            }
                        };
                        popup.getProperties().put(installed, filter);
                        popup.addEventFilter(KeyEvent.KEY_PRESSED, filter);
                    }
                }
            }
        });
    }

    /**
     * Closes the bar's menus (as a click elsewhere would: a bare hide left the bar in menu mode) and every other popup
     * of the window, so the shortcut's result is not hidden behind them.
     */
    private static void closePopups(MenuBar bar, Scene scene) {
        bar.getMenus().forEach(Menu::hide);
        for (Window w : List.copyOf(Window.getWindows())) {
            if (w instanceof PopupWindow p && p.isShowing() && ownedBy(p, scene)) {
                p.hide();
            }
        }
    }

    /** Fires the enabled menu item whose accelerator {@code e} is; false when it is none. */
    static boolean fire(MenuBar bar, KeyEvent e) {
        Optional<MenuItem> item = item(bar, e);
        item.ifPresent(MenuItem::fire);
        return item.isPresent();
    }

    static Optional<MenuItem> item(MenuBar bar, KeyEvent e) {
        for (MenuItem m : items(bar)) {
            if (m.getAccelerator() != null && !m.isDisable() && m.getAccelerator().match(e)) {
                return Optional.of(m);
            }
        }
        return Optional.empty();
    }

    /** Every item of the bar's menus, submenus included (walked each time: menus such as Open Recent change). */
    static List<MenuItem> items(MenuBar bar) {
        List<MenuItem> out = new ArrayList<>();
        for (Menu m : bar.getMenus()) {
            walk(m, out);
        }
        return out;
    }

    private static void walk(Menu menu, List<MenuItem> out) {
        for (MenuItem i : menu.getItems()) {
            if (i instanceof Menu sub) {
                walk(sub, out);
            } else {
                out.add(i);
            }
        }
    }

    /** True when {@code popup} belongs to the window showing {@code scene} (directly or through other popups). */
    private static boolean ownedBy(PopupWindow popup, Scene scene) {
        Window w = popup;
        while (w instanceof PopupWindow p) {
            w = p.getOwnerWindow();
        }
        return w != null && w == scene.getWindow();
    }
}
