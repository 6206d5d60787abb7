package dev.greenops.views.scheduler;

import dev.greenops.views.common.Columns;
import dev.greenops.views.common.Tables;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import javafx.scene.Group;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.Text;

/**
 * The compact tables of the Scheduler screen (records, policies): each column as wide as its widest header line or
 * value at the sizes scheduler.css gives those tables (13 px cells, 12 px bold headers, 4 px padding), with units on
 * a second header line, so the columns an analyst reads first fit the middle of a 1440 px window.
 */
final class FittedColumns<T> {

    /** A cell's padding (scheduler.css) and the grid line, beside its text. */
    private static final double VALUE_EXTRA = 8 + 3;
    /** A header label's padding (scheduler.css) and the room of the sort arrow, beside its text. */
    private static final double HEADER_EXTRA = 8 + 5;

    private final TableView<T> table;
    /** Each fitted column's formatted text, for fitting its width to the longest value. */
    private final Map<TableColumn<T, ?>, Function<T, String>> shown = new LinkedHashMap<>();

    FittedColumns(TableView<T> table) {
        this.table = table;
    }

    /** Fits {@code c} to its header and to {@code formatted}, the text its cells show. */
    <V> TableColumn<T, V> text(TableColumn<T, V> c, Function<T, String> formatted) {
        shown.put(c, formatted);
        return c;
    }

    /**
     * A right-aligned figure with its unit on a second header line (narrower than "Baseline (kgCO2e)" on one);
     * exported under the one-line header.
     */
    TableColumn<T, Double> number(String title, String unit, Function<T, Double> value,
            Function<Double, String> format) {
        return number(title, unit, title + "\n" + unit, value, format);
    }

    /** As {@link #number(String, String, Function, Function)}, with its own (two-line) header text on screen. */
    TableColumn<T, Double> number(String title, String unit, String shownHeader, Function<T, Double> value,
            Function<Double, String> format) {
        TableColumn<T, Double> c = Columns.numeric(title, unit, value, format);
        c.getProperties().put(Tables.HEADER, c.getText());
        c.setText(shownHeader);
        return text(c, r -> {
            Double v = value.apply(r);
            return v == null ? "" : format.apply(v);
        });
    }

    /** The one-line header a column is exported under. */
    static String header(TableColumn<?, ?> c) {
        return c.getProperties().get(Tables.HEADER) instanceof String h ? h : c.getText();
    }

    /** Sets each fitted column to the width of its widest header line or of its text for any of {@code rows}. */
    void fit(Collection<T> rows) {
        if (table.getScene() == null) {
            return;
        }
        // the font the theme gives a label, at the sizes scheduler.css sets for the cells and the headers
        Font base = probeFont();
        Font cell = Font.font(base.getFamily(), 13);
        Font head = Font.font(base.getFamily(), FontWeight.BOLD, 12);
        for (Map.Entry<TableColumn<T, ?>, Function<T, String>> e : shown.entrySet()) {
            double widest = 0;
            for (String line : e.getKey().getText().split("\n")) {
                widest = Math.max(widest, width(line, head) + HEADER_EXTRA - VALUE_EXTRA);
            }
            // every distinct value is measured: the longest text is not always the widest ("anomaly-refresh")
            Set<String> texts = new HashSet<>();
            for (T r : rows) {
                texts.add(e.getValue().apply(r));
            }
            for (String t : texts) {
                widest = Math.max(widest, width(t, cell));
            }
            e.getKey().setPrefWidth(Math.ceil(widest) + VALUE_EXTRA);
        }
    }

    private Font probeFont() {
        Label probe = new Label("x");
        Scene scratch = new Scene(new Group(probe));
        scratch.getStylesheets().setAll(table.getScene().getStylesheets());
        probe.applyCss();
        return probe.getFont();
    }

    private static double width(String text, Font font) {
        if (text == null || text.isEmpty()) {
            return 0;
        }
        Text t = new Text(text);
        t.setFont(font);
        return t.getLayoutBounds().getWidth();
    }
}
