package dev.greenops.views.common;

import java.io.BufferedWriter;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;
import javafx.collections.transformation.SortedList;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SelectionMode;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;

/**
 * What every table gets: Copy (the selected rows, or all, as tab-separated text with a header) and Export CSV on
 * right-click and Ctrl+C, multiple selection, and for in-memory tables a filter field over every column.
 */
public final class Tables {

    private Tables() {}

    /**
     * Installs Copy and Export CSV on {@code table}; Export CSV writes the table's items (raw values, visible columns).
     *
     * @param baseName suggested file name without extension
     */
    public static <T> void install(TableView<T> table, AppContext context, String baseName) {
        install(table, context, baseName, null);
    }

    /**
     * As {@link #install(TableView, AppContext, String)}, but Export CSV calls {@code export} with the chosen file
     * (for tables whose rows are not all in memory: the model writes the file).
     */
    public static <T> void install(TableView<T> table, AppContext context, String baseName, Consumer<Path> export) {
        table.getSelectionModel().setSelectionMode(SelectionMode.MULTIPLE);
        MenuItem copy = new MenuItem("Copy");
        copy.setId("table-copy");
        copy.setOnAction(e -> copy(table));
        MenuItem csv = new MenuItem("Export CSV\u2026");
        csv.setId("table-export-csv");
        csv.setOnAction(e -> {
            Optional<Path> file = context.files().save("Export table as CSV", baseName + ".csv", List.of(FilePrompts.CSV));
            file.ifPresent(f -> {
                if (export != null) {
                    export.accept(f);
                    return;
                }
                try {
                    writeCsv(table, table.getItems(), f);
                    context.notify(Notice.success("Exported " + Fmt.rows(table.getItems().size()), f.toString()));
                } catch (IOException ex) {
                    context.notify(Notice.error("Could not export the table", ex));
                }
            });
        });
        ContextMenu menu = new ContextMenu(copy, csv);
        table.setContextMenu(menu);
        table.getProperties().put("greenops.export", csv);
        table.setOnKeyPressed(e -> {
            if (new KeyCodeCombination(KeyCode.C, KeyCombination.SHORTCUT_DOWN).match(e)) {
                copy(table);
                e.consume();
            }
        });
    }

    /** Fires the Export CSV item installed on {@code table} (Ctrl+E on a screen whose current view is that table). */
    public static void export(TableView<?> table) {
        if (table.getProperties().get("greenops.export") instanceof MenuItem item) {
            item.fire();
        }
    }

    /** Copies the selected rows (all rows when none is selected) as tab-separated text, header first. */
    public static <T> void copy(TableView<T> table) {
        List<T> rows = table.getSelectionModel().getSelectedItems().isEmpty()
                ? table.getItems()
                : List.copyOf(table.getSelectionModel().getSelectedItems());
        ClipboardContent content = new ClipboardContent();
        content.putString(toTsv(table, rows));
        Clipboard.getSystemClipboard().setContent(content);
    }

    public static <T> String toTsv(TableView<T> table, List<T> rows) {
        List<TableColumn<T, ?>> columns = leaves(table);
        StringBuilder out = new StringBuilder();
        out.append(String.join("\t", columns.stream().map(c -> header(c).replace('\t', ' ')).toList())).append('\n');
        for (T row : rows) {
            List<String> cells = new ArrayList<>();
            for (TableColumn<T, ?> c : columns) {
                cells.add(plain(row == null ? null : c.getCellObservableValue(row).getValue()).replace('\t', ' ').replace('\n', ' '));
            }
            out.append(String.join("\t", cells)).append('\n');
        }
        return out.toString();
    }

    /** Writes {@code rows} as RFC 4180 CSV with the visible columns' headers and raw values (atomically). */
    public static <T> void writeCsv(TableView<T> table, List<T> rows, Path file) throws IOException {
        List<TableColumn<T, ?>> columns = leaves(table);
        SafeFiles.write(file, tmp -> {
            try (BufferedWriter w = Files.newBufferedWriter(tmp, StandardCharsets.UTF_8)) {
                w.write(String.join(",", columns.stream().map(c -> csvField(header(c))).toList()));
                w.write("\r\n");
                for (T row : rows) {
                    List<String> cells = new ArrayList<>();
                    for (TableColumn<T, ?> c : columns) {
                        cells.add(csvField(plain(row == null ? null : c.getCellObservableValue(row).getValue())));
                    }
                    w.write(String.join(",", cells));
                    w.write("\r\n");
                }
            }
        });
    }

    private static <T> List<TableColumn<T, ?>> leaves(TableView<T> table) {
        List<TableColumn<T, ?>> out = new ArrayList<>();
        for (TableColumn<T, ?> c : table.getVisibleLeafColumns()) {
            out.add(c);
        }
        return out;
    }

    /** The key under which a column whose header is a graphic keeps its plain header text. */
    public static final String HEADER = "greenops.header";

    static String header(TableColumn<?, ?> c) {
        return c.getProperties().get(HEADER) instanceof String h ? h : c.getText() == null ? "" : c.getText();
    }

    /** A cell's raw value as exported: numbers in plain notation with every digit they have, a gap as empty. */
    static String plain(Object v) {
        return switch (v) {
            case null -> "";
            case BigDecimal d -> d.toPlainString();
            case Double d when d.isNaN() || d.isInfinite() -> "";
            case Double d -> BigDecimal.valueOf(d).stripTrailingZeros().toPlainString();
            default -> v.toString();
        };
    }

    /** One RFC 4180 field: quoted (quotes doubled) when it holds a comma, a quote or a line break. */
    public static String csvField(String s) {
        if (s == null) {
            return "";
        }
        if (s.contains(",") || s.contains("\"") || s.contains("\n") || s.contains("\r")) {
            return '"' + s.replace("\"", "\"\"") + '"';
        }
        return s;
    }

    /**
     * Shows {@code source} in {@code table} through a filter (every visible column's text contains what is typed,
     * ignoring case) and the table's own sorting; returns the filter field to place above the table.
     */
    public static <T> TextField filterable(TableView<T> table, ObservableList<T> source) {
        FilteredList<T> filtered = new FilteredList<>(source, x -> true);
        SortedList<T> sorted = new SortedList<>(filtered);
        sorted.comparatorProperty().bind(table.comparatorProperty());
        table.setItems(sorted);
        TextField field = new TextField();
        field.setPromptText("Filter rows\u2026");
        field.getStyleClass().add("app-table-filter");
        field.textProperty().addListener((obs, old, text) -> {
            String t = text == null ? "" : text.strip().toLowerCase(Locale.ROOT);
            filtered.setPredicate(t.isEmpty() ? x -> true : row -> leaves(table).stream()
                    .anyMatch(c -> plain(c.getCellObservableValue(row).getValue()).toLowerCase(Locale.ROOT).contains(t)));
        });
        return field;
    }
}
