package dev.greenops.views.shell;

import dev.greenops.views.common.AppContext;
import java.nio.file.Path;
import java.util.List;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TitledPane;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.stage.Window;

/** The import window: each file's detected format and first rows, the problems if any, and Import / Cancel. */
final class ImportDialog {

    private final ImportViewModel model;
    private final Stage stage = new Stage();
    private final VBox fileList = new VBox(8);

    ImportDialog(AppContext context, Window owner) {
        model = new ImportViewModel(context);
        stage.setTitle("Import files");
        if (owner != null) {
            stage.initOwner(owner);
            stage.initModality(Modality.WINDOW_MODAL);
        }
        Label status = new Label();
        status.setId("import-status");
        status.setWrapText(true);
        status.textProperty().bind(model.statusProperty());

        ListView<String> problems = new ListView<>(model.problems());
        problems.setId("import-problems");
        problems.getStyleClass().add("app-problem-list");
        problems.setPrefHeight(160);
        problems.visibleProperty().bind(javafx.beans.binding.Bindings.isNotEmpty(model.problems()));
        problems.managedProperty().bind(problems.visibleProperty());

        Button cancel = new Button("Cancel");
        cancel.setId("import-cancel");
        cancel.setCancelButton(true);
        cancel.setOnAction(e -> stage.close());
        Button commit = new Button("Import");
        commit.setId("import-commit");
        commit.setDefaultButton(true);
        commit.getStyleClass().add("accent");
        commit.disableProperty().bind(model.readyProperty().not());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox buttons = new HBox(8, status, spacer, cancel, commit);
        buttons.setPadding(new Insets(10, 0, 0, 0));
        HBox.setHgrow(status, Priority.SOMETIMES);

        ScrollPane files = new ScrollPane(fileList);
        files.setFitToWidth(true);
        BorderPane root = new BorderPane(files);
        root.setBottom(new VBox(8, problems, buttons));
        root.setPadding(new Insets(12));
        root.getStyleClass().add("app-import-dialog");
        root.setId("import-dialog");
        model.files().addListener((ListChangeListener<ImportViewModel.FileState>) c -> rebuild());
        model.doneProperty().addListener((o, was, done) -> {
            if (done) {
                stage.close();
            }
        });
        Scene scene = new Scene(root, 920, 620);
        context.themeProperty().get().apply(scene);
        stage.setScene(scene);
    }

    ImportViewModel model() {
        return model;
    }

    void show(List<Path> paths) {
        model.load(paths);
        stage.show();
    }

    private void rebuild() {
        fileList.getChildren().clear();
        for (ImportViewModel.FileState f : model.files()) {
            fileList.getChildren().add(filePane(f));
        }
    }

    private static TitledPane filePane(ImportViewModel.FileState f) {
        String head = f.file().getFileName() + "  \u2014  "
                + (f.detected() ? f.format() : f.problems().isEmpty() ? f.description() : "format not recognised");
        VBox body = new VBox(6);
        if (f.detected()) {
            Label what = new Label(f.description());
            what.setWrapText(true);
            body.getChildren().add(what);
        }
        for (String p : f.problems()) {
            Label l = new Label(p);
            l.setWrapText(true);
            l.getStyleClass().add("app-problem");
            body.getChildren().add(l);
        }
        if (f.preview() != null) {
            body.getChildren().add(new Label("First " + f.preview().rows().size() + " rows as read:"));
            body.getChildren().add(previewTable(f));
        }
        TitledPane pane = new TitledPane(head, body);
        pane.setId("import-file-" + f.file().getFileName());
        pane.setExpanded(true);
        pane.getStyleClass().add(f.detected() && f.problems().isEmpty() ? "app-import-ok" : "app-import-bad");
        return pane;
    }

    private static TableView<List<String>> previewTable(ImportViewModel.FileState f) {
        TableView<List<String>> table = new TableView<>();
        table.getStyleClass().add("dense");
        List<String> columns = f.preview().columns();
        for (int i = 0; i < columns.size(); i++) {
            int index = i;
            TableColumn<List<String>, String> c = new TableColumn<>(columns.get(i));
            c.setCellValueFactory(d -> new ReadOnlyObjectWrapper<>(d.getValue().get(index)));
            c.setPrefWidth(Math.max(80, columns.get(i).length() * 8 + 20));
            table.getColumns().add(c);
        }
        table.getItems().setAll(f.preview().rows());
        table.setPrefHeight(Math.min(8, f.preview().rows().size() + 1) * 26 + 30);
        return table;
    }
}
