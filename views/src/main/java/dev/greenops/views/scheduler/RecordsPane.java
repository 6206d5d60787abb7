package dev.greenops.views.scheduler;

import dev.greenops.model.schedule.JobRecord;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import javafx.collections.transformation.FilteredList;
import javafx.collections.transformation.SortedList;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;

/** Every job run's {@code job_metrics} record of the chosen policy: filterable, sortable, exportable. */
final class RecordsPane extends BorderPane {

    final TableView<JobRecord> table = new TableView<>();
    final TextField filter = new TextField();

    RecordsPane(SchedulerViewModel vm, Consumer<String> status) {
        filter.setId("sched-records-filter");
        filter.setPromptText("Filter: job, decision or region (e.g. forced)");
        filter.setPrefColumnCount(28);
        FilteredList<JobRecord> filtered = new FilteredList<>(vm.records());
        filter.textProperty().addListener((obs, old, text) -> {
            String t = text == null ? "" : text.strip().toLowerCase(Locale.ROOT);
            filtered.setPredicate(t.isEmpty() ? null : r -> r.jobId().toLowerCase(Locale.ROOT).contains(t)
                    || r.decision().id().contains(t) || r.region().toLowerCase(Locale.ROOT).contains(t));
        });
        Label count = new Label();
        count.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(
                () -> Fmt.num(filtered.size(), 0) + " of " + Fmt.num(vm.records().size(), 0) + " runs", filtered, vm.records()));
        HBox bar = new HBox(8, filter, count);
        bar.getStyleClass().add("sched-toolbar");
        setTop(bar);

        table.setId("sched-records");
        SortedList<JobRecord> sorted = new SortedList<>(filtered);
        sorted.comparatorProperty().bind(table.comparatorProperty());
        table.setItems(sorted);
        table.getColumns().setAll(List.of(
                ConfigPanel.column("Job", JobRecord::jobId, 135),
                ConfigPanel.column("Class", r -> r.jobClass().id(), 60),
                ConfigPanel.column("Submitted (UTC)", r -> Fmt.when(r.submittedAt()), 150),
                ConfigPanel.column("Dispatched (UTC)", r -> Fmt.when(r.dispatchTs()), 150),
                ConfigPanel.column("Delay", r -> Fmt.hours(r.dispatchDelayH()), 70),
                ConfigPanel.column("Decision", r -> r.decision().id(), 140),
                ConfigPanel.column("Region", JobRecord::region, 115),
                ConfigPanel.column("kWh", r -> Fmt.num(r.estKwh(), r.estKwh() < 10 ? 1 : 0), 60),
                ConfigPanel.column("Baseline g/kWh", r -> Fmt.num(r.baselineIntensity(), 1), 125),
                ConfigPanel.column("Actual g/kWh", r -> Fmt.num(r.actualIntensity(), 1), 115),
                ConfigPanel.column("Baseline kg", r -> Fmt.num(r.baselineEmissionsKgCo2(), 3), 105),
                ConfigPanel.column("Actual kg", r -> Fmt.num(r.actualEmissionsKgCo2(), 3), 95),
                ConfigPanel.column("Saved kg", r -> Fmt.num(r.carbonSavedKgCo2(), 3), 90),
                ConfigPanel.column("Saving", r -> Fmt.pct(r.savingPct(), 0), 75),
                ConfigPanel.column("CSRD", r -> r.csrdEligible() ? "yes" : "no", 60)));
        for (TableColumn<JobRecord, ?> c : table.getColumns()) {
            c.setSortable(true);
        }
        numericSort(table);
        table.setPlaceholder(new Label("Run a replay to see one record per job run."));
        table.getSelectionModel().selectedItemProperty().addListener((obs, old, now) -> {
            if (now != null) {
                vm.selectedProperty().set(now);
            }
        });
        ExportMenus.table(table, "job_metrics-view", status);
        setCenter(table);
    }

    /** Columns of figures sort as numbers, not as text. */
    @SuppressWarnings("unchecked")
    private static void numericSort(TableView<JobRecord> table) {
        java.util.Comparator<String> numeric = java.util.Comparator.comparingDouble(RecordsPane::parse);
        for (TableColumn<JobRecord, ?> c : table.getColumns()) {
            String t = c.getText();
            if (t.contains("kg") || t.contains("g/kWh") || t.equals("kWh") || t.equals("Delay") || t.equals("Saving")) {
                ((TableColumn<JobRecord, String>) c).setComparator(numeric);
            }
        }
    }

    private static double parse(String s) {
        try {
            return Double.parseDouble(s.replaceAll("[^0-9.\\-]", ""));
        } catch (NumberFormatException e) {
            return Double.NEGATIVE_INFINITY;
        }
    }
}
