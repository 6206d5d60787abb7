package dev.greenops.views.scheduler;

import dev.greenops.model.schedule.Decision;
import dev.greenops.model.schedule.JobRecord;
import dev.greenops.views.common.AppContext;
import dev.greenops.views.common.Columns;
import dev.greenops.views.common.Fmt;
import dev.greenops.views.common.Tables;
import java.util.List;
import java.util.function.Function;
import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;

/**
 * Every job run's {@code job_metrics} record of the chosen policy: filterable, sortable, exportable. The columns an
 * analyst reads first (job, submitted, dispatched, delay, the three kgCO2e, the saving, forced) are shown and fitted to
 * their content, so they fit the middle of a 1440 px window without sideways scrolling; the others (class, decision,
 * region, energy, the intensities, CSRD) are one click away in the table's column menu (the "⋮" at the header's
 * right end), and every figure is in the record on the right and in Export CSV.
 */
final class RecordsPane extends BorderPane {

    /** Columns hidden at first (shown from the table's column menu). */
    static final List<String> SECONDARY = List.of("Class", "Decision", "Region", "Energy (kWh)", "Baseline (g/kWh)",
            "Actual (g/kWh)", "CSRD");

    final TableView<JobRecord> table = new TableView<>();
    final TextField filter;
    private static final String TITLE = "sched.title";
    private static final java.time.format.DateTimeFormatter MONTH_DAY_TIME =
            java.time.format.DateTimeFormatter.ofPattern("MM-dd HH:mm").withZone(java.time.ZoneOffset.UTC);
    /** The one year every shown run was submitted and dispatched in (then it goes in the header), or null. */
    private Integer year;
    private final List<JobRecord> records;
    /** Fits each column to its longest value. */
    private final FittedColumns<JobRecord> fitted = new FittedColumns<>(table);

    RecordsPane(AppContext context, SchedulerViewModel vm) {
        records = vm.records();
        table.setId("sched-records");
        table.getColumns().setAll(List.of(
                text(Columns.text("Job", JobRecord::jobId), JobRecord::jobId),
                text(Columns.text("Class", (JobRecord r) -> r.jobClass().id()), r -> r.jobClass().id()),
                text(Columns.of("Submitted", JobRecord::submittedAt, this::time), r -> time(r.submittedAt())),
                text(Columns.of("Dispatched", JobRecord::dispatchTs, this::time), r -> time(r.dispatchTs())),
                number("Delay", "h", JobRecord::dispatchDelayH, 1),
                text(Columns.text("Decision", (JobRecord r) -> r.decision().id()), r -> r.decision().id()),
                text(Columns.text("Region", JobRecord::region), JobRecord::region),
                number("Energy", Fmt.KWH, JobRecord::estKwh, -1),
                number("Baseline", Fmt.G_PER_KWH, JobRecord::baselineIntensity, 1),
                number("Actual", Fmt.G_PER_KWH, JobRecord::actualIntensity, 1),
                number("Baseline", Fmt.KG, JobRecord::baselineEmissionsKgCo2, 3),
                number("Actual", Fmt.KG, JobRecord::actualEmissionsKgCo2, 3),
                number("Saved", Fmt.KG, JobRecord::carbonSavedKgCo2, 3),
                saving(),
                text(Columns.text("Forced", (JobRecord r) -> r.decision() == Decision.FORCED_AT_EXPIRY ? "forced" : ""),
                        r -> r.decision() == Decision.FORCED_AT_EXPIRY ? "forced" : ""),
                text(Columns.text("CSRD", (JobRecord r) -> r.csrdEligible() ? "yes" : "no"),
                        r -> r.csrdEligible() ? "yes" : "no")));
        for (TableColumn<JobRecord, ?> c : table.getColumns()) {
            c.setVisible(!SECONDARY.contains(header(c)));
            if (c.getText().equals("Submitted") || c.getText().equals("Dispatched")) {
                c.getProperties().put(Tables.HEADER, c.getText() + " (UTC)");
                c.getProperties().put(TITLE, c.getText());
                c.setText(c.getText() + "\nUTC");
            } else if (c.getText().equals("Forced")) {
                Columns.centre(c);
            }
        }
        table.setTableMenuButtonVisible(true);
        table.setColumnResizePolicy(TableView.UNCONSTRAINED_RESIZE_POLICY);
        vm.records().addListener((ListChangeListener<JobRecord>) c -> fitColumns());
        table.sceneProperty().addListener((o, a, scene) -> fitColumns());

        filter = Tables.filterable(table, vm.records());
        filter.setId("sched-records-filter");
        filter.setPromptText("Filter runs: job, decision, region\u2026");
        filter.setPrefColumnCount(20);
        Label count = new Label();
        count.textProperty().bind(Bindings.createStringBinding(
                () -> Fmt.count(table.getItems().size()) + " of " + Fmt.count(vm.records().size()) + " runs",
                table.getItems(), vm.records()));
        Label more = new Label("More columns: \u22ee at the right end of the header");
        more.setWrapText(true);
        more.getStyleClass().add("sched-legend-note");
        more.setMinWidth(0);
        count.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        HBox bar = new HBox(8, filter, count, more);
        bar.getStyleClass().add("sched-toolbar");
        setTop(bar);

        table.setPlaceholder(new Label("Run a replay to see one record per job run."));
        table.getSelectionModel().selectedItemProperty().addListener((obs, old, now) -> {
            if (now != null) {
                vm.selectedProperty().set(now);
            }
        });
        Tables.install(table, context, "job_metrics-view");
        setCenter(table);
    }

    private <V> TableColumn<JobRecord, V> text(TableColumn<JobRecord, V> c, Function<JobRecord, String> formatted) {
        return fitted.text(c, formatted);
    }

    /** A figure with its unit on a second header line; {@code decimals} -1: as many as the value has. */
    private TableColumn<JobRecord, Double> number(String title, String unit, Function<JobRecord, Double> value,
            int decimals) {
        Function<Double, String> format = decimals < 0 ? Fmt::amount : v -> Fmt.decimals(v, decimals);
        return fitted.number(title, unit, value, format);
    }

    private TableColumn<JobRecord, Double> saving() {
        return fitted.number("Saving", "%", "Saved\n%", JobRecord::savingPct, v -> Fmt.decimals(v, 0));
    }

    /** The one-line header a column is exported under. */
    static String header(TableColumn<?, ?> c) {
        return FittedColumns.header(c);
    }

    /** A time as the date columns show it: without the year when the header names the one year of every run. */
    private String time(java.time.Instant t) {
        return year == null ? Fmt.dateTime(t) : MONTH_DAY_TIME.format(t);
    }

    /**
     * Sets each column to the width of its widest header line or its longest value, at the sizes scheduler.css gives
     * them; the date columns drop the year into their header when every run falls in one year.
     */
    void fitColumns() {
        java.util.Set<Integer> years = new java.util.HashSet<>();
        for (JobRecord r : records) {
            years.add(r.submittedAt().atZone(java.time.ZoneOffset.UTC).getYear());
            years.add(r.dispatchTs().atZone(java.time.ZoneOffset.UTC).getYear());
        }
        year = years.size() == 1 ? years.iterator().next() : null;
        for (TableColumn<JobRecord, ?> c : table.getColumns()) {
            if (c.getProperties().get(TITLE) instanceof String title) {
                c.setText(title + "\n" + (year == null ? "UTC" : year + ", UTC"));
            }
        }
        table.refresh();
        fitted.fit(records);
    }
}
