package dev.greenops.views.common;

import java.math.BigDecimal;
import java.util.Comparator;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.geometry.Pos;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;

/**
 * Table columns whose cell value is the raw value (what Export CSV and Copy write) and whose cell shows it formatted
 * (what people read): numbers right-aligned with their unit in the header, sorted as numbers.
 */
public final class Columns {

    public static final String NUMBER_CELL = "app-number-cell";

    private Columns() {}

    public static <T> TableColumn<T, String> text(String title, Function<T, String> value) {
        TableColumn<T, String> c = new TableColumn<>(title);
        c.setCellValueFactory(d -> new ReadOnlyObjectWrapper<>(d.getValue() == null ? null : value.apply(d.getValue())));
        c.setPrefWidth(Math.max(90, title.length() * 9 + 24));
        return c;
    }

    /** Any value, shown with {@code format}; the raw value is what is exported. */
    public static <T, V> TableColumn<T, V> of(String title, Function<T, V> value, Function<V, String> format) {
        TableColumn<T, V> c = new TableColumn<>(title);
        c.setCellValueFactory(d -> new ReadOnlyObjectWrapper<>(d.getValue() == null ? null : value.apply(d.getValue())));
        c.setCellFactory(col -> new TableCell<>() {
            @Override
            protected void updateItem(V item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : format.apply(item));
            }
        });
        c.setPrefWidth(Math.max(90, title.length() * 9 + 24));
        return c;
    }

    /** A right-aligned numeric column; {@code unit} goes in the header, not in every cell. */
    public static <T> TableColumn<T, BigDecimal> number(
            String title, String unit, Function<T, BigDecimal> value, Function<BigDecimal, String> format) {
        return numeric(title, unit, value, format);
    }

    /**
     * A right-aligned column of any number type (a computed {@code double}, a count), sorted as numbers, shown with
     * {@code format} and exported raw; {@code unit} goes in the header.
     */
    public static <T, N extends Number & Comparable<? super N>> TableColumn<T, N> numeric(
            String title, String unit, Function<T, N> value, Function<N, String> format) {
        String header = unit == null || unit.isEmpty() ? title : title + " (" + unit + ")";
        TableColumn<T, N> c = of(header, value, format);
        rightAlign(c);
        c.setComparator(Comparator.nullsFirst(Comparator.naturalOrder()));
        return c;
    }

    public static <T> TableColumn<T, Long> count(String title, Function<T, Long> value) {
        return numeric(title, null, value, Fmt::count);
    }

    public static void rightAlign(TableColumn<?, ?> c) {
        c.getStyleClass().add(NUMBER_CELL);
        c.setStyle("-fx-alignment: CENTER-RIGHT;");
    }

    /**
     * Keeps {@code column} wide enough for the widest of {@code texts} as its cells draw them (bold when {@code bold}),
     * so a closed set of values (statuses, decisions) is never cut. Measured with the theme's font once the table is
     * in a scene, on a probe label outside the window.
     */
    public static void fitTexts(TableColumn<?, ?> column, boolean bold, java.util.Collection<String> texts) {
        Runnable fit = () -> {
            javafx.scene.control.TableView<?> table = column.getTableView();
            if (table == null || table.getScene() == null) {
                return;
            }
            double widest = 0;
            for (String t : texts) {
                javafx.scene.control.Label probe = new javafx.scene.control.Label(t);
                if (bold) {
                    probe.setStyle("-fx-font-weight: bold;");
                }
                javafx.scene.Scene scratch = new javafx.scene.Scene(new javafx.scene.Group(probe));
                scratch.getStylesheets().setAll(table.getScene().getStylesheets());
                probe.applyCss();
                widest = Math.max(widest, probe.prefWidth(-1));
            }
            double width = Math.ceil(widest) + 24; // the cell's padding and a little air before the next column
            column.setMinWidth(width);
            column.setPrefWidth(Math.max(column.getPrefWidth(), width));
        };
        javafx.beans.value.ChangeListener<javafx.scene.Scene> onScene = (o, a, scene) -> fit.run();
        column.tableViewProperty().addListener((o, old, table) -> {
            if (old != null) {
                old.sceneProperty().removeListener(onScene);
            }
            if (table != null) {
                table.sceneProperty().addListener(onScene);
                fit.run();
            }
        });
        if (column.getTableView() != null) {
            column.getTableView().sceneProperty().addListener(onScene);
            fit.run();
        }
    }

    /** Centre-aligned, for short status marks. */
    public static void centre(TableColumn<?, ?> c) {
        c.setStyle("-fx-alignment: " + Pos.CENTER.name() + ";");
    }

    /** Room a header takes besides its text: cell padding and the sort arrow. */
    private static final double HEADER_PADDING_PX = 22;

    /**
     * Widens {@code c} so every line of its header shows whole (headers are bold in the theme, and a clipped unit such as
     * "kgC…" is no unit); never narrower than {@code minPx}.
     */
    public static void fitHeader(TableColumn<?, ?> c, double minPx) {
        String header = c.getText() == null ? "" : c.getText();
        double widest = 0;
        for (String line : header.split("\n")) {
            widest = Math.max(widest, textWidth(line, true));
        }
        c.setPrefWidth(Math.max(minPx, Math.ceil(widest + HEADER_PADDING_PX)));
    }

    /** The width of {@code text} in the theme's table font (Primer: 14 px), bold for headers. */
    public static double textWidth(String text, boolean bold) {
        javafx.scene.text.Text t = new javafx.scene.text.Text(text);
        t.setFont(javafx.scene.text.Font.font(javafx.scene.text.Font.getDefault().getFamily(),
                bold ? javafx.scene.text.FontWeight.BOLD : javafx.scene.text.FontWeight.NORMAL, 14));
        return t.getLayoutBounds().getWidth();
    }
}
