package dev.greenops.views.intensity;

import dev.greenops.model.intensity.IntensityRepository;
import dev.greenops.model.intensity.IntensitySeries;
import dev.greenops.views.common.AppContext;
import dev.greenops.views.common.ChartPane;
import dev.greenops.views.common.Spinners;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.entity.XYItemEntity;
import org.jfree.chart.plot.XYPlot;
import org.jfree.data.xy.XYSeriesCollection;

/**
 * The "Year" tab: a day × hour heatmap of the first selected region (a click opens that day's profile) and the whole
 * series as a line that pans and zooms (drag to zoom, Ctrl+drag to pan, wheel to zoom), redrawn as min/max per pixel
 * column for the visible range after every change.
 */
final class YearTab extends VBox {

    private static final String EMPTY_HEATMAP =
            "Choose a region with an hourly series to see its year, day by day and hour by hour.";

    private final IntensityViewModel model;
    private final Spinner<Integer> year = Spinners.year(2000, 2100, LocalDate.now().getYear());
    private final ChartPane heatmap;
    private final ChartPane line;
    private boolean redrawing;

    YearTab(AppContext context, IntensityViewModel model) {
        this.model = model;
        year.setPrefWidth(100);
        year.setId("intensity-year");
        heatmap = new ChartPane(context, "intensity-year-heatmap");
        heatmap.setEmptyMessage(EMPTY_HEATMAP);
        heatmap.setDataExport(this::heatmapCsv);
        line = new ChartPane(context, "intensity-series");
        line.setEmptyMessage("The whole series appears here once a region with an hourly series is chosen.");
        line.setDataExport(this::lineCsv);
        javafx.scene.control.SplitPane charts = new javafx.scene.control.SplitPane(heatmap, line);
        charts.setOrientation(javafx.geometry.Orientation.VERTICAL);
        charts.setDividerPositions(0.58);
        VBox.setVgrow(charts, Priority.ALWAYS);
        Label hint = new Label("Click a day in the heatmap to open its profile. In the series below, drag to zoom, Ctrl+drag to pan.");
        hint.getStyleClass().add("app-hint");
        HBox bar = new HBox(8, new Label("Year"), year, hint);
        bar.getStyleClass().add("app-toolbar");
        getChildren().addAll(bar, charts);
        heatmap.setOnEntityClicked(entity -> {
            if (entity instanceof XYItemEntity item) {
                double ms = item.getDataset().getXValue(item.getSeriesIndex(), item.getItem());
                LocalDate day = Instant.ofEpochMilli((long) ms).atZone(ZoneOffset.UTC).toLocalDate();
                model.show(List.copyOf(model.selectedRegions()), day);
            }
        });
        model.focusSeriesProperty().addListener((o, a, s) -> {
            if (s != null && (a == null || !a.source().equals(s.source()) || !a.region().equals(s.region()))) {
                int y = model.dayProperty().get() != null ? model.dayProperty().get().getYear()
                        : s.start().atZone(ZoneOffset.UTC).getYear();
                year.getValueFactory().setValue(y);
            }
            rebuild();
        });
        model.dayProperty().addListener((o, a, d) -> {
            if (d != null && d.getYear() != year.getValue()) {
                year.getValueFactory().setValue(d.getYear());
            }
        });
        year.valueProperty().addListener((o, a, b) -> rebuild());
        model.thresholdProperty().addListener((o, a, b) -> rebuild());
    }

    void rebuild() {
        IntensitySeries s = model.focusSeriesProperty().get();
        if (s == null) {
            heatmap.setEmptyMessage(EMPTY_HEATMAP);
            heatmap.setChartBuilder(theme -> null);
            line.setChartBuilder(theme -> null);
            return;
        }
        String label = model.selectedRegions().isEmpty() ? s.region() : model.selectedRegions().getFirst();
        int shown = year.getValue();
        double threshold = model.thresholdProperty().get();
        Optional<String> empty = heatmapEmpty(s, label, shown);
        heatmap.setEmptyMessage(empty.orElse(EMPTY_HEATMAP));
        heatmap.setChartBuilder(theme -> empty.isPresent() ? null
                : RangeCharts.yearHeatmap(s, label, shown, IntensityStyle.of(theme)));
        line.setChartBuilder(theme -> {
            JFreeChart chart = RangeCharts.rangeLine(s, label, threshold, columns(), IntensityStyle.of(theme));
            XYPlot plot = (XYPlot) chart.getPlot();
            plot.getDomainAxis().setAutoRange(false);
            plot.getDomainAxis().setRange(s.start().toEpochMilli(), s.end().toEpochMilli());
            plot.getDomainAxis().addChangeListener(e -> redecimate(plot, s, label));
            return chart;
        });
        line.viewer().getCanvas().setRangeZoomable(false);
    }

    /**
     * Why the heatmap of {@code year} would be empty, or empty when it has something to show: an annual average has
     * no hours to map, and a year outside the series has no cells (the message names the years that have).
     */
    static Optional<String> heatmapEmpty(IntensitySeries s, String label, int year) {
        if (IntensityRepository.isAnnualFloor(s)) {
            return Optional.of(label + " has only an annual average (" + s.source() + "), no hour-by-hour data:"
                    + " there is no heatmap to draw. Choose a region with an hourly series.");
        }
        Instant from = LocalDate.of(year, 1, 1).atStartOfDay(ZoneOffset.UTC).toInstant();
        Instant to = LocalDate.of(year + 1, 1, 1).atStartOfDay(ZoneOffset.UTC).toInstant();
        IntensitySeries part = s.slice(from, to);
        for (int i = 0; i < part.size(); i++) {
            if (!part.isMissing(i) && !part.timeAt(i).isBefore(from) && part.timeAt(i).isBefore(to)) {
                return Optional.empty();
            }
        }
        int first = s.start().atZone(ZoneOffset.UTC).getYear();
        int last = s.end().minusMillis(1).atZone(ZoneOffset.UTC).getYear();
        return Optional.of("No intensity data for " + label + " in " + year + ": its series covers "
                + s.start().atZone(ZoneOffset.UTC).toLocalDate() + " to "
                + s.end().minusMillis(1).atZone(ZoneOffset.UTC).toLocalDate() + ". Set the year to "
                + (first == last ? String.valueOf(first) : first + "–" + last) + " to see it.");
    }

    /** Re-samples the visible range to the chart's pixel width (so zooming in shows every point again). */
    private void redecimate(XYPlot plot, IntensitySeries s, String label) {
        if (redrawing) {
            return;
        }
        redrawing = true;
        try {
            ValueAxis axis = plot.getDomainAxis();
            XYSeriesCollection data = new XYSeriesCollection(RangeCharts.decimated(s, label, (long) axis.getLowerBound(),
                    (long) axis.getUpperBound(), columns()));
            plot.setDataset(data);
        } finally {
            redrawing = false;
        }
    }

    private int columns() {
        return (int) Math.max(200, line.getWidth() > 0 ? line.getWidth() : 1000);
    }

    private String heatmapCsv() {
        IntensitySeries s = model.focusSeriesProperty().get();
        if (s == null) {
            return "";
        }
        Instant from = LocalDate.of(year.getValue(), 1, 1).atStartOfDay(ZoneOffset.UTC).toInstant();
        Instant to = LocalDate.of(year.getValue() + 1, 1, 1).atStartOfDay(ZoneOffset.UTC).toInstant();
        return IntensityCsv.series(s.slice(from, to));
    }

    private String lineCsv() {
        IntensitySeries s = model.focusSeriesProperty().get();
        return s == null ? "" : IntensityCsv.series(s);
    }
}
