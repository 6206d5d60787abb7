package dev.greenops.views.intensity;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.function.Supplier;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.control.Alert;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.layout.StackPane;
import javafx.stage.FileChooser;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.fx.ChartViewer;

/**
 * A chart on screen with the right-click menu every chart has: Copy, Save PNG, Save SVG, and Export CSV of the data
 * behind it.
 */
public final class ChartPane extends StackPane {

    private final ChartViewer viewer;
    private final String baseName;
    private final Supplier<String> csv;

    public ChartPane(JFreeChart chart, String baseName, Supplier<String> csv) {
        this.viewer = new ChartViewer(chart, false);
        this.baseName = baseName;
        this.csv = csv;
        getChildren().add(viewer);
        getStyleClass().add("app-chart");
        ContextMenu menu = new ContextMenu();
        MenuItem copy = new MenuItem("Copy image");
        copy.setOnAction(e -> copyImage());
        MenuItem png = new MenuItem("Save PNG…");
        png.setOnAction(e -> save("png"));
        MenuItem svg = new MenuItem("Save SVG…");
        svg.setOnAction(e -> save("svg"));
        MenuItem data = new MenuItem("Export data as CSV…");
        data.setOnAction(e -> save("csv"));
        menu.getItems().addAll(copy, png, svg);
        if (csv != null) {
            menu.getItems().addAll(new SeparatorMenuItem(), data);
        }
        viewer.setOnContextMenuRequested(e -> menu.show(viewer, e.getScreenX(), e.getScreenY()));
    }

    public ChartViewer viewer() {
        return viewer;
    }

    public JFreeChart chart() {
        return viewer.getChart();
    }

    public void setChart(JFreeChart chart) {
        viewer.setChart(chart);
    }

    private int width() {
        return (int) Math.max(400, Math.round(getWidth()));
    }

    private int height() {
        return (int) Math.max(300, Math.round(getHeight()));
    }

    void copyImage() {
        ClipboardContent content = new ClipboardContent();
        content.putImage(SwingFXUtils.toFXImage(chart().createBufferedImage(width(), height()), null));
        Clipboard.getSystemClipboard().setContent(content);
    }

    private void save(String kind) {
        FileChooser chooser = new FileChooser();
        chooser.setInitialFileName(baseName + "." + kind);
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(kind.toUpperCase(java.util.Locale.ROOT), "*." + kind));
        File file = chooser.showSaveDialog(getScene() == null ? null : getScene().getWindow());
        if (file == null) {
            return;
        }
        try {
            switch (kind) {
                case "png" -> IntensityCharts.savePng(chart(), file.toPath(), width(), height());
                case "svg" -> IntensityCharts.saveSvg(chart(), file.toPath(), width(), height());
                default -> Files.writeString(file.toPath(), csv.get(), StandardCharsets.UTF_8);
            }
        } catch (IOException ex) {
            new Alert(Alert.AlertType.ERROR, "Could not save " + file + ": " + ex.getMessage()).showAndWait();
        }
    }
}
