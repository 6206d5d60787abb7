package dev.greenops.views.scheduler;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.stage.FileChooser;

/** Right-click menus the house rules ask of every table (Export CSV, Copy), for this screen's tables. */
final class ExportMenus {

    private ExportMenus() {}

    /** Export CSV (every row, as filtered and sorted) and Copy (selected rows, tab-separated) on a table. */
    static <T> void table(TableView<T> table, String baseName, Consumer<String> status) {
        MenuItem export = new MenuItem("Export CSV…");
        export.setOnAction(e -> choose(table, baseName + ".csv", "CSV", "*.csv").ifPresent(f -> {
            try {
                Files.writeString(f, text(table, table.getItems(), ",", true), StandardCharsets.UTF_8);
                status.accept("Wrote " + table.getItems().size() + " rows to " + f + ".");
            } catch (IOException ex) {
                status.accept("Could not write " + f + ": " + ex.getMessage());
            }
        }));
        MenuItem copy = new MenuItem("Copy");
        copy.setOnAction(e -> {
            List<T> rows = table.getSelectionModel().getSelectedItems().isEmpty()
                    ? table.getItems()
                    : table.getSelectionModel().getSelectedItems();
            ClipboardContent content = new ClipboardContent();
            content.putString(text(table, rows, "\t", false));
            Clipboard.getSystemClipboard().setContent(content);
            status.accept("Copied " + rows.size() + " rows.");
        });
        table.setContextMenu(new ContextMenu(export, new SeparatorMenuItem(), copy));
    }

    /** The rows as text, cells as the table shows them, with the column titles first. */
    static <T> String text(TableView<T> table, List<T> rows, String separator, boolean csv) {
        List<TableColumn<T, ?>> columns = new ArrayList<>(table.getVisibleLeafColumns());
        StringBuilder out = new StringBuilder();
        List<String> header = columns.stream().map(TableColumn::getText).toList();
        out.append(String.join(separator, csv ? header.stream().map(ExportMenus::csvCell).toList() : header)).append('\n');
        for (T row : rows) {
            List<String> cells = new ArrayList<>();
            for (TableColumn<T, ?> c : columns) {
                Object v = c.getCellData(row);
                String s = v == null ? "" : String.valueOf(v);
                cells.add(csv ? csvCell(s) : s.replace('\t', ' '));
            }
            out.append(String.join(separator, cells)).append('\n');
        }
        return out.toString();
    }

    private static String csvCell(String s) {
        return s.contains(",") || s.contains("\"") || s.contains("\n") ? '"' + s.replace("\"", "\"\"") + '"' : s;
    }

    private static java.util.Optional<Path> choose(javafx.scene.Node owner, String name, String what, String pattern) {
        FileChooser chooser = new FileChooser();
        chooser.setInitialFileName(name);
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(what, pattern));
        java.io.File f = chooser.showSaveDialog(owner.getScene() == null ? null : owner.getScene().getWindow());
        return java.util.Optional.ofNullable(f).map(java.io.File::toPath);
    }
}
