package dev.greenops.views.intensity;

import dev.greenops.model.intensity.DayProfile;
import dev.greenops.model.intensity.IntensitySeries;
import dev.greenops.model.intensity.TimeWindow;
import dev.greenops.views.common.AppContext;
import dev.greenops.views.common.ChartPane;
import dev.greenops.views.common.Fmt;
import java.awt.geom.Rectangle2D;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.scene.Cursor;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.BorderPane;
import org.jfree.chart.ChartRenderingInfo;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.fx.ChartCanvas;
import org.jfree.chart.plot.XYPlot;

/**
 * The 24-hour profile on screen: rebuilt from the view model's profiles, with a read-out of the value under the mouse
 * (time, value, source, signal, basis, estimated) and the dashed threshold draggable with the mouse.
 */
final class ProfileChart extends BorderPane {

    private static final double GRAB_PIXELS = 6;

    private final IntensityViewModel model;
    private final ChartPane pane;
    private final Label readout = new Label(" ");
    private final Button nearest = new Button();
    private final ObjectProperty<Boolean> dragging = new SimpleObjectProperty<>(false);

    ProfileChart(AppContext context, IntensityViewModel model) {
        this.model = model;
        this.pane = new ChartPane(context, "intensity-profile");
        pane.setEmptyMessage("Choose a region and a day to see its 24-hour profile.");
        pane.setDataExport(model::profileCsv);
        readout.getStyleClass().add("app-readout");
        readout.setId("intensity-readout");
        setCenter(pane);
        nearest.setId("intensity-nearest-day");
        nearest.managedProperty().bind(nearest.visibleProperty());
        nearest.visibleProperty().bind(model.nearestDayProperty().isNotNull());
        nearest.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(() ->
                model.nearestDayProperty().get() == null ? "" : "Open " + model.nearestDayProperty().get()
                        + " (nearest day with data)", model.nearestDayProperty()));
        nearest.setOnAction(e -> model.showNearestDay());
        HBox.setHgrow(readout, Priority.ALWAYS);
        readout.setMaxWidth(Double.MAX_VALUE);
        HBox bottom = new HBox(8, readout, nearest);
        bottom.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        setBottom(bottom);
        model.profilesProperty().addListener((o, a, b) -> rebuild());
        model.bestProperty().addListener((o, a, b) -> rebuild());
        ChartCanvas canvas = pane.viewer().getCanvas();
        canvas.addEventFilter(MouseEvent.MOUSE_MOVED, this::hover);
        canvas.addEventFilter(MouseEvent.MOUSE_PRESSED, this::press);
        canvas.addEventFilter(MouseEvent.MOUSE_DRAGGED, this::drag);
        canvas.addEventFilter(MouseEvent.MOUSE_RELEASED, e -> {
            if (dragging.get()) {
                dragging.set(false);
                e.consume();
            }
        });
    }

    ChartPane pane() {
        return pane;
    }

    Label readout() {
        return readout;
    }

    void rebuild() {
        List<DayProfile> profiles = model.profilesProperty().get();
        TimeWindow best = model.bestProperty().get();
        // a read-out of the day before would describe points no longer drawn
        readout.setText(" ");
        pane.setEmptyMessage(model.noDataProperty().get().isEmpty()
                ? "Choose a region and a day to see its 24-hour profile." : model.noDataProperty().get());
        pane.setChartBuilder(theme -> profiles.isEmpty() ? null
                : IntensityCharts.profile(profiles, best, IntensityStyle.of(theme)));
    }

    private XYPlot plot() {
        JFreeChart chart = pane.chart();
        return chart != null && chart.getPlot() instanceof XYPlot p && p.getDomainAxis() != null
                && p.getRangeAxis() != null ? p : null;
    }

    private Rectangle2D dataArea() {
        ChartRenderingInfo info = pane.viewer().getRenderingInfo();
        return info == null ? null : info.getPlotInfo().getDataArea();
    }

    /** The threshold's Java2D y, or NaN when there is no chart. */
    private double thresholdY() {
        XYPlot plot = plot();
        Rectangle2D area = dataArea();
        if (plot == null || area == null) {
            return Double.NaN;
        }
        return plot.getRangeAxis().valueToJava2D(model.thresholdProperty().get(), area, plot.getRangeAxisEdge());
    }

    private void press(MouseEvent e) {
        if (e.isPrimaryButtonDown() && Math.abs(e.getY() - thresholdY()) <= GRAB_PIXELS) {
            dragging.set(true);
            e.consume();
        }
    }

    private void drag(MouseEvent e) {
        if (!dragging.get()) {
            return;
        }
        XYPlot plot = plot();
        Rectangle2D area = dataArea();
        if (plot != null && area != null) {
            double y = Math.max(area.getMinY(), Math.min(area.getMaxY(), e.getY()));
            double value = plot.getRangeAxis().java2DToValue(y, area, plot.getRangeAxisEdge());
            model.thresholdProperty().set(Math.max(0, Math.round(value)));
        }
        e.consume();
    }

    private void hover(MouseEvent e) {
        XYPlot plot = plot();
        Rectangle2D area = dataArea();
        pane.viewer().getCanvas().setCursor(Math.abs(e.getY() - thresholdY()) <= GRAB_PIXELS ? Cursor.V_RESIZE : Cursor.DEFAULT);
        if (plot == null || area == null || !area.contains(e.getX(), e.getY())) {
            return;
        }
        Instant t = Instant.ofEpochMilli((long) plot.getDomainAxis().java2DToValue(e.getX(), area, plot.getDomainAxisEdge()));
        readout.setText(describe(t));
    }

    /** The read-out at time {@code t}: every region's value with its provenance. */
    String describe(Instant t) {
        List<String> parts = new ArrayList<>();
        for (DayProfile p : model.profilesProperty().get()) {
            IntensitySeries d = p.day();
            int i = d.indexOf(t);
            if (i < 0) {
                continue;
            }
            String when = Fmt.hm(d.timeAt(i)) + "–" + Fmt.endHm(d.timeAt(i + 1), p.from()) + " UTC";
            String value = d.isMissing(i) ? "no data (gap)" : Fmt.gPerKwh(d.valueAt(i));
            String kind = d.signal().id() + ", " + d.basis().id() + ", " + (d.isEstimated(i) ? "estimated" : "measured")
                    + (d.forecastIssuedAt() != null ? ", forecast issued " + d.forecastIssuedAt() : "");
            String clean = !d.isMissing(i) && d.valueAt(i) <= p.thresholdGPerKwh() ? " · at or below the threshold" : "";
            parts.add(p.label() + " " + when + ": " + value + " (" + kind + "; " + d.source() + ")" + clean);
        }
        return parts.isEmpty() ? " " : String.join("   |   ", parts);
    }
}
