package dev.greenops.views.shell;

import dev.greenops.model.ledger.explore.LedgerExplorer;
import dev.greenops.model.ledger.explore.LedgerQuery;
import dev.greenops.model.store.Workspace;
import dev.greenops.views.common.AppContext;
import dev.greenops.views.common.Labels;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.DatePicker;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.text.Font;
import javafx.scene.text.Text;
import javafx.util.StringConverter;

/**
 * The date range every screen shares: two ISO date pickers (either may be empty = open) and presets built from the
 * ledger's own extent (all data, the last three months of data, each month).
 */
final class DateRangeBar extends HBox {

    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMMM yyyy", Locale.ENGLISH);

    private final AppContext context;
    private final MenuButton presets = new MenuButton("Range");
    private LedgerExplorer.Extent extent;

    DateRangeBar(AppContext context) {
        this.context = context;
        setAlignment(Pos.CENTER_LEFT);
        setSpacing(6);
        getStyleClass().add("app-date-range");
        DatePicker from = picker("range-from", "from");
        DatePicker to = picker("range-to", "to");
        from.valueProperty().bindBidirectional(context.rangeFromProperty());
        to.valueProperty().bindBidirectional(context.rangeToProperty());
        presets.setId("range-presets");
        presets.setMinWidth(Region.USE_PREF_SIZE);
        getChildren().addAll(Labels.field("Dates"), from, Labels.field("\u2013"), to, presets);
        context.workspaceProperty().addListener((o, a, ws) -> reloadExtent());
        context.dataVersionProperty().addListener((o, a, v) -> reloadExtent());
        buildPresets();
        reloadExtent();
    }

    private static DatePicker picker(String id, String prompt) {
        DatePicker p = new DatePicker();
        p.setId(id);
        p.setPromptText(prompt);
        p.setShowWeekNumbers(true);
        fitIsoDate(p);
        p.setConverter(new StringConverter<>() {
            @Override
            public String toString(LocalDate d) {
                return d == null ? "" : d.toString();
            }

            @Override
            public LocalDate fromString(String s) {
                try {
                    return s == null || s.isBlank() ? null : LocalDate.parse(s.strip());
                } catch (java.time.format.DateTimeParseException e) {
                    return null; // the picker keeps its previous value; an ISO date is what the prompt shows
                }
            }
        });
        return p;
    }

    /**
     * Sizes the picker's field for the widest ISO date in the field's own font (the theme sets it, and it differs
     * between machines), so a date is never cut to "2026-09-3"; the picker never shrinks below that in a crowded top
     * bar.
     */
    private static void fitIsoDate(DatePicker p) {
        TextField editor = p.getEditor();
        Runnable fit = () -> {
            Insets padding = editor.getPadding() == null ? Insets.EMPTY : editor.getPadding();
            editor.setPrefWidth(Math.ceil(widestIsoDate(editor.getFont()) + padding.getLeft() + padding.getRight()
                    + CARET_PX));
        };
        editor.fontProperty().addListener(o -> fit.run());
        editor.paddingProperty().addListener(o -> fit.run());
        fit.run();
        p.setMinWidth(Region.USE_PREF_SIZE);
    }

    /** Room for the caret and the field's border. */
    private static final double CARET_PX = 6;

    /** The width of the widest yyyy-mm-dd in {@code font}: eight of its widest digit and two hyphens. */
    static double widestIsoDate(Font font) {
        double widest = 0;
        for (char d = '0'; d <= '9'; d++) {
            Text t = new Text(String.valueOf(d).repeat(4) + "-" + String.valueOf(d).repeat(2) + "-"
                    + String.valueOf(d).repeat(2));
            t.setFont(font);
            widest = Math.max(widest, t.getLayoutBounds().getWidth());
        }
        return widest;
    }

    private void reloadExtent() {
        Workspace ws = context.workspace();
        if (ws == null) {
            return;
        }
        context.tasks().runQuietly(p -> new LedgerExplorer(ws).extent(LedgerQuery.ALL), e -> {
            extent = e;
            buildPresets();
        }, e -> {
            extent = null;
            buildPresets();
        });
    }

    private void buildPresets() {
        presets.getItems().clear();
        presets.getItems().add(item("All dates", null, null));
        if (extent == null || extent.isEmpty()) {
            return;
        }
        LocalDate lastMonth = extent.last().withDayOfMonth(1);
        LocalDate quarterStart = lastMonth.minusMonths(2);
        presets.getItems().add(item("Last three months of data (" + MONTH.format(quarterStart).split(" ")[0] + " \u2013 "
                + MONTH.format(lastMonth) + ")", quarterStart, lastMonth.withDayOfMonth(lastMonth.lengthOfMonth())));
        presets.getItems().add(new SeparatorMenuItem());
        for (LocalDate m = extent.first().withDayOfMonth(1); !m.isAfter(lastMonth); m = m.plusMonths(1)) {
            presets.getItems().add(item(MONTH.format(m), m, m.withDayOfMonth(m.lengthOfMonth())));
            if (presets.getItems().size() > 40) {
                break;
            }
        }
    }

    private MenuItem item(String text, LocalDate from, LocalDate to) {
        MenuItem m = new MenuItem(text);
        m.setOnAction(e -> {
            context.rangeFromProperty().set(from);
            context.rangeToProperty().set(to);
        });
        return m;
    }
}
