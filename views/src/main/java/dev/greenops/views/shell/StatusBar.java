package dev.greenops.views.shell;

import dev.greenops.views.common.AppContext;
import javafx.beans.binding.Bindings;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;

/** The running task (message, progress, cancel), the workspace file, and offline/online. */
final class StatusBar extends HBox {

    final Label message = new Label();
    final ProgressBar progress = new ProgressBar();
    final Button cancel = new Button("Cancel");
    final Label workspace = new Label();
    final Label network = new Label("Offline");

    StatusBar(AppContext context) {
        getStyleClass().add("app-statusbar");
        message.setId("status-message");
        message.textProperty().bind(context.tasks().messageProperty());
        message.setMinWidth(120);
        progress.setId("status-progress");
        progress.progressProperty().bind(context.tasks().progressProperty());
        progress.visibleProperty().bind(context.tasks().runningProperty());
        progress.setPrefWidth(180);
        cancel.setId("status-cancel");
        cancel.getStyleClass().add("small");
        cancel.visibleProperty().bind(context.tasks().runningProperty());
        cancel.setOnAction(e -> context.tasks().cancel());
        workspace.setId("status-workspace");
        workspace.textProperty().bind(Bindings.createStringBinding(
                () -> context.workspace() == null ? "no workspace open" : "Workspace: " + context.workspace(),
                context.workspaceProperty()));
        workspace.setTooltip(new Tooltip("The DuckDB file holding this workspace's ledgers, series and results"));
        network.setId("status-network");
        network.getStyleClass().add("app-offline");
        network.setTooltip(new Tooltip("The workbench makes no network calls unless you configure a connector."));
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        getChildren().addAll(message, progress, cancel, spacer, workspace, network);
    }
}
