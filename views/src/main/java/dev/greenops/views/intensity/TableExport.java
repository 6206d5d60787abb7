package dev.greenops.views.intensity;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;
import java.util.function.Function;
import javafx.scene.control.Alert;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TableView;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.stage.FileChooser;

/** Copy (selected rows, tab-separated) and Export CSV (all rows) on a table's right-click menu. */
final class TableExport {

    private TableExport() {}

    static <T> void install(TableView<T> table, String baseName, List<String> header, Function<T, List<String>> row) {
        table.getSelectionModel().setSelectionMode(javafx.scene.control.SelectionMode.MULTIPLE);
        MenuItem copy = new MenuItem("Copy");
        copy.setOnAction(e -> {
            StringBuilder out = new StringBuilder(String.join("\t", header)).append('\n');
            List<T> rows = table.getSelectionModel().getSelectedItems().isEmpty() ? table.getItems()
                    : table.getSelectionModel().getSelectedItems();
            for (T t : rows) {
                out.append(String.join("\t", row.apply(t))).append('\n');
            }
            ClipboardContent content = new ClipboardContent();
            content.putString(out.toString());
            Clipboard.getSystemClipboard().setContent(content);
        });
        MenuItem export = new MenuItem("Export CSV…");
        export.setOnAction(e -> {
            FileChooser chooser = new FileChooser();
            chooser.setInitialFileName(baseName + ".csv");
            File file = chooser.showSaveDialog(table.getScene() == null ? null : table.getScene().getWindow());
            if (file != null) {
                try {
                    Files.writeString(file.toPath(), csv(table.getItems(), header, row), StandardCharsets.UTF_8);
                } catch (IOException ex) {
                    new Alert(Alert.AlertType.ERROR, "Could not save " + file + ": " + ex.getMessage()).showAndWait();
                }
            }
        });
        table.setContextMenu(new ContextMenu(copy, export));
    }

    static <T> String csv(List<T> rows, List<String> header, Function<T, List<String>> row) {
        StringBuilder out = new StringBuilder(String.join(",", header)).append('\n');
        for (T t : rows) {
            out.append(String.join(",", row.apply(t).stream().map(IntensityViewModel::csv).toList())).append('\n');
        }
        return out.toString();
    }
}
