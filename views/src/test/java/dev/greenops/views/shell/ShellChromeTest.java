package dev.greenops.views.shell;

import static org.assertj.core.api.Assertions.assertThat;

import dev.greenops.views.common.AppContext;
import dev.greenops.views.testing.FxExceptions;
import dev.greenops.views.testing.Workbench;
import dev.greenops.views.theme.Theme;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import javafx.scene.Node;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.Background;
import javafx.scene.layout.BackgroundFill;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import javafx.scene.text.Text;
import javafx.stage.PopupWindow;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The window's chrome, headless: shortcuts that keep working whatever had the keyboard before (a menu, a context
 * menu, a date picker), date fields that show whole dates, the SAMPLE label on every screen, and dark popups without a
 * light frame.
 */
@ExtendWith(ApplicationExtension.class)
class ShellChromeTest {

    Workbench bench;
    FxExceptions fx;

    @Start
    void start(Stage stage) throws Exception {
        fx = FxExceptions.install();
        bench = Workbench.start(stage);
    }

    @AfterEach
    void nothing_was_thrown_on_the_fx_thread() {
        try {
            fx.assertNone("during the test");
        } finally {
            fx.close();
        }
    }

    private void settle() {
        WaitForAsyncUtils.waitForFxEvents(3);
    }

    private void shortcut(FxRobot robot, KeyCode key) {
        robot.press(KeyCode.CONTROL, key).release(key, KeyCode.CONTROL);
        settle();
    }

    private List<PopupWindow> showingPopups() {
        return Window.getWindows().stream()
                .filter(w -> w instanceof PopupWindow && w.isShowing())
                .map(w -> (PopupWindow) w)
                .toList();
    }

    @Test
    void shortcuts_work_after_a_menu_a_context_menu_or_a_date_picker_had_the_keyboard(FxRobot robot) {
        // a menu opened and closed with Escape (the menu bar kept the keyboard afterwards)
        robot.clickOn("#menu-view");
        settle();
        robot.press(KeyCode.ESCAPE).release(KeyCode.ESCAPE);
        settle();
        shortcut(robot, KeyCode.DIGIT2);
        assertThat(bench.window.currentArea()).as("Ctrl+2 after the View menu was closed").isEqualTo(Area.LEDGER);

        // a menu item chosen with the mouse
        robot.clickOn("#menu-view");
        settle();
        robot.clickOn("#menu-area-intensity");
        settle();
        assertThat(bench.window.currentArea()).isEqualTo(Area.INTENSITY);
        shortcut(robot, KeyCode.DIGIT1);
        assertThat(bench.window.currentArea()).as("Ctrl+1 after a menu item was chosen").isEqualTo(Area.OVERVIEW);

        // a shortcut pressed while a menu is open runs and closes the menu
        robot.clickOn("#menu-file");
        settle();
        assertThat(showingPopups()).isNotEmpty();
        shortcut(robot, KeyCode.DIGIT2);
        assertThat(bench.window.currentArea()).as("Ctrl+2 with the File menu open").isEqualTo(Area.LEDGER);
        assertThat(showingPopups()).as("the menu closed").isEmpty();

        // a context menu open on a table
        robot.rightClickOn("#ledger-pivot");
        settle();
        assertThat(showingPopups()).isNotEmpty();
        shortcut(robot, KeyCode.DIGIT1);
        assertThat(bench.window.currentArea()).as("Ctrl+1 with a context menu open").isEqualTo(Area.OVERVIEW);
        assertThat(showingPopups()).isEmpty();

        // a date picker with the keyboard, then with its calendar open
        robot.clickOn(((DatePicker) robot.lookup("#range-from").query()).getEditor());
        settle();
        shortcut(robot, KeyCode.DIGIT2);
        assertThat(bench.window.currentArea()).as("Ctrl+2 from the date field").isEqualTo(Area.LEDGER);
        robot.interact(() -> ((DatePicker) robot.lookup("#range-from").query()).show());
        settle();
        shortcut(robot, KeyCode.DIGIT1);
        assertThat(bench.window.currentArea()).as("Ctrl+1 with the calendar open").isEqualTo(Area.OVERVIEW);

        // Ctrl+K still reaches the search field after all that
        shortcut(robot, KeyCode.K);
        assertThat(bench.scene.getFocusOwner()).isSameAs(robot.lookup("#global-search").query());
        assertThat(bench.window.currentArea()).isEqualTo(Area.OVERVIEW);
    }

    @Test
    void the_top_bar_date_fields_show_whole_dates_and_the_sample_label_is_on_every_screen(FxRobot robot) {
        robot.interact(() -> {
            bench.context.rangeFromProperty().set(LocalDate.of(2026, 8, 1));
            bench.context.rangeToProperty().set(LocalDate.of(2026, 10, 31));
        });
        settle();
        for (String id : List.of("range-from", "range-to")) {
            TextField editor = ((DatePicker) robot.lookup("#" + id).query()).getEditor();
            Text text = new Text(editor.getText());
            text.setFont(editor.getFont());
            double room = editor.getWidth() - editor.getPadding().getLeft() - editor.getPadding().getRight();
            assertThat(editor.getText()).matches("2026-\\d\\d-\\d\\d");
            assertThat(room).as(id + " shows " + editor.getText() + " whole").isGreaterThanOrEqualTo(
                    text.getLayoutBounds().getWidth());
        }

        assertThat(bench.sampleData).isTrue();
        Label badge = robot.lookup("#sample-badge").query();
        for (Area area : Area.values()) {
            robot.clickOn("#nav-" + area.name().toLowerCase(Locale.ROOT));
            settle();
            assertThat(badge.isVisible()).as("SAMPLE on " + area.title()).isTrue();
            assertThat(badge.getText()).isEqualTo(AppContext.SAMPLE);
            assertThat(badge.getScene()).isSameAs(bench.scene);
            assertThat(badge.getWidth()).isGreaterThan(0);
        }
    }

    @Test
    void dark_context_menus_are_square_and_opaque_with_no_light_frame(FxRobot robot) {
        robot.interact(() -> bench.context.themeProperty().set(Theme.DARK));
        robot.clickOn("#nav-ledger");
        settle();
        robot.rightClickOn("#ledger-pivot");
        settle();
        Optional<PopupWindow> popup = showingPopups().stream().findFirst();
        assertThat(popup).isPresent();
        Node root = popup.get().getScene().getRoot();
        // the skin's content region draws the menu (the popup's CSS bridge above it draws nothing)
        Region menu = root.lookupAll(".context-menu").stream()
                .filter(n -> n instanceof Region r && r.getBackground() != null)
                .map(n -> (Region) n)
                .findFirst()
                .orElseThrow(() -> new AssertionError("no styled .context-menu under " + root));
        assertThat(menu.getEffect()).as("a drop shadow needs transparent window pixels").isNull();
        Background bg = menu.getBackground();
        assertThat(bg).isNotNull();
        for (BackgroundFill f : bg.getFills()) {
            assertThat(f.getRadii().getTopLeftHorizontalRadius()).as("square corners").isZero();
            assertThat(f.getFill()).isInstanceOf(Color.class);
            Color c = (Color) f.getFill();
            assertThat(c.getOpacity()).isEqualTo(1.0);
            assertThat(c.getBrightness()).as("no light frame in the dark theme: " + c).isLessThan(0.5);
        }
        robot.press(KeyCode.ESCAPE).release(KeyCode.ESCAPE);
        settle();
    }
}
