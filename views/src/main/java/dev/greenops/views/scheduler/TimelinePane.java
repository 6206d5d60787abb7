package dev.greenops.views.scheduler;

import dev.greenops.views.common.Fmt;
import dev.greenops.views.common.AppContext;
import dev.greenops.views.common.ChartPane;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.entity.XYItemEntity;
import org.jfree.data.xy.XYIntervalSeriesCollection;

/**
 * The replay timeline: one lane per job over the intensity curve with the threshold, a week at a time (or the whole
 * period); a click on a bar opens that run's record. Before any replay it says so instead of drawing an empty chart.
 */
final class TimelinePane extends BorderPane {

    static final String NO_REPLAY = "No replay yet: press Replay (Ctrl+R) to see when each job waited and ran.";

    private final SchedulerViewModel vm;
    final ChartPane chart;
    final Label range = new Label();
    final ToggleButton whole = new ToggleButton("Whole period");
    /** What the drawn timeline rests on, when that is not a fresh replay (a read-back replay's missing parts). */
    final Label note = new Label();
    private Instant weekStart;
    private SchedulerCharts.Timeline timeline;

    TimelinePane(AppContext context, SchedulerViewModel vm) {
        this.vm = vm;
        chart = new ChartPane(context, "scheduler-timeline");
        chart.setId("sched-timeline");
        chart.setEmptyMessage(NO_REPLAY);
        Button previous = new Button("◀ Week");
        previous.setId("sched-week-previous");
        previous.setOnAction(e -> move(-7));
        Button next = new Button("Week ▶");
        next.setId("sched-week-next");
        next.setOnAction(e -> move(7));
        whole.setId("sched-whole-period");
        whole.setOnAction(e -> redraw());
        previous.disableProperty().bind(whole.selectedProperty().or(vm.timelineProperty().isNull()));
        next.disableProperty().bind(whole.selectedProperty().or(vm.timelineProperty().isNull()));
        whole.disableProperty().bind(vm.timelineProperty().isNull());
        Label hint = new Label("Thin bar: waiting · thick bar: running · click a bar for its record · drag to zoom");
        hint.getStyleClass().add("sched-legend-note");
        hint.setTooltip(new Tooltip("Right-click the chart to copy it or save it as PNG or SVG."));
        for (javafx.scene.control.Control c : List.of(previous, next, whole, range)) {
            c.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        }
        hint.setWrapText(true);
        hint.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        HBox bar = new HBox(8, previous, range, next, whole);
        bar.getStyleClass().addAll("sched-toolbar", "sched-timeline-bar");
        note.setId("sched-timeline-note");
        note.getStyleClass().add("sched-legend-note");
        note.setWrapText(true);
        note.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        note.managedProperty().bind(note.textProperty().isNotEmpty());
        note.visibleProperty().bind(note.managedProperty());
        javafx.scene.layout.VBox top = new javafx.scene.layout.VBox(4, bar, hint, note);
        top.getStyleClass().add("sched-timeline-top");
        setTop(top);
        setCenter(chart);
        chart.setOnEntityClicked(entity -> {
            // only the bars of the lanes are runs; the intensity curve below shares the time axis, not the records
            if (entity instanceof XYItemEntity item && item.getDataset() instanceof XYIntervalSeriesCollection
                    && timeline != null) {
                var r = timeline.record(item.getSeriesIndex(), item.getItem());
                if (r != null) {
                    vm.selectedProperty().set(r);
                }
            }
        });
        vm.timelineProperty().addListener((obs, old, now) -> {
            if (now != null && (weekStart == null || outside(now))) {
                weekStart = now.from();
            }
            redraw();
        });
        redraw();
    }

    private boolean outside(TimelineData t) {
        return weekStart.isBefore(t.from()) || !weekStart.isBefore(t.to());
    }

    private void move(int days) {
        TimelineData t = vm.timelineProperty().get();
        if (t == null) {
            return;
        }
        Instant next = weekStart.plus(Duration.ofDays(days));
        if (!next.isBefore(t.to()) || next.plus(Duration.ofDays(7)).isBefore(t.from().plusSeconds(1))) {
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

    void redraw() {
        TimelineData t = vm.timelineProperty().get();
        note.setText(t == null ? "" : t.note());
        if (t == null) {
            timeline = null;
            chart.setChart((JFreeChart) null);
            range.setText("No replay yet");
            return;
        }
        Instant from = whole.isSelected() ? t.from() : weekStart;
        Instant to = whole.isSelected() ? t.to() : weekStart.plus(Duration.ofDays(7));
        chart.setChartBuilder(theme -> {
            timeline = SchedulerCharts.timeline(t.records(), t.lanes(), t::runEnd, t.curve(), t.thresholdGPerKwh(),
                    from, to, SchedulerCharts.Style.of(theme));
            return timeline.chart();
        });
        range.setText(Fmt.dateTime(from).substring(0, 10) + " – " + Fmt.dateTime(to.minusSeconds(1)).substring(0, 10) + " UTC");
    }
}
