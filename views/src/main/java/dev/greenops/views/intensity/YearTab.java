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
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.entity.XYItemEntity;
import org.jfree.chart.plot.XYPlot;
import org.jfree.data.xy.XYSeriesCollection;

/**
 * The "Year" tab: a day × hour heatmap of the first selected region over the whole months that hold its data (or, on
 * request, a whole calendar year; a click on a cell opens that day's profile) and the whole
 * series as a line that pans and zooms (drag to zoom, Ctrl+drag to pan, wheel to zoom), redrawn as min/max per pixel
 * column for the visible range after every change.
 */
final class YearTab extends VBox {

    private static final String EMPTY_HEATMAP =
            "Choose a region with an hourly series to see its year, day by day and hour by hour.";

    private final IntensityViewModel model;
    private final Spinner<Integer> year = Spinners.year(2000, 2100, LocalDate.now().getYear());
    /** "Data range" (the default): the whole months that hold data; "Year": the calendar year of the spinner. */
    final ToggleButton dataRange = new ToggleButton("Data range");
    final ToggleButton wholeYear = new ToggleButton("Year");
    private final ChartPane heatmap;
    private final ChartPane line;
    private boolean redrawing;

    YearTab(AppContext context, IntensityViewModel model) {
        this.model = model;
        year.setPrefWidth(100);
        year.setId("intensity-year");
        heatmap = new ChartPane(context, "intensity-year-heatmap");
        heatmap.setId("intensity-year-heatmap");
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
        ToggleGroup span = new ToggleGroup();
        dataRange.setToggleGroup(span);
        wholeYear.setToggleGroup(span);
        dataRange.setSelected(true);
        dataRange.setId("intensity-heatmap-data-range");
        wholeYear.setId("intensity-heatmap-year");
        dataRange.setTooltip(new javafx.scene.control.Tooltip("The whole months that hold this series' data"));
        wholeYear.setTooltip(new javafx.scene.control.Tooltip("The whole calendar year chosen beside"));
        dataRange.getStyleClass().add(atlantafx.base.theme.Styles.LEFT_PILL);
        wholeYear.getStyleClass().add(atlantafx.base.theme.Styles.RIGHT_PILL);
        // a toggle group lets the selected button be pressed off: keep one on
        span.selectedToggleProperty().addListener((o, was, now) -> {
            if (now == null) {
                span.selectToggle(was);
            } else {
                rebuild();
            }
        });
        year.disableProperty().bind(wholeYear.selectedProperty().not());
        hint.setMinWidth(0);
        HBox bar = new HBox(8, new Label("Show"), new HBox(dataRange, wholeYear), year, hint);
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
        double threshold = model.thresholdProperty().get();
        Optional<Days> days = shownDays(s);
        Optional<String> empty = days.isEmpty() ? Optional.of(label + " has no values to map.")
                : wholeYear.isSelected() ? heatmapEmpty(s, label, year.getValue()) : annualOnly(s, label);
        heatmap.setEmptyMessage(empty.orElse(EMPTY_HEATMAP));
        heatmap.setChartBuilder(theme -> empty.isPresent() ? null
                : RangeCharts.heatmap(s, label, days.get().from(), days.get().to(), days.get().label(),
                        IntensityStyle.of(theme)));
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

    /** Days {@code [from, to)} of the heatmap; {@link #label()} names them ("2023", or "2026-08 to 2026-10"). */
    record Days(LocalDate from, LocalDate to) {
        String label() {
            if (from.getDayOfYear() == 1 && to.equals(from.plusYears(1))) {
                return String.valueOf(from.getYear());
            }
            java.time.YearMonth a = java.time.YearMonth.from(from);
            java.time.YearMonth b = java.time.YearMonth.from(to.minusDays(1));
            return a.equals(b) ? a.toString() : a + " to " + b;
        }
    }

    /** The days the heatmap shows now: the chosen calendar year, or the whole months that hold data. */
    private Optional<Days> shownDays(IntensitySeries s) {
        if (wholeYear.isSelected()) {
            LocalDate first = LocalDate.of(year.getValue(), 1, 1);
            return Optional.of(new Days(first, first.plusYears(1)));
        }
        return dataMonths(s);
    }

    /** An edge month with fewer days of data than this is left out (a series shifted by hours spills a day over). */
    static final int MIN_EDGE_DAYS = 7;

    /**
     * The whole months from the first to the last value the series has, without an edge month that holds fewer than
     * {@link #MIN_EDGE_DAYS} days of data (unless nothing else would be left); empty when it has no value at all.
     */
    static Optional<Days> dataMonths(IntensitySeries s) {
        java.util.TreeMap<java.time.YearMonth, java.util.Set<LocalDate>> days = new java.util.TreeMap<>();
        for (int i = 0; i < s.size(); i++) {
            if (!s.isMissing(i)) {
                LocalDate d = s.timeAt(i).atZone(ZoneOffset.UTC).toLocalDate();
                days.computeIfAbsent(java.time.YearMonth.from(d), m -> new java.util.HashSet<>()).add(d);
            }
        }
        if (days.isEmpty()) {
            return Optional.empty();
        }
        if (days.size() > 1 && days.firstEntry().getValue().size() < MIN_EDGE_DAYS) {
            days.pollFirstEntry();
        }
        if (days.size() > 1 && days.lastEntry().getValue().size() < MIN_EDGE_DAYS) {
            days.pollLastEntry();
        }
        return Optional.of(new Days(days.firstKey().atDay(1), days.lastKey().plusMonths(1).atDay(1)));
    }

    private static Optional<String> annualOnly(IntensitySeries s, String label) {
        return IntensityRepository.isAnnualFloor(s) ? heatmapEmpty(s, label, s.start().atZone(ZoneOffset.UTC).getYear())
                : Optional.empty();
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
        Optional<Days> days = shownDays(s);
        if (days.isEmpty()) {
            return "";
        }
        return IntensityCsv.series(s.slice(days.get().from().atStartOfDay(ZoneOffset.UTC).toInstant(),
                days.get().to().atStartOfDay(ZoneOffset.UTC).toInstant()));
    }

    private String lineCsv() {
        IntensitySeries s = model.focusSeriesProperty().get();
        return s == null ? "" : IntensityCsv.series(s);
    }
}
