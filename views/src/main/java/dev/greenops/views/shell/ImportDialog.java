package dev.greenops.views.shell;

import dev.greenops.model.imports.Importer;
import dev.greenops.views.common.AppContext;
import dev.greenops.views.common.Columns;
import dev.greenops.views.common.Labels;
import java.nio.file.Path;
import java.util.List;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ListCell;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.TitledPane;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;

/**
 * The import sheet, shown modally over the window: each file's detected format and first rows, the problems if any,
 * and Import / Cancel.
 */
final class ImportDialog extends BorderPane {

    private final ImportViewModel model;
    private final Runnable close;
    private final VBox fileList = new VBox(8);

    ImportDialog(AppContext context, Runnable close) {
        this.close = close;
        model = new ImportViewModel(context);
        Label title = new Label("Import files");
        title.getStyleClass().add("title-3");
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
        cancel.setOnAction(e -> close.run());
        Button commit = new Button("Import");
        commit.setId("import-commit");
        commit.setDefaultButton(true);
        commit.getStyleClass().add("accent");
        commit.disableProperty().bind(model.readyProperty().not());
        commit.setOnAction(e -> model.commit());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox buttons = new HBox(8, status, spacer, cancel, commit);
        buttons.setPadding(new Insets(10, 0, 0, 0));
        HBox.setHgrow(status, Priority.SOMETIMES);

        ScrollPane files = new ScrollPane(fileList);
        files.setFitToWidth(true);
        Label hint = new Label("Nothing is written until you press Import; then every file goes in one transaction.");
        hint.getStyleClass().add("app-muted");
        TextField zone = new TextField();
        zone.setId("import-zone");
        zone.setPromptText("e.g. DE or europe-west3");
        zone.setPrefColumnCount(16);
        zone.textProperty().bindBidirectional(model.zoneProperty());
        zone.setTooltip(new Tooltip("The grid zone or cloud region of files that do not name one themselves"
                + " (a single intensity series, a ledger without a region column). Leave empty otherwise."));
        HBox zoneRow = new HBox(8, Labels.field("Zone"), zone,
                Labels.wrapped("for files that do not name their zone or region", "app-muted"));
        zoneRow.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        setTop(new VBox(4, title, hint, zoneRow));
        setCenter(files);
        BorderPane.setMargin(files, new Insets(10, 0, 0, 0));
        setBottom(new VBox(8, problems, buttons));
        setPadding(new Insets(16));
        getStyleClass().add("app-import-dialog");
        setId("import-dialog");
        setMaxSize(960, 640);
        setPrefSize(960, 640);
        model.files().addListener((ListChangeListener<ImportViewModel.FileState>) c -> rebuild());
        model.doneProperty().addListener((o, was, done) -> {
            if (done) {
                close.run();
            }
        });
        setOnKeyPressed(e -> {
            if (e.getCode() == javafx.scene.input.KeyCode.ESCAPE) {
                close.run();
            }
        });
    }

    ImportViewModel model() {
        return model;
    }

    void load(List<Path> paths) {
        model.load(paths);
    }

    private void rebuild() {
        fileList.getChildren().clear();
        // files that need the user (format not recognised, a problem) come first, so the sheet opens on them
        List<ImportViewModel.FileState> ordered = new java.util.ArrayList<>(model.files());
        ordered.sort(java.util.Comparator.comparing(f -> f.detected() && f.problems().isEmpty()));
        for (ImportViewModel.FileState f : ordered) {
            fileList.getChildren().add(filePane(f));
        }
    }

    private TitledPane filePane(ImportViewModel.FileState f) {
        String head = f.file().getFileName() + "  \u2014  "
                + (f.detected() ? f.format() + (f.chosen() ? " (chosen)" : " (detected)")
                        : f.problems().isEmpty() ? f.description() : "format not recognised");
        VBox body = new VBox(6);
        body.getChildren().add(formatChooser(f));
        if (f.detected()) {
            body.getChildren().add(Labels.wrapped(f.description()));
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
        Button remove = new Button("Leave this file out");
        remove.getStyleClass().addAll("small", "flat");
        remove.setOnAction(e -> model.remove(f.file()));
        body.getChildren().add(remove);
        TitledPane pane = new TitledPane(head, body);
        pane.setId("import-file-" + id(f));
        pane.setExpanded(true);
        pane.getStyleClass().add(f.detected() && f.problems().isEmpty() ? "app-import-ok" : "app-import-bad");
        return pane;
    }

    /** The format this file is imported as: what detection found, or the user's choice when it found none. */
    private HBox formatChooser(ImportViewModel.FileState f) {
        ComboBox<Importer> format = new ComboBox<>(FXCollections.observableArrayList(model.formats()));
        format.setId("import-format-" + id(f));
        format.setPromptText("Choose the format\u2026");
        format.setPrefWidth(260);
        format.setConverter(new StringConverter<>() {
            @Override
            public String toString(Importer i) {
                return i == null ? "" : i.format();
            }

            @Override
            public Importer fromString(String s) {
                return model.formats().stream().filter(i -> i.format().equals(s)).findFirst().orElse(null);
            }
        });
        format.setCellFactory(list -> new ListCell<>() {
            @Override
            protected void updateItem(Importer i, boolean empty) {
                super.updateItem(i, empty);
                setText(empty || i == null ? null : i.format() + " \u2014 " + i.description());
            }
        });
        model.formats().stream().filter(i -> i.format().equals(f.format())).findFirst().ifPresent(format::setValue);
        format.setOnAction(e -> {
            Importer chosen = format.getValue();
            if (chosen != null && !chosen.format().equals(f.format())) {
                model.choose(f.file(), chosen.format());
            }
        });
        format.setDisable(f.description().endsWith("\u2026"));
        HBox row = new HBox(8, Labels.field("Format"), format);
        row.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        return row;
    }

    private static String id(ImportViewModel.FileState f) {
        return f.file().getFileName().toString().replaceAll("[^A-Za-z0-9_-]", "-");
    }

    private static TableView<List<String>> previewTable(ImportViewModel.FileState f) {
        TableView<List<String>> table = new TableView<>();
        table.getStyleClass().add("dense");
        List<String> columns = f.preview().columns();
        for (int i = 0; i < columns.size(); i++) {
            int index = i;
            TableColumn<List<String>, String> c = new TableColumn<>(columns.get(i));
            c.setCellValueFactory(d -> new ReadOnlyObjectWrapper<>(d.getValue().get(index)));
            // the file's own column names, read whole (no "model_fa…"), and room for the widest value shown
            Columns.fitHeader(c, 80);
            for (List<String> row : f.preview().rows()) {
                String v = index < row.size() ? row.get(index) : null;
                if (v != null) {
                    c.setPrefWidth(Math.max(c.getPrefWidth(), Math.min(260, Math.ceil(Columns.textWidth(v, false) + 18))));
                }
            }
            table.getColumns().add(c);
        }
        table.getItems().setAll(f.preview().rows());
        table.setPrefHeight(Math.min(8, f.preview().rows().size() + 1) * 26 + 30);
        return table;
    }
}
