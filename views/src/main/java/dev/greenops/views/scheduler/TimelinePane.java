package dev.greenops.views.scheduler;

import dev.greenops.model.schedule.Job;
import dev.greenops.model.schedule.ReplayResult;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import org.jfree.chart.entity.XYItemEntity;
import org.jfree.chart.fx.ChartViewer;
import org.jfree.chart.fx.interaction.ChartMouseEventFX;
import org.jfree.chart.fx.interaction.ChartMouseListenerFX;

/**
 * The replay timeline: one lane per job over the intensity curve with the threshold, a week at a time (or the whole
 * period); a click on a bar opens that run's record.
 */
final class TimelinePane extends BorderPane {

    private final SchedulerViewModel vm;
    private final Supplier<SchedulerCharts.Style> style;
    final ChartViewer viewer = new ChartViewer(null, false);
    final Label range = new Label();
    final ToggleButton whole = new ToggleButton("Whole period");
    private Instant weekStart;
    private SchedulerCharts.Timeline timeline;

    TimelinePane(SchedulerViewModel vm, Supplier<SchedulerCharts.Style> style, Consumer<String> status) {
        this.vm = vm;
        this.style = style;
        viewer.setId("sched-timeline");
        Button previous = new Button("◀ Week");
        previous.setId("sched-week-previous");
        previous.setOnAction(e -> move(-7));
        Button next = new Button("Week ▶");
        next.setId("sched-week-next");
        next.setOnAction(e -> move(7));
        whole.setId("sched-whole-period");
        whole.setOnAction(e -> redraw());
        previous.disableProperty().bind(whole.selectedProperty());
        next.disableProperty().bind(whole.selectedProperty());
        Label hint = new Label("Thin bar: waiting · thick bar: running · click a bar for its record · drag to zoom");
        hint.getStyleClass().add("sched-legend-note");
        hint.setTooltip(new Tooltip("Right-click the chart to copy it or save it as PNG or SVG."));
        for (javafx.scene.control.Control c : List.of(previous, next, whole, range)) {
            c.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        }
        hint.setMinWidth(0);
        HBox bar = new HBox(8, previous, range, next, whole, hint);
        bar.getStyleClass().add("sched-toolbar");
        setTop(bar);
        setCenter(viewer);
        ExportMenus.chart(viewer, "scheduler-timeline", status, this::exportChart);
        viewer.addChartMouseListener(new ChartMouseListenerFX() {
            @Override
            public void chartMouseClicked(ChartMouseEventFX event) {
                if (event.getEntity() instanceof XYItemEntity item && timeline != null) {
                    var r = timeline.record(item.getSeriesIndex(), item.getItem());
                    if (r != null) {
                        vm.selectedProperty().set(r);
                    }
                }
            }

            @Override
            public void chartMouseMoved(ChartMouseEventFX event) {
                // nothing on hover: the tooltip-free chart stays fast with thousands of bars
            }
        });
        vm.resultProperty().addListener((obs, old, now) -> {
            if (now != null && (weekStart == null || outside(now))) {
                weekStart = now.request().from();
            }
            redraw();
        });
    }

    private boolean outside(ReplayResult r) {
        return weekStart.isBefore(r.request().from()) || !weekStart.isBefore(r.request().to());
    }

    private void move(int days) {
        ReplayResult r = vm.resultProperty().get();
        if (r == null) {
            return;
        }
        Instant next = weekStart.plus(Duration.ofDays(days));
        if (!next.isBefore(r.request().to()) || next.plus(Duration.ofDays(7)).isBefore(r.request().from().plusSeconds(1))) {
            return;
        }
        weekStart = next;
        redraw();
    }

    /** Shows the week starting at {@code day} (UTC). */
    void showWeek(LocalDate day) {
        whole.setSelected(false);
        weekStart = day.atStartOfDay().toInstant(ZoneOffset.UTC);
        redraw();
    }

    /** The chart as shown, with its legend, for Copy / Save. */
    private org.jfree.chart.JFreeChart exportChart() {
        ReplayResult r = vm.resultProperty().get();
        if (r == null || timeline == null) {
            return null;
        }
        org.jfree.chart.plot.XYPlot shown = (org.jfree.chart.plot.XYPlot) timeline.chart().getPlot();
        Instant from = Instant.ofEpochMilli((long) shown.getDomainAxis().getLowerBound());
        Instant to = Instant.ofEpochMilli((long) shown.getDomainAxis().getUpperBound());
        return SchedulerCharts.timeline(r.records(), r.request().jobs().stream().map(Job::id).toList(),
                vm.curveProperty().get(), r.request().config().thresholdGPerKwh(), from, to, style.get()).chart();
    }

    void redraw() {
        ReplayResult r = vm.resultProperty().get();
        if (r == null) {
            viewer.setChart(null);
            range.setText("No replay yet");
            return;
        }
        Instant from = whole.isSelected() ? r.request().from() : weekStart;
        Instant to = whole.isSelected() ? r.request().to() : weekStart.plus(Duration.ofDays(7));
        List<String> lanes = r.request().jobs().stream().map(Job::id).toList();
        timeline = SchedulerCharts.timeline(r.records(), lanes, vm.curveProperty().get(),
                r.request().config().thresholdGPerKwh(), from, to, style.get());
        setBottom(ExportMenus.legend(timeline.chart()));
        timeline.chart().removeLegend();
        viewer.setChart(timeline.chart());
        range.setText(Fmt.when(from).substring(0, 10) + " – " + Fmt.when(to.minusSeconds(1)).substring(0, 10) + " UTC");
    }
}
